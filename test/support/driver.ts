import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Catalog } from '../../lambda/content/catalog';
import { contentCatalog } from '../../lambda/content/contentCatalog';
import type { ContentItem } from '../../lambda/content/types';
import { type LocalDay, localDay } from '../../lambda/domain/calendar';
import { languageOf, toSupportedLocale } from '../../lambda/locale';
import type { UserStore } from '../../lambda/persistence/port';
import type { SkillOptions } from '../../lambda/skill';
import { AlexaSession, type SkillLike } from '../../local/simulator/alexaSession';
import { buildLocalSkill } from '../../local/simulator/localSkill';
import type { SessionEndReason } from '../../local/simulator/turnResult';
import { type EnvelopeOptions, intentRequest, launchRequest, type SlotValues, sessionEndedRequest } from '../../tools/envelopes';
import { seededRandom } from './random';
import { audioSources, expectValidResponse, spokenText } from './ssml';

/** A Thursday afternoon in UTC: the default "now" of a dialog. */
export const T0 = new Date('2026-05-14T15:00:00.000Z');

export interface DialogOptions {
  locale?: string;
  userId?: string;
  /** What the injected time-zone lookup answers. */
  timeZone?: string;
  /** The request timestamp of the next request. */
  at?: Date;
  store?: UserStore;
  /** Share one skill between dialogs (several users, or several sessions of one user). */
  skill?: SkillLike;
  /** Extra buildSkill options (ignored when `skill` is given). */
  skillOptions?: Partial<SkillOptions>;
  seed?: number;
  /** Check every response against the platform rules (default true). */
  validate?: boolean;
}

/** One response, with the parts tests look at. */
export class Reply {
  constructor(
    readonly envelope: ResponseEnvelope,
    readonly request: RequestEnvelope,
  ) {}

  get ssml(): string | undefined {
    return (this.envelope.response.outputSpeech as { ssml?: string } | undefined)?.ssml;
  }

  get repromptSsml(): string | undefined {
    return (this.envelope.response.reprompt?.outputSpeech as { ssml?: string } | undefined)?.ssml;
  }

  /** The speech as plain text. */
  get text(): string {
    return spokenText(this.ssml);
  }

  get repromptText(): string {
    return spokenText(this.repromptSsml);
  }

  get card(): { title?: string; text?: string; type?: string } | undefined {
    return this.envelope.response.card as { title?: string; text?: string; type?: string } | undefined;
  }

  get ended(): boolean {
    return this.envelope.response.shouldEndSession === true;
  }

  get open(): boolean {
    return this.envelope.response.shouldEndSession === false;
  }

  get audio(): string[] {
    return audioSources(this.ssml);
  }

  get sessionAttributes(): Record<string, unknown> | undefined {
    return this.envelope.sessionAttributes as Record<string, unknown> | undefined;
  }
}

/**
 * A conversation with the skill for tests: the simulator's AlexaSession (local/simulator/alexaSession.ts, the
 * piece Conversation carries its session with) builds each envelope for one locale, user and clock and follows
 * the session; this layer adds the test's clock (the request timestamp is `at`, exactly), per-request envelope
 * options, and a check of every response against the platform rules.
 */
export class Dialog {
  readonly skill: SkillLike;
  readonly store?: UserStore;
  timeZone: string;
  at: Date;
  readonly replies: Reply[] = [];
  private readonly validate: boolean;
  private readonly session: AlexaSession;

  constructor(options: DialogOptions = {}) {
    this.timeZone = options.timeZone ?? 'UTC';
    this.at = options.at ?? T0;
    this.store = options.store;
    this.validate = options.validate ?? true;
    this.session = new AlexaSession({ locale: options.locale, userId: options.userId, timestamp: () => this.at });
    this.skill =
      options.skill ??
      buildLocalSkill({
        store: options.store,
        random: seededRandom(options.seed ?? 7),
        now: () => this.at.getTime(),
        timeZone: () => this.timeZone,
        ...options.skillOptions,
      });
  }

  get locale(): string {
    return this.session.locale;
  }

  get userId(): string {
    return this.session.userId;
  }

  /** The locale the skill answers in (unsupported request locales map to a supported one). */
  get answerLocale(): ReturnType<typeof toSupportedLocale> {
    return toSupportedLocale(this.locale);
  }

  get catalog(): Catalog {
    return contentCatalog(languageOf(this.answerLocale), this.answerLocale);
  }

  get day(): LocalDay {
    return localDay(this.at.getTime(), this.timeZone);
  }

  get inSession(): boolean {
    return this.session.isOpen;
  }

  get sessionAttributes(): Record<string, unknown> | undefined {
    return this.session.attributes;
  }

  /** Forget the open session: the next request starts a new one. */
  endSession(): this {
    this.session.forget();
    return this;
  }

  /** Move the clock (the next request's timestamp). */
  setTime(at: Date | string): this {
    this.at = typeof at === 'string' ? new Date(at) : at;
    return this;
  }

  /** Opens a new session with a LaunchRequest. */
  launch(options: EnvelopeOptions = {}): Promise<Reply> {
    this.session.forget();
    return this.send(launchRequest(this.envelopeOptions(options)));
  }

  /** An intent in the open session, or a one-shot (a new session) when none is open. */
  intent(name: string, slots: SlotValues = {}, options: EnvelopeOptions = {}): Promise<Reply> {
    return this.send(intentRequest(name, slots, this.envelopeOptions(options)));
  }

  /** Always a new session. */
  oneShot(name: string, slots: SlotValues = {}, options: EnvelopeOptions = {}): Promise<Reply> {
    this.session.forget();
    return this.intent(name, slots, options);
  }

  sessionEnded(reason: SessionEndReason = 'USER_INITIATED'): Promise<Reply> {
    return this.send(sessionEndedRequest(reason, this.envelopeOptions({})));
  }

  /** Sends a prepared envelope as is, then follows the session the response leaves open (or closes). */
  async send(envelope: RequestEnvelope): Promise<Reply> {
    const response = await this.skill.invoke(envelope);
    const reply = new Reply(response, envelope);
    this.replies.push(reply);
    if (this.validate) expectValidResponse(response, toSupportedLocale((envelope.request as { locale?: string }).locale));
    this.session.follow(envelope, response);
    return reply;
  }

  /** Envelope options for the next request: this dialog's locale, user, clock and session; `options` win. */
  envelopeOptions(options: EnvelopeOptions): EnvelopeOptions {
    return this.session.envelopeOptions(options);
  }
}

/** Finds the content item whose card a response shows. */
export function itemByCard(catalog: Catalog, cardText: string | undefined): ContentItem | undefined {
  const all = [...catalog.tips, ...catalog.fortunes];
  return all.find((item) => item.card === cardText);
}
