import { isValidTimeZone } from '../domain/timeZone';
import { readWriteTokens } from '../domain/userContext';
import type { Locale } from '../locale';
import { logger } from '../observability/logger';
import { UNCONFIRMED_TOKENS_KEPT, type UnconfirmedWrite } from '../persistence/unconfirmedWrites';
import type { LastAnswer, OfferVia, PendingOffer, SessionState } from '../turn';
import { isSkillSpeech } from './speechShape';
import { isContentId, isCount, isRecord, isTopic, readUserCopy } from './userCopy';

/**
 * Session attributes are the skill's own state, echoed back by Alexa: they are read through this
 * schema and nothing else. Each known key is validated and bounded; a key the skill does not write,
 * and a known key with a malformed value, are dropped (one warning per request names how many and
 * which known keys, never a value or a foreign key's name, either of which could be private). What
 * the skill writes back is built from the same schema (sessionAttributes.ts), so nothing foreign is
 * echoed and every response stays under Alexa's 24 KB.
 */

/** Session bounds: together they keep the session's structured state to a few KB (sessionAttributes.ts). */
export const SESSION_BOUNDS = {
  /** Content item ids heard in this session (domain/offers HEARD_LIMIT keeps 40; a longer list is cut to its newest). */
  heard: 40,
  /** Prompt keys whose last phrasing the session remembers (the skill has about thirty). */
  variants: 64,
  variantKeyChars: 60,
  cardTitleChars: 200,
  cardTextChars: 7000,
} as const;

type Reader<T> = (value: unknown, locale: Locale) => T | undefined;

const OFFER_VIAS: readonly OfferVia[] = ['related', 'series', 'tip', 'fortune'];

/** Every key the skill keeps in the session, with its reader: the compiler insists on one per SessionState field. */
const READERS: { [K in keyof SessionState]-?: Reader<SessionState[K]> } = {
  timeZone: (value) => (isValidTimeZone(value) ? value : undefined),
  variants: readVariants,
  last: readLastAnswer,
  pending: readPending,
  user: readUserCopy,
  storedBase: readUserCopy,
  readOnly: (value) => (value === true ? true : undefined),
  unconfirmed: readUnconfirmed,
  heard: readHeard,
  quizOffered: (value) => (value === true ? true : undefined),
  transitionPlayed: (value) => (value === true ? true : undefined),
};

export const SESSION_KEYS = Object.keys(READERS) as (keyof SessionState)[];

/** The session state in `attributes` (whatever the request carried), for the answer's locale. */
export function readSessionState(attributes: unknown, locale: Locale): SessionState {
  const state: SessionState = { variants: {} };
  if (!isRecord(attributes)) {
    if (attributes !== undefined && attributes !== null) logger.warn('session attributes are not an object; starting from none');
    return state;
  }
  let foreign = 0;
  const malformed: string[] = [];
  for (const key of Object.keys(attributes)) {
    // Read as JSON would have it (the attributes are no longer copied through JSON, carriedAttributes.ts):
    // a key whose value is undefined is absent, a number that is not finite is null.
    const raw = attributes[key];
    if (raw === undefined) continue;
    if (!Object.hasOwn(READERS, key)) {
      foreign += 1;
      continue;
    }
    const name = key as keyof SessionState;
    const value = (READERS[name] as Reader<unknown>)(raw, locale);
    if (value === undefined) {
      if (raw !== false && raw !== null && !(typeof raw === 'number' && !Number.isFinite(raw))) malformed.push(name);
    } else {
      (state as unknown as Record<string, unknown>)[name] = value;
    }
  }
  // Changes not yet stored are only safe to keep with the stored context they were made on.
  if (state.storedBase && !state.user) delete state.storedBase;
  if (state.unconfirmed && !state.storedBase) delete state.unconfirmed;
  if (malformed.includes('storedBase') && state.user) {
    delete state.user;
    malformed.push('user');
  }
  if (foreign > 0 || malformed.length > 0) {
    logger.warn('session attributes the skill did not write, or malformed, were dropped', { foreignKeys: foreign, malformed });
  }
  return state;
}

/** Prompt keys already accepted, so the per-turn check is a set lookup (the skill has a few dozen). */
const acceptedVariantKeys = new Set<string>();

function isVariantKey(key: string): boolean {
  if (acceptedVariantKeys.has(key)) return true;
  if (key.length > SESSION_BOUNDS.variantKeyChars || !/^[A-Za-z0-9_.]+$/.test(key)) return false;
  if (acceptedVariantKeys.size < 256) acceptedVariantKeys.add(key);
  return true;
}

function readVariants(raw: unknown): SessionState['variants'] | undefined {
  if (!isRecord(raw)) return undefined;
  const variants: SessionState['variants'] = {};
  let kept = 0;
  for (const key in raw) {
    if (kept >= SESSION_BOUNDS.variants) break;
    const index = raw[key];
    if (!Object.hasOwn(raw, key) || !isCount(index) || index >= 100 || !isVariantKey(key)) continue;
    variants[key] = index;
    kept += 1;
  }
  return variants;
}

function readHeard(raw: unknown): string[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const heard: string[] = [];
  // Newest last: walk from the end, so a long list keeps its newest ids.
  for (let i = raw.length - 1; i >= 0 && heard.length < SESSION_BOUNDS.heard; i--) {
    const id = raw[i];
    if (isContentId(id) && !heard.includes(id)) heard.push(id);
  }
  return heard.reverse();
}

function readLastAnswer(raw: unknown, locale: Locale): LastAnswer | undefined {
  if (!isRecord(raw) || !isSkillSpeech(raw.ssml, locale)) return undefined;
  const last: LastAnswer = { ssml: raw.ssml };
  if (raw.repromptSsml !== undefined) {
    if (!isSkillSpeech(raw.repromptSsml, locale)) return undefined;
    last.repromptSsml = raw.repromptSsml;
  }
  if (raw.card !== undefined) {
    const card = raw.card;
    if (!isRecord(card) || !isText(card.title, SESSION_BOUNDS.cardTitleChars) || !isText(card.text, SESSION_BOUNDS.cardTextChars)) {
      return undefined;
    }
    last.card = { title: card.title, text: card.text };
  }
  if (raw.itemId !== undefined && isContentId(raw.itemId)) last.itemId = raw.itemId;
  if (isTopic(raw.topic) && isCount(raw.index) && raw.index < 1000) {
    last.topic = raw.topic;
    last.index = raw.index;
  }
  const offer = readPending(raw.offer);
  if (offer) last.offer = offer;
  return last;
}

function readPending(raw: unknown): PendingOffer | undefined {
  if (!isRecord(raw)) return undefined;
  switch (raw.kind) {
    case 'quiz':
      return { kind: 'quiz' };
    case 'todaysFortune':
      return { kind: 'todaysFortune' };
    case 'question':
      return isContentId(raw.questionId) ? { kind: 'question', questionId: raw.questionId } : undefined;
    case 'item': {
      if (!isContentId(raw.itemId) || !OFFER_VIAS.includes(raw.via as OfferVia)) return undefined;
      const offer: PendingOffer = { kind: 'item', itemId: raw.itemId, via: raw.via as OfferVia };
      if (raw.topic !== undefined) {
        if (!isTopic(raw.topic)) return undefined;
        offer.topic = raw.topic;
      }
      if (raw.index !== undefined) {
        if (!isCount(raw.index) || raw.index >= 1000) return undefined;
        offer.index = raw.index;
      }
      return offer;
    }
    default:
      return undefined;
  }
}

function readUnconfirmed(raw: unknown): UnconfirmedWrite | undefined {
  if (!isRecord(raw) || !Array.isArray(raw.tokens) || raw.tokens.length === 0 || raw.tokens.length > UNCONFIRMED_TOKENS_KEPT)
    return undefined;
  const written = readUserCopy(raw.written);
  const tokens = readWriteTokens(raw.tokens);
  return written && tokens ? { written, tokens } : undefined;
}

function isText(value: unknown, maxChars: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= maxChars;
}
