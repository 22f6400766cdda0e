import type { TopicId } from '../content/types';

/**
 * What the skill remembers about a listener across sessions: one DynamoDB item per user.
 *
 * Schema history (bump USER_CONTEXT_SCHEMA_VERSION and add a step to `upgrade` for every change;
 * never discard an older item):
 *   v1 (current): visits, lastHeard, series positions per topic, last series, daily quiz.
 *   v0 (pre-release): { lastItemId?: string, visits?: number } — upgraded by `upgrade`.
 *
 * `revision` is not part of the schema's meaning: it counts successful writes and guards them
 * (a write succeeds only if the stored revision is the one this session read).
 */
export const USER_CONTEXT_SCHEMA_VERSION = 1;

export interface SeriesPosition {
  /** Index of the next item to serve in the topic's series. */
  next: number;
  /** How many times the listener has been through the whole series. */
  cycle: number;
  /** Epoch ms of the last change: the later one wins when two sessions merge. */
  at: number;
}

export interface QuizState {
  /** Local date (YYYY-MM-DD) of the last answered daily question. */
  lastAnsweredDate?: string;
  lastCorrect?: boolean;
  /** Consecutive local days with an answer, ending at lastAnsweredDate. */
  streak: number;
  answered: number;
  correct: number;
}

export interface UserContext {
  schemaVersion: number;
  revision: number;
  visits: number;
  firstVisitDate?: string;
  lastVisitDate?: string;
  /** The last content item heard and the series it was served from (for replay in a new session). */
  lastHeard?: { itemId: string; at: number; topic?: TopicId };
  lastSeries?: { topic: TopicId; at: number };
  series: Partial<Record<TopicId, SeriesPosition>>;
  quiz: QuizState;
}

export function emptyUserContext(): UserContext {
  return {
    schemaVersion: USER_CONTEXT_SCHEMA_VERSION,
    revision: 0,
    visits: 0,
    series: {},
    quiz: { streak: 0, answered: 0, correct: 0 },
  };
}

export class UnreadableUserContextError extends Error {
  constructor(
    readonly raw: unknown,
    reason: string,
  ) {
    super(`stored user context is unreadable: ${reason}`);
    this.name = 'UnreadableUserContextError';
  }
}

/** Reads a stored item of any known schema version and returns the current version. */
export function upgrade(raw: unknown): UserContext {
  if (raw === undefined || raw === null) return emptyUserContext();
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new UnreadableUserContextError(raw, 'not an object');
  const stored = raw as Record<string, unknown>;
  const version = stored.schemaVersion ?? 0;
  if (typeof version !== 'number' || version > USER_CONTEXT_SCHEMA_VERSION) {
    throw new UnreadableUserContextError(raw, `unknown schema version ${String(version)}`);
  }
  const revision = typeof stored.revision === 'number' ? stored.revision : 0;
  if (version === 0) {
    const v0 = stored as { lastItemId?: unknown; visits?: unknown };
    return {
      ...emptyUserContext(),
      revision,
      visits: typeof v0.visits === 'number' ? v0.visits : 0,
      lastHeard: typeof v0.lastItemId === 'string' ? { itemId: v0.lastItemId, at: 0 } : undefined,
    };
  }
  const base = emptyUserContext();
  const current = stored as Partial<UserContext>;
  return {
    ...base,
    ...current,
    schemaVersion: USER_CONTEXT_SCHEMA_VERSION,
    revision,
    series: typeof current.series === 'object' && current.series ? current.series : {},
    quiz: { ...base.quiz, ...(typeof current.quiz === 'object' ? current.quiz : {}) },
  };
}

/**
 * Merges what this session wants to write into what another session stored meanwhile, so neither's
 * progress is lost. With `base` (the context this session started from) the merge is three-way: a
 * field this session did not change keeps the stored value, one it changed is taken unless the stored
 * one is strictly later (both sessions changed it), and the visit counter adds this session's
 * increment to the stored count. Without a base: timestamped fields take the later one, counters the
 * larger value.
 */
export function mergeUserContexts(stored: UserContext, mine: UserContext, base?: UserContext): UserContext {
  const later = <T extends { at: number }>(a?: T, b?: T) => (!a ? b : !b ? a : b.at > a.at ? b : a);
  const untouched = (mineValue: unknown, baseValue: unknown) => JSON.stringify(mineValue) === JSON.stringify(baseValue);
  const pick = <T extends { at: number }>(storedValue?: T, mineValue?: T, baseValue?: T): T | undefined => {
    if (!base) return later(storedValue, mineValue);
    if (untouched(mineValue, baseValue) || !mineValue) return storedValue;
    return storedValue && storedValue.at > mineValue.at ? storedValue : mineValue;
  };
  const series: UserContext['series'] = { ...stored.series };
  for (const [topic, position] of Object.entries(mine.series) as [TopicId, SeriesPosition][]) {
    series[topic] = pick(series[topic], position, base?.series[topic]);
  }
  const quiz =
    base && untouched(mine.quiz, base.quiz)
      ? stored.quiz
      : (mine.quiz.lastAnsweredDate ?? '') >= (stored.quiz.lastAnsweredDate ?? '') && mine.quiz.answered >= stored.quiz.answered
        ? mine.quiz
        : stored.quiz;
  return {
    ...stored,
    visits: base ? stored.visits + Math.max(0, mine.visits - base.visits) : Math.max(stored.visits, mine.visits),
    firstVisitDate: minDate(stored.firstVisitDate, mine.firstVisitDate),
    lastVisitDate: maxDate(stored.lastVisitDate, mine.lastVisitDate),
    lastHeard: pick(stored.lastHeard, mine.lastHeard, base?.lastHeard),
    lastSeries: pick(stored.lastSeries, mine.lastSeries, base?.lastSeries),
    series,
    quiz,
    revision: stored.revision,
  };
}

function minDate(a?: string, b?: string): string | undefined {
  return !a ? b : !b ? a : a < b ? a : b;
}

function maxDate(a?: string, b?: string): string | undefined {
  return !a ? b : !b ? a : a > b ? a : b;
}
