import type { HandlerInput } from 'ask-sdk-core';
import type { Catalog } from './content/catalog';
import type { TopicId } from './content/types';
import type { LocalDay } from './domain/calendar';
import type { UserContext } from './domain/userContext';
import type { Prompts, VariantHistory } from './i18n/prompts';
import type { Language, Locale } from './locale';
import type { Deadline } from './persistence/deadline';
import type { UserStore } from './persistence/port';
import type { MemorySessionState, UserMemory } from './persistence/userContextRepository';
import type { SpeechBuilder } from './speech/speechBuilder';

/** What the skill is built from: injected so tests control time, randomness, the store and the APIs. */
export interface SkillDependencies {
  /** Where user context lives between sessions; without one, memory lasts a session. */
  store?: UserStore;
  /** Returns a number in [0, 1): picks phrasings. */
  random: () => number;
  /** The clock used only when a request carries no valid timestamp. */
  now: () => number;
  /** Looks up the device's time zone (buildSkill's default: the Alexa Settings API, lambda/services/settingsApi.ts). */
  timeZoneLookup: (input: HandlerInput) => Promise<string | undefined>;
  timeZoneTimeoutMs: number;
  /** The time budget for the store's work in one request (reads, writes, merge retries). */
  answerBudgetMs: number;
  /** The locale's content: its language's decks, respelled where the locale spells differently (British English). */
  catalogFor: (language: Language, locale: Locale) => Catalog;
}

/** The last thing said in this session, for "say that again", next and previous. */
export interface LastAnswer {
  ssml: string;
  repromptSsml?: string;
  card?: { title: string; text: string };
  itemId?: string;
  /** The series the item was served from and its index there. */
  topic?: TopicId;
  index?: number;
  /** What a yes took up after it, restored when it is said again (a fallback in between made its own offer). */
  offer?: PendingOffer;
}

/**
 * What a "yes" would take up, written to the session only by respond() from the handler's answer.
 * `item`: a content item chosen when it was offered (never one heard in this session); `quiz`: ask
 * today's question; `question`: today's question was asked and waits for an answer; `todaysFortune`:
 * read today's fortune.
 */
export type PendingOffer =
  | { kind: 'item'; itemId: string; via: OfferVia; topic?: TopicId; index?: number }
  | { kind: 'quiz' }
  | { kind: 'question'; questionId: string }
  | { kind: 'todaysFortune' };

/** Why an item was offered: decides its lead and card ("an extra fortune", "a tip about …"). */
export type OfferVia = 'related' | 'series' | 'tip' | 'fortune';

/** Everything the skill keeps in session attributes between turns (the memory fields belong to the repository). */
export interface SessionState extends MemorySessionState {
  timeZone?: string;
  variants: VariantHistory;
  last?: LastAnswer;
  pending?: PendingOffer;
  /** The user's context as loaded once this session (later turns reuse it: one read per session). */
  user?: UserContext;
  /** Content item ids heard in this session, newest last (bounded: domain/offers HEARD_LIMIT). */
  heard?: string[];
  /** Today's question was asked or offered in this session: it is not offered again. */
  quizOffered?: boolean;
  /** The transition clip played in this session (it plays at most once). */
  transitionPlayed?: boolean;
}

export interface Turn {
  readonly locale: Locale;
  readonly language: Language;
  readonly catalog: Catalog;
  readonly prompts: Prompts;
  /** The request's own timestamp (what Alexa says "now" is), in epoch ms. */
  readonly now: number;
  readonly timeZone: string;
  readonly day: LocalDay;
  /** An intent that opened a new session: answer and end, no offers. */
  readonly oneShot: boolean;
  readonly session: SessionState;
  /** The listener's context; changes are saved after the response is built. */
  user: UserContext;
  /** False when the store could not be read: nothing is saved this turn, so good data is not overwritten. */
  readonly userLoaded: boolean;
  /** The repository's view of what is stored and whether it may be written; absent without a store. */
  readonly memory?: UserMemory;
  /** The request's time budget for store work. */
  readonly deadline: Deadline;
  /** Visits before this session: 0 for a first-time listener. */
  readonly previousVisits: number;
  /** Local date of the visit before this session. */
  readonly previousVisitDate?: string;
  readonly random: () => number;
  speech(): SpeechBuilder;
}

const TURN_KEY = 'fortuneCookieTurn';

export function setTurn(input: HandlerInput, turn: Turn): void {
  input.attributesManager.getRequestAttributes()[TURN_KEY] = turn;
}

export function turnOf(input: HandlerInput): Turn {
  const turn = input.attributesManager.getRequestAttributes()[TURN_KEY] as Turn | undefined;
  if (!turn) throw new Error('turn context missing: the turn interceptor did not run');
  return turn;
}

export function findTurn(input: HandlerInput): Turn | undefined {
  return input.attributesManager.getRequestAttributes()[TURN_KEY] as Turn | undefined;
}
