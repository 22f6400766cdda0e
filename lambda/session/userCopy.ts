import { TOPIC_IDS, type TopicId } from '../content/types';
import {
  RECURRING_PROMPTS,
  readWriteTokens,
  type SeriesPosition,
  USER_CONTEXT_SCHEMA_VERSION,
  type UserContext,
} from '../domain/userContext';

/**
 * The session's copy of the listener's context (`user`, `storedBase`), read strictly: every field of
 * this version's schema with the right type and in range, or nothing. Nothing makes the repository
 * read the store again, which is the safe answer: a copy with a field missing or mistyped must not be
 * saved over the stored context (a missing count would read as zero and be written back).
 * Fields the schema does not have are dropped.
 */
export function readUserCopy(raw: unknown): UserContext | undefined {
  if (!isRecord(raw)) return undefined;
  const { schemaVersion, revision, visits, firstVisitDate, lastVisitDate, lastHeard, lastSeries, series, quiz, phrasings, writes } = raw;
  if (schemaVersion !== USER_CONTEXT_SCHEMA_VERSION || !isCount(revision) || !isCount(visits)) return undefined;
  if (!optional(firstVisitDate, isDate) || !optional(lastVisitDate, isDate)) return undefined;
  const heard = optional(lastHeard, isLastHeard);
  const topic = optional(lastSeries, isLastSeries);
  const positions = readSeries(series);
  const quizState = readQuiz(quiz);
  const remembered = readPhrasings(phrasings);
  const tokens = writes === undefined ? undefined : readWriteTokens(writes);
  if (!heard || !topic || !positions || !quizState || !remembered || (writes !== undefined && !tokens)) return undefined;
  const copy: UserContext = { schemaVersion, revision, visits, series: positions, quiz: quizState, phrasings: remembered };
  if (firstVisitDate !== undefined) copy.firstVisitDate = firstVisitDate as string;
  if (lastVisitDate !== undefined) copy.lastVisitDate = lastVisitDate as string;
  if (tokens) copy.writes = tokens;
  if (lastHeard !== undefined) {
    const { itemId, at, topic: heardTopic } = lastHeard as UserContext['lastHeard'] & object;
    copy.lastHeard = heardTopic === undefined ? { itemId, at } : { itemId, at, topic: heardTopic };
  }
  if (lastSeries !== undefined)
    copy.lastSeries = { topic: (lastSeries as { topic: TopicId }).topic, at: (lastSeries as { at: number }).at };
  return copy;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An id of the content (items, questions): the shape content/ uses, bounded. */
export function isContentId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9._-]{1,80}$/.test(value);
}

export function isTopic(value: unknown): value is TopicId {
  return typeof value === 'string' && (TOPIC_IDS as readonly string[]).includes(value);
}

export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Epoch milliseconds, within what a Date can hold. */
function isInstant(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 8.64e15;
}

function isDate(value: unknown): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** Valid, or absent: `optional` answers false only for a value present and invalid. */
function optional(value: unknown, valid: (value: unknown) => boolean): boolean {
  return value === undefined || valid(value);
}

function isLastHeard(value: unknown): boolean {
  return isRecord(value) && isContentId(value.itemId) && isInstant(value.at) && optional(value.topic, isTopic);
}

function isLastSeries(value: unknown): boolean {
  return isRecord(value) && isTopic(value.topic) && isInstant(value.at);
}

function readSeries(raw: unknown): UserContext['series'] | undefined {
  if (!isRecord(raw)) return undefined;
  const series: UserContext['series'] = {};
  for (const [topic, position] of Object.entries(raw)) {
    if (!isTopic(topic) || !isRecord(position)) return undefined;
    const { next, cycle, at } = position as Partial<SeriesPosition>;
    if (!isCount(next) || !isCount(cycle) || !isInstant(at)) return undefined;
    series[topic] = { next, cycle, at };
  }
  return series;
}

function readQuiz(raw: unknown): UserContext['quiz'] | undefined {
  if (!isRecord(raw)) return undefined;
  const { lastAnsweredDate, lastCorrect, streak, answered, correct } = raw;
  if (!isCount(streak) || !isCount(answered) || !isCount(correct)) return undefined;
  if (!optional(lastAnsweredDate, isDate) || !optional(lastCorrect, (v) => typeof v === 'boolean')) return undefined;
  const quiz: UserContext['quiz'] = { streak, answered, correct };
  if (lastAnsweredDate !== undefined) quiz.lastAnsweredDate = lastAnsweredDate as string;
  if (lastCorrect !== undefined) quiz.lastCorrect = lastCorrect as boolean;
  return quiz;
}

function readPhrasings(raw: unknown): Record<string, number> | undefined {
  if (!isRecord(raw)) return undefined;
  const phrasings: Record<string, number> = {};
  for (const [key, index] of Object.entries(raw)) {
    if (!RECURRING_PROMPTS.includes(key) || !isCount(index) || index >= 100) return undefined;
    phrasings[key] = index;
  }
  return phrasings;
}
