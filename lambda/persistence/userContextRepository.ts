import type { RequestEnvelope } from 'ask-sdk-model';
import type { TopicId } from '../content/types';
import {
  emptyUserContext,
  mergeUserContexts,
  type SeriesPosition,
  UnreadableUserContextError,
  USER_CONTEXT_SCHEMA_VERSION,
  type UserContext,
  upgrade,
  WRITE_TOKENS_KEPT,
} from '../domain/userContext';
import { errorSummary } from '../observability/errorSummary';
import { logger } from '../observability/logger';
import { cloneJson } from './cloneJson';
import { BudgetSpentError, type Deadline } from './deadline';
import { RevisionConflictError, type UserStore } from './port';
import { sameJson } from './sameJson';
import { addUnconfirmed, landedWrite, mayHaveLanded, type UnconfirmedWrite } from './unconfirmedWrites';
import { newWriteToken } from './writeToken';

/**
 * A session's view of the listener's stored context, and everything about whether and what to save.
 * Only this repository reads or changes `base` and `writable`; handlers change `context` only.
 */
export interface UserMemory {
  /** What the handlers read and change this turn. */
  context: UserContext;
  /** The stored context `context`'s changes were made on: a merge adds them to what is stored now. */
  base: UserContext;
  /** False: nothing may be written this session (a newer schema version, or a deleted item). */
  writable: boolean;
  /** False: the store could not be read; the answer goes on without memory, the next turn reads again. */
  loaded: boolean;
  /** This session's writes whose outcome is unknown (see UnconfirmedWrite). */
  unconfirmed?: UnconfirmedWrite;
}

/** What a session carries between turns (session attributes), written and read only by the repository. */
export interface MemorySessionState {
  user?: UserContext;
  /** Present while `user` has changes the store does not have yet: the stored context they were made on. */
  storedBase?: UserContext;
  /** Set when the store's item must not be written this session. */
  readOnly?: true;
  /** Present while a write's outcome is unknown: the next save checks the store for it. */
  unconfirmed?: UnconfirmedWrite;
}

/** Counts of store calls per request, for the request log line and the benchmark. */
export interface StoreStats {
  reads: number;
  writes: number;
  faults: number;
}

/** A bound on conflict rounds besides the time budget (each round needs another session to have won). */
const MAX_SAVE_ATTEMPTS = 40;
/** Full-jitter backoff between conflict rounds: a random wait up to min(cap, base * 2^round) ms. */
const BACKOFF_BASE_MS = 8;
const BACKOFF_CAP_MS = 1000;
/**
 * No write (or re-read before one) starts with less budget left: a write cut off in flight may still
 * land, and only a later read of its token can tell (unconfirmedWrites.ts).
 */
const MIN_WRITE_BUDGET_MS = 250;

/** Loads, upgrades, merges and saves user context through the UserStore port; all the rules about it live here. */
export class UserContextRepository {
  constructor(
    private readonly store: UserStore,
    private readonly random: () => number = Math.random,
    /** Names each write (WRITE_TOKENS_KEPT of them stay on the item); 8 random characters by default. */
    private readonly newToken: () => string = newWriteToken,
  ) {}

  /** The memory a session carried from its last turn, or undefined when the store must be read. */
  resume(session: MemorySessionState): UserMemory | undefined {
    if (!session.user) return undefined;
    const context = session.user;
    const memory: UserMemory = {
      context,
      base: session.storedBase ?? cloneJson(context),
      writable: session.readOnly !== true,
      loaded: true,
    };
    if (session.storedBase && session.unconfirmed) memory.unconfirmed = session.unconfirmed;
    return memory;
  }

  /** What the session carries to its next turn. */
  sessionState(memory: UserMemory): MemorySessionState {
    if (!memory.loaded) return {};
    const pending = memory.writable && !sameJson(memory.context, memory.base);
    return {
      user: memory.context,
      storedBase: pending ? memory.base : undefined,
      readOnly: memory.writable ? undefined : true,
      unconfirmed: pending ? memory.unconfirmed : undefined,
    };
  }

  async load(envelope: RequestEnvelope, stats: StoreStats, deadline: Deadline): Promise<UserMemory> {
    let raw: unknown;
    try {
      stats.reads += 1;
      raw = await deadline.run((options) => this.store.getAttributes(envelope, options));
    } catch (error) {
      stats.faults += 1;
      if (error instanceof BudgetSpentError) logger.warn('user store read ran out of the time budget; answering without memory');
      else logger.error('user store read failed; answering without memory', { error: errorSummary(error) });
      return unloaded();
    }
    const read = readStored(raw);
    if (read.newer !== undefined) {
      // Written by a newer version (a rollback after a deploy): use what this version understands,
      // and never write over it. Logged here, once per session: later turns reuse the session's copy.
      logger.warn('stored user context has a newer schema version; reading what this version knows, not saving', {
        schemaVersion: read.newer,
      });
      return { context: read.context, base: cloneJson(read.context), writable: false, loaded: true };
    }
    if (read.unreadable) return this.replaceUnreadable(envelope, raw, read.unreadable, stats);
    return { context: read.context, base: cloneJson(read.context), writable: true, loaded: true };
  }

  /**
   * Writes the session's changes, if any. On a revision conflict, re-reads what is stored, merges this
   * session's changes into it (from `base`, so increments add up) and tries again after a jittered
   * wait, until it lands or the request's time budget is spent. Every write carries a token that the
   * item keeps: a write whose call failed without an answer, or whose retried call reported a conflict
   * against itself, is looked up in the store before anything is merged again, so no change counts
   * twice. A write given up keeps the changes and the base they were made on (and any unconfirmed
   * write), so the next turn merges them into what is stored then.
   */
  async save(envelope: RequestEnvelope, memory: UserMemory, stats: StoreStats, deadline: Deadline): Promise<UserMemory> {
    if (!memory.loaded || !memory.writable || sameJson(memory.context, memory.base)) return memory;
    let mine = keepStoredCursorsAhead(memory.context, memory.base);
    let base = memory.base;
    let unconfirmed = memory.unconfirmed;
    const pending = (): UserMemory => ({ ...memory, context: mine, base, unconfirmed });
    for (let attempt = 1; attempt <= MAX_SAVE_ATTEMPTS; attempt++) {
      const token = this.newToken();
      const next: UserContext = { ...mine, revision: base.revision + 1, writes: [...(base.writes ?? []), token].slice(-WRITE_TOKENS_KEPT) };
      let conflict: boolean;
      try {
        stats.writes += 1;
        await deadline.run(
          (options) => this.store.saveAttributes(envelope, next as unknown as Record<string, unknown>, options),
          MIN_WRITE_BUDGET_MS,
        );
        return saved(memory, next);
      } catch (error) {
        conflict = error instanceof RevisionConflictError;
        if (!conflict) {
          if (!mayHaveLanded(error)) return this.gaveUp(error, stats, pending());
          // No answer: the store may have taken it. Until the store says otherwise, it is unconfirmed.
          unconfirmed = addUnconfirmed(unconfirmed, next, token);
          logger.warn('user store write got no answer; checking whether it landed', { error: errorSummary(error) });
        }
      }
      if (conflict) {
        logger.warn('user context changed by another session; merging', { attempt });
        await deadline.sleep(this.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt));
      }
      let raw: unknown;
      try {
        stats.reads += 1;
        raw = await deadline.run((options) => this.store.getAttributes(envelope, options), MIN_WRITE_BUDGET_MS);
      } catch (error) {
        return this.gaveUp(error, stats, pending());
      }
      if (base.revision > 0 && isEmptyObject(raw)) {
        // The item this session read is gone: the listener disabled the skill and asked for their data
        // to be deleted while this session was open. Writing now would bring it back.
        logger.info('user data was deleted during this session; not saving it again');
        return { ...pending(), writable: false };
      }
      const stored = readStored(raw);
      if (stored.newer !== undefined || stored.unreadable) {
        logger.warn('another session stored a context this version cannot merge into; not saving', { schemaVersion: stored.newer });
        return { ...pending(), writable: false };
      }
      const landed = landedWrite(stored.context, token, unconfirmed);
      if (landed === 'this') {
        // The SDK retried a write that had landed, and the retry met it as a conflict; or a call
        // without an answer had landed. What is stored now includes these changes.
        return saved(memory, stored.context);
      }
      if (landed === 'unconfirmed') {
        // An earlier unconfirmed write landed: only the changes made since then are still to merge.
        base = unconfirmed!.written;
        unconfirmed = undefined;
      } else if (unconfirmed && stored.context.revision !== unconfirmed.written.revision - 1) {
        // They were made on a revision the store has moved past without them: none can land any more.
        unconfirmed = undefined;
      }
      mine = keepStoredCursorsAhead(mergeUserContexts(stored.context, mine, base), stored.context);
      base = stored.context;
    }
    return this.gaveUp(new Error(`still conflicting after ${MAX_SAVE_ATTEMPTS} attempts`), stats, pending());
  }

  async delete(envelope: RequestEnvelope, stats: StoreStats): Promise<void> {
    stats.writes += 1;
    await this.store.deleteAttributes(envelope);
  }

  private gaveUp(error: unknown, stats: StoreStats, memory: UserMemory): UserMemory {
    stats.faults += 1;
    if (error instanceof BudgetSpentError) logger.warn('user store write ran out of the time budget; the next turn saves it');
    else logger.error('user store write failed; will retry next turn', { error: errorSummary(error) });
    return memory;
  }

  private async replaceUnreadable(
    envelope: RequestEnvelope,
    raw: unknown,
    error: UnreadableUserContextError,
    stats: StoreStats,
  ): Promise<UserMemory> {
    logger.error('stored user context is unreadable; keeping a copy before replacing it', { reason: error.message });
    try {
      stats.writes += 1;
      await this.store.backupAttributes(envelope, raw, error.message);
    } catch (backupError) {
      stats.faults += 1;
      logger.error('could not back up unreadable user context; leaving it untouched', { error: errorSummary(backupError) });
      return unloaded();
    }
    const storedRevision = (raw as { revision?: unknown })?.revision;
    const base = { ...emptyUserContext(), revision: typeof storedRevision === 'number' ? storedRevision : 0 };
    // The first change saved replaces the unreadable item (a copy of which is kept).
    return { context: cloneJson(base), base, writable: true, loaded: true };
  }
}

/**
 * A series position this session moved behind the stored one, which another session set later than
 * this session's move, keeps the stored one: a cursor never goes back because a device navigated
 * from an older view (its own "next" from an earlier item). A later move back (previous, start over)
 * is kept.
 */
function keepStoredCursorsAhead(mine: UserContext, base: UserContext): UserContext {
  let series: UserContext['series'] | undefined;
  for (const [topic, position] of Object.entries(mine.series) as [TopicId, SeriesPosition][]) {
    const stored = base.series[topic];
    if (!stored || stored.at <= position.at) continue;
    const behind = position.cycle < stored.cycle || (position.cycle === stored.cycle && position.next < stored.next);
    if (behind) {
      series ??= { ...mine.series };
      series[topic] = stored;
    }
  }
  return series ? { ...mine, series } : mine;
}

interface StoredRead {
  context: UserContext;
  /** The stored schema version, when it is newer than this version's. */
  newer?: number;
  unreadable?: UnreadableUserContextError;
}

/** Reads a stored item: current or older schema upgraded, a newer one read as far as this version understands. */
function readStored(raw: unknown): StoredRead {
  const value = isEmptyObject(raw) ? undefined : raw;
  const version = (value as { schemaVersion?: unknown } | undefined)?.schemaVersion;
  if (typeof version === 'number' && version > USER_CONTEXT_SCHEMA_VERSION && typeof value === 'object' && !Array.isArray(value)) {
    const understood = upgrade({ ...(value as Record<string, unknown>), schemaVersion: USER_CONTEXT_SCHEMA_VERSION });
    return { context: understood, newer: version };
  }
  try {
    return { context: upgrade(value) };
  } catch (error) {
    if (!(error instanceof UnreadableUserContextError)) throw error;
    return { context: emptyUserContext(), unreadable: error };
  }
}

/**
 * After a write, what was written is both the context and its base. One object, not a copy: the write
 * is the turn's last step (the save interceptor), so nothing changes the context after it, and the
 * next turn starts from the session's serialised copy (resume copies it again if it needs a base).
 */
function saved(memory: UserMemory, stored: UserContext): UserMemory {
  return { ...memory, context: stored, base: stored, unconfirmed: undefined };
}

function unloaded(): UserMemory {
  const context = emptyUserContext();
  return { context, base: cloneJson(context), writable: false, loaded: false };
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}
