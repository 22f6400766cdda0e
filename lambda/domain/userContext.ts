import type { TopicId } from '../content/types';

/**
 * What the skill remembers about a listener across sessions: one DynamoDB item per user.
 *
 * Schema history (bump USER_CONTEXT_SCHEMA_VERSION and add a step to `upgrade` for every change;
 * never discard an older item):
 *   v2 (current): v1 plus `phrasings`, the last phrasing heard of each recurring prompt (welcomes, leads),
 *       so a returning listener does not hear yesterday's greeting again. Bounded: only the keys in
 *       RECURRING_PROMPTS are kept, each a small index.
 *   v1: visits, lastHeard, series positions per topic, last series, daily quiz. Upgraded with `phrasings: {}`.
 *   v0 (pre-release): { lastItemId?: string, visits?: number } — upgraded by `upgrade`.
 *
 * `revision` and `writes` are not part of the schema's meaning (so they need no version step): the
 * revision counts successful writes and guards them (a write succeeds only if the stored revision is
 * the one this session read); `writes` names the latest writes, so a writer whose call timed out, or
 * was retried by the SDK and then reported a conflict, can tell whether its write landed. An older
 * version reading the item ignores `writes`.
 */
export const USER_CONTEXT_SCHEMA_VERSION = 2;

/**
 * The prompts whose last phrasing is remembered across sessions: what a listener hears on every visit.
 * Only prompts of turns that write anyway (a launch, an item heard), so remembering costs no extra write.
 */
export const RECURRING_PROMPTS: readonly string[] = [
  'welcome.back',
  'welcome.backStreak',
  'launchOffer.quiz',
  'launchOffer.series',
  'launchOffer.tip',
  'fortune.lead',
  'tip.lead',
];

/**
 * How many write tokens an item keeps: a write is recognised as long as fewer than this many others
 * landed after it before its writer looked (a listener has a few devices; 16 tokens cost ~180 bytes).
 */
export const WRITE_TOKENS_KEPT = 16;
const WRITE_TOKEN = /^[A-Za-z0-9_-]{1,16}$/;

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
  /** Prompt key (one of RECURRING_PROMPTS) → index of the phrasing heard last, in any session. */
  phrasings: Record<string, number>;
  /** Tokens of the latest writes, newest last, at most WRITE_TOKENS_KEPT (see the schema note above). */
  writes?: string[];
}

/**
 * Every field of the schema (the compiler insists on each): reading keeps only these, so a stored
 * field this version does not know is neither echoed in session attributes nor written back.
 */
const USER_CONTEXT_FIELDS: Record<keyof UserContext, true> = {
  schemaVersion: true,
  revision: true,
  visits: true,
  firstVisitDate: true,
  lastVisitDate: true,
  lastHeard: true,
  lastSeries: true,
  series: true,
  quiz: true,
  phrasings: true,
  writes: true,
};

/** The optional fields, copied as stored when present (the rest are read one by one in `upgrade`). */
const OPTIONAL_FIELDS = (Object.keys(USER_CONTEXT_FIELDS) as (keyof UserContext)[]).filter(
  (key) => !['schemaVersion', 'revision', 'visits', 'series', 'quiz', 'phrasings', 'writes'].includes(key),
);

export function emptyUserContext(): UserContext {
  return {
    schemaVersion: USER_CONTEXT_SCHEMA_VERSION,
    revision: 0,
    visits: 0,
    series: {},
    quiz: { streak: 0, answered: 0, correct: 0 },
    phrasings: {},
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
  // Field by field rather than spreads and a rest pattern: this runs on every store read (and the spread
  // version was ~7 % of a warm LaunchRequest, docs/performance.md). Fields this version does not know are
  // left behind, so they are neither echoed in session attributes nor written back.
  const series = stored.series;
  const quiz = stored.quiz;
  const context: UserContext = {
    schemaVersion: USER_CONTEXT_SCHEMA_VERSION,
    revision,
    visits: stored.visits === undefined ? 0 : (stored.visits as number),
    series: typeof series === 'object' && series ? (series as UserContext['series']) : {},
    quiz: { streak: 0, answered: 0, correct: 0, ...(typeof quiz === 'object' ? (quiz as Partial<QuizState>) : {}) },
    // v1 → v2: no phrasings remembered yet; only known keys with index values are kept.
    phrasings: readPhrasings(stored.phrasings),
  };
  const optional = context as unknown as Record<string, unknown>;
  for (const key of OPTIONAL_FIELDS) if (stored[key] !== undefined) optional[key] = stored[key];
  const tokens = readWriteTokens(stored.writes);
  if (tokens && tokens.length > 0) context.writes = tokens;
  return context;
}

/** The stored write tokens, if well-formed (a malformed list reads as none: it only guards retries). */
export function readWriteTokens(raw: unknown): string[] | undefined {
  if (!Array.isArray(raw) || raw.length > WRITE_TOKENS_KEPT) return undefined;
  for (const token of raw) if (typeof token !== 'string' || !WRITE_TOKEN.test(token)) return undefined;
  return raw.slice();
}

function readPhrasings(raw: unknown): Record<string, number> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const stored = raw as Record<string, unknown>;
  const kept: Record<string, number> = {};
  for (const key of RECURRING_PROMPTS) {
    const index = Object.hasOwn(stored, key) ? stored[key] : undefined;
    if (typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < 100) kept[key] = index;
  }
  return kept;
}

/**
 * Merges what this session wants to write into what another session stored meanwhile, so neither's
 * progress is lost. With `base` (the stored context this session's changes were made on) the merge is
 * three-way: a field this session did not change keeps the stored value; counters that only grow
 * (visits, quiz answers) add this session's increment to the stored count; a series position both
 * changed takes the one further along (a cursor never goes back because of a merge); other fields both
 * changed take the strictly later one, this session's on a tie. Fields without a rule here (added by a
 * later schema) take this session's value when it changed them. Without a base: timestamped fields
 * take the later one, counters the larger value.
 */
export function mergeUserContexts(stored: UserContext, mine: UserContext, base?: UserContext): UserContext {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const later = <T extends { at: number }>(a?: T, b?: T) => (!a ? b : !b ? a : b.at > a.at ? b : a);
  const pick = <T extends { at: number }>(storedValue?: T, mineValue?: T, baseValue?: T): T | undefined => {
    if (!base) return later(storedValue, mineValue);
    if (same(mineValue, baseValue) || !mineValue) return storedValue;
    return storedValue && storedValue.at > mineValue.at ? storedValue : mineValue;
  };
  const grown = (storedCount: number, mineCount: number, baseCount?: number) =>
    baseCount === undefined ? Math.max(storedCount, mineCount) : storedCount + Math.max(0, mineCount - baseCount);

  const merged: UserContext = { ...stored };
  for (const key of Object.keys(mine) as (keyof UserContext)[]) {
    if (!(key in RULED) && (!base || !same(mine[key], base[key]))) (merged as unknown as Record<string, unknown>)[key] = mine[key];
  }

  const series: UserContext['series'] = { ...stored.series };
  for (const [topic, position] of Object.entries(mine.series) as [TopicId, SeriesPosition][]) {
    const theirs = series[topic];
    const before = base?.series[topic];
    if (base && same(position, before)) continue;
    if (!theirs || (base && same(theirs, before))) series[topic] = position;
    else series[topic] = { ...furthest(theirs, position), at: Math.max(theirs.at, position.at) };
  }

  let quiz = stored.quiz;
  if (!base || !same(mine.quiz, base.quiz)) {
    const mineLater = (mine.quiz.lastAnsweredDate ?? '') >= (stored.quiz.lastAnsweredDate ?? '');
    const latest = mineLater ? mine.quiz : stored.quiz;
    quiz = {
      ...latest,
      answered: grown(stored.quiz.answered, mine.quiz.answered, base?.quiz.answered),
      correct: grown(stored.quiz.correct, mine.quiz.correct, base?.quiz.correct),
    };
  }

  return {
    ...merged,
    visits: grown(stored.visits, mine.visits, base?.visits),
    firstVisitDate: minDate(stored.firstVisitDate, mine.firstVisitDate),
    lastVisitDate: maxDate(stored.lastVisitDate, mine.lastVisitDate),
    lastHeard: pick(stored.lastHeard, mine.lastHeard, base?.lastHeard),
    lastSeries: pick(stored.lastSeries, mine.lastSeries, base?.lastSeries),
    series,
    quiz,
    // The phrasings this session heard are the latest; others keep what the store has.
    phrasings: { ...stored.phrasings, ...changedEntries(mine.phrasings ?? {}, base?.phrasings) },
    schemaVersion: stored.schemaVersion,
    revision: stored.revision,
    // Write tokens are the store's history, not this session's: the writer appends its own.
    ...(stored.writes ? { writes: stored.writes } : {}),
  };
}

function changedEntries(mine: Record<string, number>, base: Record<string, number> | undefined): Record<string, number> {
  if (!base) return mine;
  return Object.fromEntries(Object.entries(mine).filter(([key, index]) => base[key] !== index));
}

/** Fields mergeUserContexts has a rule for; any other field changed by this session is taken as it is. */
const RULED: Partial<Record<keyof UserContext, true>> = {
  schemaVersion: true,
  revision: true,
  visits: true,
  firstVisitDate: true,
  lastVisitDate: true,
  lastHeard: true,
  lastSeries: true,
  series: true,
  quiz: true,
  phrasings: true,
  writes: true,
};

/** The position further through the series (more cycles, then a later index). */
function furthest(a: SeriesPosition, b: SeriesPosition): SeriesPosition {
  return b.cycle > a.cycle || (b.cycle === a.cycle && b.next > a.next) ? b : a;
}

function minDate(a?: string, b?: string): string | undefined {
  return !a ? b : !b ? a : a < b ? a : b;
}

function maxDate(a?: string, b?: string): string | undefined {
  return !a ? b : !b ? a : a > b ? a : b;
}
