import type { UserContext } from '../domain/userContext';
import { BudgetSpentError } from './deadline';

/**
 * How a write whose outcome the skill did not see is recognised later. Every write carries a token
 * that the item keeps (UserContext.writes, the newest WRITE_TOKENS_KEPT): a call that timed out after
 * the store applied it, or a write the AWS SDK retried and whose retry met the first attempt as a
 * conflict, would otherwise be merged again and count its increments twice.
 */

/**
 * Writes whose call failed without an answer (timed out, cut off by the budget, connection lost): the
 * store may have taken one. All were made on the same stored revision with the same changes, so at
 * most one can land; when the store's item names one of `tokens`, `written` is part of what is stored,
 * and merging this session's changes again would count them twice.
 */
export interface UnconfirmedWrite {
  written: UserContext;
  tokens: string[];
}

/** A session keeps the tokens of at most this many unconfirmed writes (retries of one save). */
export const UNCONFIRMED_TOKENS_KEPT = 8;

/**
 * Whether a failed write may still have been applied: a refused connection or a 4xx answer from the
 * store means it was not; a timeout, a cut-off call or a 5xx (DynamoDB's own advice) may hide a write
 * that landed.
 */
export function mayHaveLanded(error: unknown): boolean {
  if (error instanceof BudgetSpentError) return error.inFlight;
  const { code, name, $metadata } = error as { code?: unknown; name?: unknown; $metadata?: { httpStatusCode?: unknown } };
  if (NEVER_SENT_CODES.has(code) || REFUSED_BY_STORE.has(name)) return false;
  const status = $metadata?.httpStatusCode;
  return !(typeof status === 'number' && status >= 400 && status < 500);
}

const NEVER_SENT_CODES = new Set<unknown>(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
/** DynamoDB's refusals (4xx): the write was not applied. */
const REFUSED_BY_STORE = new Set<unknown>([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'ValidationException',
  'ResourceNotFoundException',
  'AccessDeniedException',
]);

export function addUnconfirmed(unconfirmed: UnconfirmedWrite | undefined, next: UserContext, token: string): UnconfirmedWrite {
  // Retries on the same stored revision carry the same changes: one record, every token.
  if (unconfirmed && unconfirmed.written.revision === next.revision) {
    return { written: next, tokens: [...unconfirmed.tokens, token].slice(-UNCONFIRMED_TOKENS_KEPT) };
  }
  return { written: next, tokens: [token] };
}

/** Which of this session's writes the stored item names: this attempt's, an earlier unconfirmed one, or none. */
export function landedWrite(
  stored: UserContext,
  token: string,
  unconfirmed: UnconfirmedWrite | undefined,
): 'this' | 'unconfirmed' | undefined {
  const tokens = stored.writes ?? [];
  if (tokens.includes(token)) return 'this';
  if (unconfirmed?.tokens.some((earlier) => tokens.includes(earlier))) return 'unconfirmed';
  return undefined;
}
