import type { RequestEnvelope } from 'ask-sdk-model';
import { emptyUserContext, mergeUserContexts, UnreadableUserContextError, type UserContext, upgrade } from '../domain/userContext';
import { errorSummary } from '../observability/errorSummary';
import { logger } from '../observability/logger';
import { RevisionConflictError, type UserStore } from './port';

export interface LoadedUserContext {
  context: UserContext;
  /** False when the store failed: the caller must not save over what it could not read. */
  loaded: boolean;
}

/** Counts of store calls per request, for the request log line and the benchmark. */
export interface StoreStats {
  reads: number;
  writes: number;
  faults: number;
}

const MAX_SAVE_ATTEMPTS = 3;

/** Loads, upgrades and saves user context through the UserStore port; all the rules about it live here. */
export class UserContextRepository {
  constructor(private readonly store: UserStore) {}

  async load(envelope: RequestEnvelope, stats: StoreStats): Promise<LoadedUserContext> {
    let raw: unknown;
    try {
      stats.reads += 1;
      raw = await this.store.getAttributes(envelope);
    } catch (error) {
      stats.faults += 1;
      logger.error('user store read failed; answering without memory', { error: errorSummary(error) });
      return { context: emptyUserContext(), loaded: false };
    }
    try {
      return { context: upgrade(isEmptyObject(raw) ? undefined : raw), loaded: true };
    } catch (error) {
      if (!(error instanceof UnreadableUserContextError)) throw error;
      return this.replaceUnreadable(envelope, raw, error, stats);
    }
  }

  /**
   * Writes the context if it differs from `baseline` (the JSON it was loaded as). On a revision
   * conflict, re-reads the stored item, merges both sides' progress and tries again.
   * Returns the context as stored (with its new revision), or the unchanged one when nothing changed.
   */
  async saveIfChanged(envelope: RequestEnvelope, context: UserContext, baseline: string, stats: StoreStats): Promise<UserContext> {
    if (JSON.stringify(context) === baseline) return context;
    let candidate = context;
    // What `candidate` was built on, so a merge adds this session's increments to the stored counts.
    let base = baseline ? (JSON.parse(baseline) as UserContext) : undefined;
    for (let attempt = 1; attempt <= MAX_SAVE_ATTEMPTS; attempt++) {
      const next = { ...candidate, revision: candidate.revision + 1 };
      try {
        stats.writes += 1;
        await this.store.saveAttributes(envelope, next as unknown as Record<string, unknown>);
        return next;
      } catch (error) {
        if (!(error instanceof RevisionConflictError) || attempt === MAX_SAVE_ATTEMPTS) throw error;
        logger.warn('user context changed by another session; merging', { attempt });
        stats.reads += 1;
        const raw = await this.store.getAttributes(envelope);
        if (candidate.revision > 0 && isEmptyObject(raw)) {
          // The item this session read is gone: the listener disabled the skill and asked for their data
          // to be deleted while this session was open. Writing now would bring it back.
          logger.info('user data was deleted during this session; not saving it again');
          return candidate;
        }
        const stored = upgrade(raw);
        candidate = mergeUserContexts(stored, candidate, base);
        base = stored;
      }
    }
    /* c8 ignore next */
    throw new Error('unreachable');
  }

  async delete(envelope: RequestEnvelope, stats: StoreStats): Promise<void> {
    stats.writes += 1;
    await this.store.deleteAttributes(envelope);
  }

  private async replaceUnreadable(
    envelope: RequestEnvelope,
    raw: unknown,
    error: UnreadableUserContextError,
    stats: StoreStats,
  ): Promise<LoadedUserContext> {
    logger.error('stored user context is unreadable; keeping a copy before replacing it', { reason: error.message });
    try {
      stats.writes += 1;
      await this.store.backupAttributes(envelope, raw, error.message);
    } catch (backupError) {
      stats.faults += 1;
      logger.error('could not back up unreadable user context; leaving it untouched', { error: errorSummary(backupError) });
      return { context: emptyUserContext(), loaded: false };
    }
    const storedRevision = (raw as { revision?: unknown })?.revision;
    return { context: { ...emptyUserContext(), revision: typeof storedRevision === 'number' ? storedRevision : 0 }, loaded: true };
  }
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}
