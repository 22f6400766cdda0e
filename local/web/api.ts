import { isValidTimeZone } from '../../lambda/domain/timeZone';
import type { UserStore } from '../../lambda/persistence/port';
import { DEFAULT_USER_ID, launchRequest, userIdOf } from '../../tools/envelopes';
import { checkSsml } from '../../tools/ssmlCheck';
import { parseDate } from '../simulator/clock';
import { describeRoute } from '../simulator/format';
import { readStoredContext } from '../simulator/localSkill';
import type { ModelSource } from '../simulator/model';
import { describeSlots, formatExplanation, type NluResult, type SlotResult } from '../simulator/nlu';
import type { Speech, TurnResult } from '../simulator/session';
import type { ConversationEntry } from './conversations';

/** A request the page got wrong: answered with HTTP 400 and `{ error, field }`. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export const MAX_UTTERANCE_CHARS = 500;
const CONVERSATION_ID = /^[A-Za-z0-9_-]{1,64}$/;
const USER_NAME = /^[A-Za-z0-9._:-]{1,200}$/;

function asObject(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new InputError('send a JSON object (Content-Type: application/json)');
  }
  return body as Record<string, unknown>;
}

function optionalString(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new InputError(`${field} must be a string`, field);
  return value.trim();
}

export interface Settings {
  locale: string;
  /** The full Alexa user id. */
  userId: string;
  timeZone: string;
  /** '' = the real clock; else "YYYY-MM-DD" (noon in timeZone) or an ISO timestamp. */
  date: string;
}

export interface TurnInput extends Settings {
  utterance: string;
  conversationId?: string;
}

export interface ValidationDefaults {
  models: ModelSource;
  defaultLocale: string;
  defaultTimeZone: string;
}

export function readConversationId(body: Record<string, unknown>, required: boolean): string | undefined {
  const id = optionalString(body, 'conversationId');
  if (!id) {
    if (required) throw new InputError('conversationId is required', 'conversationId');
    return undefined;
  }
  if (!CONVERSATION_ID.test(id)) throw new InputError('conversationId must be 1-64 letters, digits, "-" or "_"', 'conversationId');
  return id;
}

export function readLocale(body: Record<string, unknown>, defaults: ValidationDefaults): string {
  const locale = optionalString(body, 'locale') || defaults.defaultLocale;
  const locales = defaults.models.locales();
  if (!locales.includes(locale)) {
    throw new InputError(`unknown locale "${locale}": choose one of ${locales.join(', ')}`, 'locale');
  }
  return locale;
}

export function readUserId(body: Record<string, unknown>): string {
  const name = optionalString(body, 'userId') || DEFAULT_USER_ID;
  if (!USER_NAME.test(name)) {
    throw new InputError(
      'userId must be 1-200 letters, digits, ".", "_", ":" or "-" (a name such as "alice", or a full amzn1.ask.account… id)',
      'userId',
    );
  }
  return userIdOf(name);
}

/** Checks a turn request; throws InputError with the field at fault. */
export function readTurnInput(raw: unknown, defaults: ValidationDefaults): TurnInput {
  const body = asObject(raw);
  const direct = (body.intent ?? null) !== null || (body.envelope ?? null) !== null;
  // Silence is an explicit `"utterance": ""` (the page's Silence button sends it): a body that lost its words
  // (`{}`, a misspelt key) would otherwise be heard as silence and end the session.
  if (!direct && !Object.hasOwn(body, 'utterance')) {
    throw new InputError('utterance is missing: send "utterance" (words, or "" for silence), an "intent" or an "envelope"', 'utterance');
  }
  const utterance = direct ? (body.utterance ?? '') : body.utterance;
  if (typeof utterance !== 'string') throw new InputError('utterance must be a string ("" is silence)', 'utterance');
  if (utterance.length > MAX_UTTERANCE_CHARS) {
    throw new InputError(`utterance is ${utterance.length} characters; at most ${MAX_UTTERANCE_CHARS}`, 'utterance');
  }
  const locale = readLocale(body, defaults);
  const userId = readUserId(body);
  const timeZone = optionalString(body, 'timeZone') || defaults.defaultTimeZone;
  if (!isValidTimeZone(timeZone))
    throw new InputError(`unknown time zone "${timeZone}" (use an IANA name such as Europe/Berlin)`, 'timeZone');
  const date = optionalString(body, 'date') ?? '';
  if (date) {
    let valid = date.length <= 40;
    try {
      if (valid) parseDate(date, timeZone);
    } catch {
      valid = false;
    }
    if (!valid) {
      throw new InputError(
        `bad date "${date.slice(0, 40)}": use YYYY-MM-DD (noon in the time zone) or an ISO timestamp such as 2026-05-14T09:30:00Z; empty means now`,
        'date',
      );
    }
  }
  return { utterance, locale, userId, timeZone, date, conversationId: readConversationId(body, false) };
}

/**
 * Brings a conversation to the page's settings before a turn. Changing the locale or the user
 * closes the open session (another device language, another person); a new time zone is read by the
 * skill at the start of the next session; the date is applied when it changed (so a fixed date still
 * moves on with real time between turns, like a device clock).
 */
export function applySettings(entry: ConversationEntry, input: Settings): string[] {
  const conversation = entry.conversation;
  const notes: string[] = [];
  if (conversation.locale !== input.locale) {
    const hadSession = conversation.sessionOpen;
    conversation.locale = input.locale;
    notes.push(`locale set to ${input.locale}${hadSession ? '; the open session was closed' : ''}`);
  }
  if (conversation.userId !== input.userId) {
    const hadSession = conversation.sessionOpen;
    conversation.forgetSession();
    conversation.userId = input.userId;
    notes.push(`user set to ${input.userId}${hadSession ? '; the open session was forgotten' : ''}`);
  }
  if (conversation.timeZone !== input.timeZone) {
    entry.setTimeZone(input.timeZone);
    notes.push(`time zone set to ${input.timeZone}${conversation.sessionOpen ? ' (the skill reads it when the next session starts)' : ''}`);
  }
  const dateZone = /^\d{4}-\d{2}-\d{2}$/.test(input.date) ? input.timeZone : '';
  if (entry.appliedDate !== input.date || (dateZone && entry.appliedDateZone !== dateZone)) {
    if (input.date) {
      conversation.setDate(input.date);
      notes.push(`clock set to ${conversation.clock.peek().toISOString()}`);
    } else if (conversation.clock.isSet) {
      conversation.clock.set(new Date());
      notes.push('clock follows real time');
    }
    entry.appliedDate = input.date;
    entry.appliedDateZone = dateZone;
  }
  return notes;
}

function slotJson(slot: SlotResult) {
  return {
    name: slot.name,
    type: slot.type,
    value: slot.value ?? null,
    resolution: slot.resolution
      ? { status: slot.resolution.status, values: slot.resolution.values.map((v) => ({ id: v.id, name: v.name })) }
      : null,
  };
}

function nluJson(nlu: NluResult) {
  return {
    intent: nlu.intent,
    score: nlu.score,
    sample: nlu.sample ?? null,
    source: nlu.source,
    reason: nlu.reason,
    tier: nlu.tier,
    threshold: nlu.threshold ?? null,
    slots: Object.values(nlu.slots).map(slotJson),
    readings: nlu.readings ?? [],
    considered: nlu.considered.slice(0, 12).map((c) => ({
      intent: c.intent,
      score: c.best?.score ?? null,
      sample: c.best?.sample ?? null,
      closest: c.best ? null : (c.closest ?? null),
    })),
  };
}

export interface SsmlCheck {
  label: 'speech' | 'reprompt' | 'reprompt played';
  ssml: string;
  problems: string[];
}

function ssmlChecks(turn: TurnResult): SsmlCheck[] {
  const checks: SsmlCheck[] = [];
  const add = (label: SsmlCheck['label'], speech: Speech | undefined) => {
    if (speech) checks.push({ label, ssml: speech.ssml, problems: checkSsml(speech.ssml, turn.locale) });
  };
  add('reprompt played', turn.repromptPlayed);
  add('speech', turn.speech);
  add('reprompt', turn.reprompt);
  return checks;
}

/** A turn as the page shows it (plain JSON). */
export function turnJson(turn: TurnResult, settingsNotes: string[] = []) {
  const checks = ssmlChecks(turn);
  return {
    index: turn.index,
    utterance: turn.utterance,
    locale: turn.locale,
    route: turn.route,
    routeText: describeRoute(turn),
    sentToSkill: turn.requestType !== undefined,
    requestType: turn.requestType ?? null,
    /** A name-free request: the CanFulfillIntentRequest answer that came first. */
    canFulfill: turn.canFulfill ?? null,
    intent: turn.intent ?? null,
    slotsText: turn.nlu ? describeSlots(turn.nlu.slots) : '',
    nlu: turn.nlu ? nluJson(turn.nlu) : null,
    explanation: turn.nlu ? formatExplanation(turn.nlu, 12) : null,
    timestamp: turn.timestamp ?? null,
    newSession: turn.newSession,
    sessionId: turn.sessionId ?? null,
    sessionOpen: turn.sessionOpen,
    sessionEnded: turn.sessionEnded ?? null,
    speech: turn.speech ?? null,
    reprompt: turn.reprompt ?? null,
    repromptPlayed: turn.repromptPlayed ?? null,
    card: turn.card ?? null,
    sessionAttributes: turn.sessionAttributes ?? null,
    ssml: checks,
    ssmlOk: checks.every((c) => c.problems.length === 0),
    error: turn.error ?? null,
    notes: [...settingsNotes, ...turn.notes],
    exchanges: turn.exchanges.map((e) => ({ request: e.request, response: e.response ?? null, error: e.error ?? null })),
  };
}

export type TurnJson = ReturnType<typeof turnJson>;

export async function storedContext(
  store: UserStore,
  userId: string,
): Promise<{ stored: Record<string, unknown> | null; storeError: string | null }> {
  try {
    return { stored: await readStoredContext(store, userId), storeError: null };
  } catch (error) {
    return { stored: null, storeError: (error as Error).message };
  }
}

export async function deleteStoredContext(store: UserStore, userId: string): Promise<void> {
  await store.deleteAttributes(launchRequest({ userId }));
}

/** Where a conversation stands after a turn or a button. */
export function sessionJson(entry: ConversationEntry) {
  const c = entry.conversation;
  return {
    open: c.sessionOpen,
    id: c.sessionId ?? null,
    attributes: c.sessionAttributes ?? null,
  };
}

export function settingsJson(entry: ConversationEntry) {
  const c = entry.conversation;
  return {
    locale: c.locale,
    userId: c.userId,
    timeZone: c.timeZone,
    date: entry.appliedDate,
    clock: c.clock.isSet ? c.clock.peek().toISOString() : null,
  };
}
