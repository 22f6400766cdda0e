import type { HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

export type Outcome = 'answered' | 'fallback' | 'error' | 'ended';

/** Facts gathered while one request is handled, for its log line and metrics. */
export interface RequestStats {
  startedAt: number;
  reads: number;
  writes: number;
  faults: number;
  timeZoneFault?: string;
  outcome?: Outcome;
  /** Set once the request's log line and metrics are written, so no path writes them twice. */
  recorded?: boolean;
}

const STATS_KEY = 'fortuneCookieStats';

/**
 * Stats are also found by the request envelope, so the Lambda handler can record a request whose
 * response interceptors never ran (ask-sdk skips them when the error handler answers).
 */
const statsByEnvelope = new WeakMap<RequestEnvelope, RequestStats>();

function newStats(): RequestStats {
  return { startedAt: performance.now(), reads: 0, writes: 0, faults: 0 };
}

/** Starts the clock for a request before the skill sees it (the Lambda handler calls this first). */
export function beginRequest(envelope: RequestEnvelope): RequestStats {
  let stats = statsByEnvelope.get(envelope);
  if (!stats) {
    stats = newStats();
    if (typeof envelope === 'object' && envelope !== null) statsByEnvelope.set(envelope, stats);
  }
  return stats;
}

/** `next` is the same request as `envelope` (a copy the skill hands on): it shares its stats. */
export function continueRequest(envelope: RequestEnvelope, next: RequestEnvelope): void {
  statsByEnvelope.set(next, beginRequest(envelope));
}

/** The stats of the request being handled, created on first use. */
export function requestStats(input: HandlerInput): RequestStats {
  const attributes = input.attributesManager.getRequestAttributes();
  let stats = attributes[STATS_KEY] as RequestStats | undefined;
  if (!stats) {
    stats = beginRequest(input.requestEnvelope);
    attributes[STATS_KEY] = stats;
  }
  return stats;
}
