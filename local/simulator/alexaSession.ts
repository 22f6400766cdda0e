import { randomUUID } from 'node:crypto';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { DEFAULT_DEVICE_ID, DEFAULT_SKILL_ID, DEFAULT_USER_ID, type EnvelopeOptions } from '../../tools/envelopes';

/** Anything that answers request envelopes like an ask-sdk Skill (the skill in-process, or a client of a server). */
export interface SkillLike {
  invoke(envelope: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope>;
}

export interface AlexaSessionOptions {
  locale?: string;
  userId?: string;
  deviceId?: string;
  skillId?: string;
  /** Defaults to the Alexa API endpoint of the locale's region. */
  apiEndpoint?: string;
  /** The next request's timestamp, asked once per envelope (default: now, in whole seconds as Alexa sends it). */
  timestamp?: () => Date | string;
}

interface OpenSession {
  id: string;
  attributes: Record<string, unknown>;
}

/** The Alexa API endpoint of a locale's region (North America, Europe, Far East). */
export function apiEndpointFor(locale: string): string {
  if (/^(en-GB|en-IN|de-DE|es-ES|fr-FR|it-IT)$/.test(locale)) return 'https://api.eu.amazonalexa.com';
  if (/^(ja-JP|en-AU)$/.test(locale)) return 'https://api.fe.amazonalexa.com';
  return 'https://api.amazonalexa.com';
}

/** Alexa's timestamps carry whole seconds: "2026-05-14T19:00:00Z". */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * How Alexa carries a session between requests, for the simulator's Conversation and the tests' driver alike:
 * each envelope carries the device's locale, user, device and clock, and the open session (its id and a copy of
 * the attributes the last response left); a response keeps the session open only when its request belonged to
 * one and it said shouldEndSession: false (a request without a session, such as a skill event, opens none).
 */
export class AlexaSession {
  locale: string;
  userId: string;
  deviceId: string;
  skillId: string;
  apiEndpointOverride?: string;
  private readonly timestamp: () => Date | string;
  private open?: OpenSession;

  constructor(options: AlexaSessionOptions = {}) {
    this.locale = options.locale ?? 'en-US';
    this.userId = options.userId ?? DEFAULT_USER_ID;
    this.deviceId = options.deviceId ?? DEFAULT_DEVICE_ID;
    this.skillId = options.skillId ?? DEFAULT_SKILL_ID;
    this.apiEndpointOverride = options.apiEndpoint;
    this.timestamp = options.timestamp ?? (() => isoSeconds(new Date()));
  }

  get apiEndpoint(): string {
    return this.apiEndpointOverride ?? apiEndpointFor(this.locale);
  }

  get isOpen(): boolean {
    return this.open !== undefined;
  }

  get id(): string | undefined {
    return this.open?.id;
  }

  get attributes(): Record<string, unknown> | undefined {
    return this.open?.attributes;
  }

  /** Forgets the open session without telling the skill: the next request starts a new one. */
  forget(): void {
    this.open = undefined;
  }

  /** Envelope options for the next request; `overrides` (a test's requestId, deviceId …) win. */
  envelopeOptions(overrides: EnvelopeOptions = {}): EnvelopeOptions {
    const common: EnvelopeOptions = {
      locale: this.locale,
      userId: this.userId,
      deviceId: this.deviceId,
      skillId: this.skillId,
      apiEndpoint: this.apiEndpoint,
      timestamp: this.timestamp(),
    };
    const session: EnvelopeOptions = this.open
      ? { newSession: false, sessionId: this.open.id, sessionAttributes: structuredClone(this.open.attributes) }
      : { newSession: true, sessionId: `amzn1.echo-api.session.${randomUUID()}` };
    return { ...common, ...session, ...overrides };
  }

  /** Follows what the skill answered `request` (undefined: it failed); true when a session is open after it. */
  follow(request: RequestEnvelope, response: ResponseEnvelope | undefined): boolean {
    // A pasted or fuzzed envelope may carry `session: null`: that is no session.
    const session = request.session ?? undefined;
    this.open =
      session && response?.response?.shouldEndSession === false
        ? { id: session.sessionId, attributes: (response.sessionAttributes ?? {}) as Record<string, unknown> }
        : undefined;
    return this.open !== undefined;
  }
}
