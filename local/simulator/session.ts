import { randomUUID } from 'node:crypto';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import {
  DEFAULT_DEVICE_ID,
  DEFAULT_SKILL_ID,
  DEFAULT_USER_ID,
  type EnvelopeOptions,
  intentRequest,
  launchRequest,
  type SlotValues,
  sessionEndedRequest,
} from '../../tools/envelopes';
import { checkSsml } from '../../tools/ssmlCheck';
import { canFulfillAnswer, canFulfillIntentRequest } from './canFulfill';
import { parseDate, SimClock } from './clock';
import { parseInvocation, type Route } from './invocation';
import { defaultModels, type ModelSource } from './model';
import { FALLBACK_INTENT, type Nlu, type NluOptions, type NluResult, nluFor, type SlotResult } from './nlu';
import { plainSpeech, renderSsml, ssmlOf } from './render';

/** Anything that answers request envelopes like an ask-sdk Skill (the skill in-process, or a client of a server). */
export interface SkillLike {
  invoke(envelope: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope>;
}

export interface ConversationOptions {
  skill: SkillLike;
  locale?: string;
  userId?: string;
  deviceId?: string;
  skillId?: string;
  /** Defaults to the Alexa API endpoint of the locale's region. */
  apiEndpoint?: string;
  /** The clock the request timestamps come from (default: real time). */
  clock?: SimClock;
  /** The time zone "YYYY-MM-DD" dates are read in (noon local time). */
  timeZone?: string;
  models?: ModelSource;
  /** Exact matching only: no generalising tier (npm run dialog -- --strict). */
  strict?: boolean;
}

export type SessionEndReason = 'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS';

export interface Speech {
  ssml: string;
  /** Readable: clips named, other voices and breaks marked. */
  text: string;
  /** What a listener hears, without markers. */
  plain: string;
}

/** One request the turn sent and what came back. */
export interface Exchange {
  request: RequestEnvelope;
  response?: ResponseEnvelope;
  error?: string;
}

export interface TurnResult {
  index: number;
  utterance: string;
  locale: string;
  route: Route;
  nlu?: NluResult;
  /** LaunchRequest, IntentRequest or SessionEndedRequest; undefined when nothing was sent. */
  requestType?: string;
  /** A request said without the skill's name: what the skill answered Alexa's CanFulfillIntentRequest. */
  canFulfill?: { intent: string; answer: string };
  /** The intent sent (IntentRequest only). */
  intent?: string;
  /** The main request and response. */
  request?: RequestEnvelope;
  response?: ResponseEnvelope;
  /** Every request this turn sent, in order (e.g. a SessionEndedRequest after an error). */
  exchanges: Exchange[];
  timestamp?: string;
  /** The request opened a new session. */
  newSession: boolean;
  sessionId?: string;
  /** A session is open after the turn (the microphone is open, waiting for the user). */
  sessionOpen: boolean;
  /** How the session ended in this turn, if it did. */
  sessionEnded?: { by: 'skill' | 'silence' | 'user' | 'error'; reason?: SessionEndReason };
  speech?: Speech;
  reprompt?: Speech;
  /** For silence: the reprompt Alexa played before giving up. */
  repromptPlayed?: Speech;
  card?: { type?: string; title?: string; text?: string; content?: string };
  sessionAttributes?: Record<string, unknown>;
  /** Platform rules the SSML breaks (tools/ssmlCheck). */
  ssmlProblems: string[];
  error?: string;
  notes: string[];
}

interface OpenSession {
  id: string;
  attributes: Record<string, unknown>;
  /** The last response's reprompt, played when the user stays silent. */
  reprompt?: Speech;
}

/** The Alexa API endpoint of a locale's region (North America, Europe, Far East). */
export function apiEndpointFor(locale: string): string {
  if (/^(en-GB|en-IN|de-DE|es-ES|fr-FR|it-IT)$/.test(locale)) return 'https://api.eu.amazonalexa.com';
  if (/^(ja-JP|en-AU)$/.test(locale)) return 'https://api.fe.amazonalexa.com';
  return 'https://api.amazonalexa.com';
}

function speechOf(ssml: string | undefined): Speech | undefined {
  if (!ssml) return undefined;
  return { ssml, text: renderSsml(ssml), plain: plainSpeech(ssml) };
}

/** Slot values for tools/envelopes.ts from an NLU result: every slot of the intent, with entity resolution. */
export function slotValuesOf(slots: Record<string, SlotResult>): SlotValues {
  const values: SlotValues = {};
  for (const slot of Object.values(slots)) {
    if (slot.value === undefined) {
      values[slot.name] = { value: '', unfilled: true };
      continue;
    }
    const resolution = slot.resolution;
    if (!resolution) {
      values[slot.name] = { value: slot.value };
    } else if (resolution.status === 'ER_SUCCESS_NO_MATCH') {
      values[slot.name] = { value: slot.value, resolvedId: null, slotType: slot.type };
    } else {
      const [first, ...more] = resolution.values;
      values[slot.name] = {
        value: slot.value,
        resolvedId: first!.id,
        resolvedName: first!.name,
        moreResolved: more.map((v) => ({ id: v.id, name: v.name })),
        slotType: slot.type,
      };
    }
  }
  return values;
}

/**
 * A conversation with a skill, the way an Alexa device and the Alexa service hold it: utterances are
 * routed (launch, one-shot, in-session), understood with the locale's interaction model, and sent as
 * complete request envelopes; session id and session attributes are carried while the session is open;
 * silence with the microphone open ends the session; a new session starts after one ended.
 */
export class Conversation {
  readonly skill: SkillLike;
  readonly clock: SimClock;
  readonly models: ModelSource;
  private readonly nluOptions: NluOptions;
  userId: string;
  deviceId: string;
  skillId: string;
  timeZone: string;
  readonly turns: TurnResult[] = [];
  private apiEndpointOverride?: string;
  private currentLocale: string;
  private session?: OpenSession;

  constructor(options: ConversationOptions) {
    this.skill = options.skill;
    this.models = options.models ?? defaultModels();
    this.nluOptions = { strict: options.strict ?? false };
    this.currentLocale = options.locale ?? 'en-US';
    this.userId = options.userId ?? DEFAULT_USER_ID;
    this.deviceId = options.deviceId ?? DEFAULT_DEVICE_ID;
    this.skillId = options.skillId ?? DEFAULT_SKILL_ID;
    this.apiEndpointOverride = options.apiEndpoint;
    this.clock = options.clock ?? new SimClock();
    this.timeZone = options.timeZone ?? 'UTC';
    this.nlu(); // fail early on a locale without a model
  }

  get locale(): string {
    return this.currentLocale;
  }

  /** Switching the locale (a device set to another language) closes the open session. */
  set locale(locale: string) {
    if (locale === this.currentLocale) return;
    nluFor(locale, this.models, this.nluOptions);
    this.currentLocale = locale;
    this.session = undefined;
  }

  get apiEndpoint(): string {
    return this.apiEndpointOverride ?? apiEndpointFor(this.currentLocale);
  }

  get sessionOpen(): boolean {
    return this.session !== undefined;
  }

  get sessionId(): string | undefined {
    return this.session?.id;
  }

  get sessionAttributes(): Record<string, unknown> | undefined {
    return this.session?.attributes;
  }

  nlu(): Nlu {
    return nluFor(this.currentLocale, this.models, this.nluOptions);
  }

  /** Sets the clock: "YYYY-MM-DD" (noon in this conversation's time zone) or an ISO timestamp. */
  setDate(date: string | Date): void {
    this.clock.set(parseDate(date, this.timeZone));
  }

  /** Forgets the open session without telling the skill (the next utterance needs the invocation name). */
  forgetSession(): void {
    this.session = undefined;
  }

  /** One user turn: what the user says ("" is silence), optionally at a given date. */
  async say(utterance: string, options: { date?: string | Date } = {}): Promise<TurnResult> {
    if (options.date !== undefined) this.setDate(options.date);
    const turn = this.newTurn(utterance, { kind: 'silence' });
    const nlu = this.nlu();
    const route = parseInvocation(utterance, {
      locale: this.currentLocale,
      invocationName: nlu.model.invocationName,
      inSession: this.sessionOpen,
    });
    turn.route = route;

    switch (route.kind) {
      case 'unrouted':
        if (!this.sessionOpen && (await this.nameFree(turn, utterance))) return turn;
        turn.error = route.reason;
        return turn;
      case 'silence':
        if (!this.session) {
          turn.notes.push('nothing said and no session open: nothing happens');
          return turn;
        }
        turn.repromptPlayed = this.session.reprompt;
        turn.notes.push(
          this.session.reprompt
            ? 'no answer: Alexa played the reprompt, then the user stayed silent again'
            : 'no answer and no reprompt to play',
        );
        await this.endSession(turn, 'EXCEEDED_MAX_REPROMPTS', 'silence');
        return turn;
      case 'exit':
        await this.endSession(turn, 'USER_INITIATED', 'user');
        return turn;
      case 'launch':
        if (route.restart) turn.notes.push('the invocation name inside a session starts a new session');
        this.session = undefined;
        await this.send(turn, launchRequest(this.envelopeOptions()));
        return turn;
      case 'oneShot': {
        if (route.restart) turn.notes.push('the invocation name inside a session starts a new session');
        this.session = undefined;
        const result = nlu.matchReadings(route.phrases);
        turn.nlu = result;
        await this.send(turn, intentRequest(result.intent, slotValuesOf(result.slots), this.envelopeOptions()));
        return turn;
      }
      case 'inSession': {
        const result = nlu.match(route.phrase);
        turn.nlu = result;
        await this.send(turn, intentRequest(result.intent, slotValuesOf(result.slots), this.envelopeOptions()));
        return turn;
      }
    }
  }

  /**
   * Outside a session, words without the skill's name: Alexa asks the skill a CanFulfillIntentRequest
   * for the intent its NLU found, and on YES sends the intent request (a one-shot). False when the
   * words fit no intent of the skill, so Alexa would not ask it.
   */
  private async nameFree(turn: TurnResult, utterance: string): Promise<boolean> {
    const words = utterance.replace(/^\s*alexa\b[\s,]*/i, '');
    const result = this.nlu().match(words);
    if (result.intent === FALLBACK_INTENT) return false;
    turn.nlu = result;
    turn.route = { kind: 'oneShot', phrases: [words], pattern: '(name-free)', restart: false };
    const slots = slotValuesOf(result.slots);
    const request = canFulfillIntentRequest(result.intent, slots, this.envelopeOptions());
    const exchange: Exchange = { request };
    turn.exchanges.push(exchange);
    try {
      exchange.response = await this.skill.invoke(request);
    } catch (error) {
      exchange.error = error instanceof Error ? error.message : String(error);
    }
    const answer = canFulfillAnswer(exchange.response) ?? 'no answer';
    turn.canFulfill = { intent: result.intent, answer };
    if (answer === 'YES') {
      turn.notes.push(`name-free: the skill answered YES to the CanFulfillIntentRequest for ${result.intent}, so Alexa sends the intent`);
      await this.send(turn, intentRequest(result.intent, slots, this.envelopeOptions()));
      return true;
    }
    turn.request = request;
    turn.requestType = 'CanFulfillIntentRequest';
    turn.response = exchange.response;
    turn.timestamp = request.request.timestamp;
    turn.sessionOpen = false;
    if (exchange.error) turn.error = `the skill failed on CanFulfillIntentRequest: ${exchange.error}`;
    turn.notes.push(`name-free: the skill answered ${answer} for ${result.intent}; Alexa would not send it the request (no session)`);
    return true;
  }

  /** Sends an intent directly (no NLU): in the open session, or as a one-shot. */
  async intent(name: string, slots: SlotValues = {}): Promise<TurnResult> {
    const turn = this.blankTurn(`(intent ${name})`);
    await this.send(turn, intentRequest(name, slots, this.envelopeOptions()));
    return turn;
  }

  /** Sends a prepared envelope as this conversation's next request (its session is followed). */
  async sendEnvelope(envelope: RequestEnvelope, label = '(envelope)'): Promise<TurnResult> {
    const turn = this.blankTurn(label);
    await this.send(turn, envelope);
    return turn;
  }

  /** A turn sent without routing: in the open session, or as a one-shot. */
  private blankTurn(utterance: string): TurnResult {
    return this.newTurn(
      utterance,
      this.sessionOpen
        ? { kind: 'inSession', phrase: utterance }
        : { kind: 'oneShot', phrases: [utterance], pattern: '(direct)', restart: false },
    );
  }

  private newTurn(utterance: string, route: TurnResult['route']): TurnResult {
    const turn: TurnResult = {
      index: this.turns.length + 1,
      utterance,
      locale: this.currentLocale,
      route,
      exchanges: [],
      newSession: false,
      sessionOpen: this.sessionOpen,
      ssmlProblems: [],
      notes: [],
    };
    this.turns.push(turn);
    return turn;
  }

  /** Envelope options for the next request: locale, user, device, clock, and the open session if any. */
  envelopeOptions(): EnvelopeOptions {
    const common: EnvelopeOptions = {
      locale: this.currentLocale,
      userId: this.userId,
      deviceId: this.deviceId,
      skillId: this.skillId,
      apiEndpoint: this.apiEndpoint,
      timestamp: isoSeconds(this.clock.next()),
    };
    if (this.session) {
      return { ...common, newSession: false, sessionId: this.session.id, sessionAttributes: structuredClone(this.session.attributes) };
    }
    return { ...common, newSession: true, sessionId: `amzn1.echo-api.session.${randomUUID()}` };
  }

  private async endSession(turn: TurnResult, reason: SessionEndReason, by: 'silence' | 'user'): Promise<void> {
    await this.send(turn, sessionEndedRequest(reason, this.envelopeOptions()));
    turn.sessionEnded = { by, reason };
  }

  private async send(turn: TurnResult, request: RequestEnvelope): Promise<void> {
    const type = request.request.type;
    const first = turn.request === undefined;
    if (first) {
      turn.request = request;
      turn.requestType = type;
      turn.intent = type === 'IntentRequest' ? (request.request as { intent: { name: string } }).intent.name : undefined;
      turn.timestamp = request.request.timestamp;
      turn.newSession = request.session?.new === true;
      turn.sessionId = request.session?.sessionId;
    }
    const exchange: Exchange = { request };
    turn.exchanges.push(exchange);
    let response: ResponseEnvelope | undefined;
    try {
      response = await this.skill.invoke(request);
      exchange.response = response;
    } catch (error) {
      exchange.error = error instanceof Error ? error.message : String(error);
    }
    if (first) turn.response = response;

    if (type === 'SessionEndedRequest') {
      this.session = undefined;
      turn.sessionOpen = false;
      if (exchange.error) turn.error ??= `the skill failed on SessionEndedRequest: ${exchange.error}`;
      return;
    }
    if (!response || exchange.error) {
      turn.error = `the skill failed: ${exchange.error ?? 'no response'}`;
      turn.notes.push('Alexa says "There was a problem with the requested skill\'s response" and ends the session');
      const hadSession = request.session !== undefined;
      this.session = hadSession ? { id: request.session!.sessionId, attributes: {} } : undefined;
      if (hadSession) {
        const ended = sessionEndedRequest('ERROR', { ...this.envelopeOptions(), timestamp: request.request.timestamp });
        (ended.request as unknown as Record<string, unknown>).error = { type: 'INVALID_RESPONSE', message: turn.error };
        const after: Exchange = { request: ended };
        turn.exchanges.push(after);
        try {
          after.response = await this.skill.invoke(ended);
        } catch (error) {
          after.error = error instanceof Error ? error.message : String(error);
        }
      }
      this.session = undefined;
      turn.sessionOpen = false;
      turn.sessionEnded = { by: 'error', reason: 'ERROR' };
      return;
    }

    const body = response.response ?? {};
    turn.speech = speechOf(ssmlOf(body.outputSpeech as { type?: string; ssml?: string; text?: string } | undefined));
    turn.reprompt = speechOf(ssmlOf(body.reprompt?.outputSpeech as { type?: string; ssml?: string; text?: string } | undefined));
    turn.card = body.card as TurnResult['card'];
    turn.sessionAttributes = response.sessionAttributes as Record<string, unknown> | undefined;
    for (const [label, speech] of [
      ['speech', turn.speech],
      ['reprompt', turn.reprompt],
    ] as const) {
      if (speech) for (const problem of checkSsml(speech.ssml, this.currentLocale)) turn.ssmlProblems.push(`${label}: ${problem}`);
    }

    if (body.shouldEndSession === false) {
      this.session = {
        id: request.session?.sessionId ?? `amzn1.echo-api.session.${randomUUID()}`,
        attributes: (response.sessionAttributes ?? {}) as Record<string, unknown>,
        reprompt: turn.reprompt,
      };
      turn.sessionOpen = true;
      if (!turn.reprompt) turn.notes.push('the session stays open without a reprompt');
    } else {
      if (body.shouldEndSession === undefined) {
        turn.notes.push(
          'shouldEndSession is absent: on a voice-only device the session ends (a screen device would keep it open with the mic closed)',
        );
      }
      this.session = undefined;
      turn.sessionOpen = false;
      turn.sessionEnded = { by: 'skill' };
    }
  }
}

/** Alexa's timestamps carry whole seconds: "2026-05-14T19:00:00Z". */
function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
