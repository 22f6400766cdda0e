import type { RequestEnvelope } from 'ask-sdk-model';
import { intentRequest, launchRequest, type SlotValues, sessionEndedRequest } from '../../tools/envelopes';
import { AlexaSession, isoSeconds, type SkillLike } from './alexaSession';
import { canFulfillAnswer, canFulfillIntentRequest } from './canFulfill';
import { parseDate, SimClock } from './clock';
import { parseInvocation } from './invocation';
import { defaultModels, type ModelSource } from './model';
import { FALLBACK_INTENT, type Nlu, type NluOptions, nluFor } from './nlu';
import { exchangeWith, readResponse, type SessionEndReason, type Speech, slotValuesOf, type TurnResult } from './turnResult';

// The Conversation's vocabulary, importable with it.
export { apiEndpointFor, type SkillLike } from './alexaSession';
export { type Exchange, type SessionEndReason, type Speech, slotValuesOf, type TurnResult } from './turnResult';

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

/**
 * A conversation with a skill, the way an Alexa device and the Alexa service hold it: utterances are
 * routed (launch, one-shot, in-session), understood with the locale's interaction model, and sent as
 * complete request envelopes; the session is carried by AlexaSession while it is open; silence with the
 * microphone open ends the session; a new session starts after one ended.
 */
export class Conversation {
  readonly skill: SkillLike;
  readonly clock: SimClock;
  readonly models: ModelSource;
  private readonly nluOptions: NluOptions;
  timeZone: string;
  readonly turns: TurnResult[] = [];
  private readonly session: AlexaSession;
  /** The last response's reprompt, played when the user stays silent in the open session. */
  private reprompt?: Speech;

  constructor(options: ConversationOptions) {
    this.skill = options.skill;
    this.models = options.models ?? defaultModels();
    this.nluOptions = { strict: options.strict ?? false };
    this.clock = options.clock ?? new SimClock();
    this.timeZone = options.timeZone ?? 'UTC';
    this.session = new AlexaSession({
      locale: options.locale,
      userId: options.userId,
      deviceId: options.deviceId,
      skillId: options.skillId,
      apiEndpoint: options.apiEndpoint,
      timestamp: () => isoSeconds(this.clock.next()),
    });
    this.nlu(); // fail early on a locale without a model
  }

  get locale(): string {
    return this.session.locale;
  }

  /** Switching the locale (a device set to another language) closes the open session. */
  set locale(locale: string) {
    if (locale === this.session.locale) return;
    nluFor(locale, this.models, this.nluOptions);
    this.session.locale = locale;
    this.session.forget();
  }

  get userId(): string {
    return this.session.userId;
  }

  set userId(userId: string) {
    this.session.userId = userId;
  }

  get sessionOpen(): boolean {
    return this.session.isOpen;
  }

  get sessionId(): string | undefined {
    return this.session.id;
  }

  get sessionAttributes(): Record<string, unknown> | undefined {
    return this.session.attributes;
  }

  nlu(): Nlu {
    return nluFor(this.locale, this.models, this.nluOptions);
  }

  /** Sets the clock: "YYYY-MM-DD" (noon in this conversation's time zone) or an ISO timestamp. */
  setDate(date: string | Date): void {
    this.clock.set(parseDate(date, this.timeZone));
  }

  /** Forgets the open session without telling the skill (the next utterance needs the invocation name). */
  forgetSession(): void {
    this.session.forget();
  }

  /** One user turn: what the user says ("" is silence), optionally at a given date. */
  async say(utterance: string, options: { date?: string | Date } = {}): Promise<TurnResult> {
    if (options.date !== undefined) this.setDate(options.date);
    const turn = this.newTurn(utterance, { kind: 'silence' });
    const nlu = this.nlu();
    const route = parseInvocation(utterance, {
      locale: this.locale,
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
        if (!this.sessionOpen) {
          turn.notes.push('nothing said and no session open: nothing happens');
          return turn;
        }
        turn.repromptPlayed = this.reprompt;
        turn.notes.push(
          this.reprompt ? 'no answer: Alexa played the reprompt, then the user stayed silent again' : 'no answer and no reprompt to play',
        );
        await this.endSession(turn, 'EXCEEDED_MAX_REPROMPTS', 'silence');
        return turn;
      case 'exit':
        await this.endSession(turn, 'USER_INITIATED', 'user');
        return turn;
      case 'launch':
        if (route.restart) turn.notes.push('the invocation name inside a session starts a new session');
        this.session.forget();
        await this.send(turn, launchRequest(this.session.envelopeOptions()));
        return turn;
      case 'oneShot': {
        if (route.restart) turn.notes.push('the invocation name inside a session starts a new session');
        this.session.forget();
        const result = nlu.matchReadings(route.phrases);
        turn.nlu = result;
        await this.send(turn, intentRequest(result.intent, slotValuesOf(result.slots), this.session.envelopeOptions()));
        return turn;
      }
      case 'inSession': {
        const result = nlu.match(route.phrase);
        turn.nlu = result;
        await this.send(turn, intentRequest(result.intent, slotValuesOf(result.slots), this.session.envelopeOptions()));
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
    const request = canFulfillIntentRequest(result.intent, slots, this.session.envelopeOptions());
    const exchange = await exchangeWith(this.skill, turn, request);
    const answer = canFulfillAnswer(exchange.response) ?? 'no answer';
    turn.canFulfill = { intent: result.intent, answer };
    if (answer === 'YES') {
      turn.notes.push(`name-free: the skill answered YES to the CanFulfillIntentRequest for ${result.intent}, so Alexa sends the intent`);
      await this.send(turn, intentRequest(result.intent, slots, this.session.envelopeOptions()));
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
    await this.send(turn, intentRequest(name, slots, this.session.envelopeOptions()));
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
      locale: this.locale,
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

  private async endSession(turn: TurnResult, reason: SessionEndReason, by: 'silence' | 'user'): Promise<void> {
    await this.send(turn, sessionEndedRequest(reason, this.session.envelopeOptions()));
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
    const exchange = await exchangeWith(this.skill, turn, request);
    const response = exchange.response;
    if (first) turn.response = response;

    if (type === 'SessionEndedRequest') {
      this.session.forget();
      turn.sessionOpen = false;
      if (exchange.error) turn.error ??= `the skill failed on SessionEndedRequest: ${exchange.error}`;
      return;
    }
    if (!response || exchange.error) {
      await this.failed(turn, request, exchange.error);
      return;
    }

    readResponse(turn, response, this.locale);
    const body = response.response ?? {};
    turn.sessionOpen = this.session.follow(request, response);
    if (turn.sessionOpen) {
      this.reprompt = turn.reprompt;
      if (!turn.reprompt) turn.notes.push('the session stays open without a reprompt');
      return;
    }
    if (body.shouldEndSession === false) turn.notes.push('the request carried no session, so none stays open');
    if (body.shouldEndSession === undefined) {
      turn.notes.push(
        'shouldEndSession is absent: on a voice-only device the session ends (a screen device would keep it open with the mic closed)',
      );
    }
    turn.sessionEnded = { by: 'skill' };
  }

  /** The skill threw or sent nothing: Alexa apologises, and ends the request's session with a SessionEndedRequest (ERROR). */
  private async failed(turn: TurnResult, request: RequestEnvelope, error: string | undefined): Promise<void> {
    turn.error = `the skill failed: ${error ?? 'no response'}`;
    turn.notes.push('Alexa says "There was a problem with the requested skill\'s response" and ends the session');
    if (request.session) {
      const failedSession = { newSession: false, sessionId: request.session.sessionId, sessionAttributes: {} };
      const ended = sessionEndedRequest('ERROR', this.session.envelopeOptions({ ...failedSession, timestamp: request.request.timestamp }));
      (ended.request as unknown as Record<string, unknown>).error = { type: 'INVALID_RESPONSE', message: turn.error };
      await exchangeWith(this.skill, turn, ended);
    }
    this.session.forget();
    turn.sessionOpen = false;
    turn.sessionEnded = { by: 'error', reason: 'ERROR' };
  }
}
