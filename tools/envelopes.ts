import { randomUUID } from 'node:crypto';
import type { RequestEnvelope } from 'ask-sdk-model';

/**
 * Builds complete, realistic Alexa request envelopes (session, context.System with device,
 * apiEndpoint and apiAccessToken, user, locale, timestamp) for tests, the simulator and benchmarks.
 */
export interface EnvelopeOptions {
  locale?: string;
  userId?: string;
  deviceId?: string;
  skillId?: string;
  /** The request timestamp: Alexa's "now". */
  timestamp?: Date | string;
  sessionId?: string;
  /** True for the first request of a session. */
  newSession?: boolean;
  sessionAttributes?: Record<string, unknown>;
  apiEndpoint?: string;
  requestId?: string;
}

export const DEFAULT_SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-fortunecookie';
export const DEFAULT_USER_ID = 'amzn1.ask.account.LOCALTESTUSER';
/** "alice" becomes amzn1.ask.account.alice; a full amzn1.… id is kept (npm run dialog and the web simulator). */
export function userIdOf(name: string): string {
  return name.startsWith('amzn1.') ? name : `amzn1.ask.account.${name}`;
}

export const DEFAULT_DEVICE_ID = 'amzn1.ask.device.LOCALTESTDEVICE';

export type SlotValues = Record<string, SlotFill>;
export interface SlotFill {
  value: string;
  /** Entity resolution: an id for ER_SUCCESS_MATCH, null for ER_SUCCESS_NO_MATCH, absent for built-in types. */
  resolvedId?: string | null;
  slotType?: string;
  /** The canonical name of the resolved value (what Alexa's resolutions carry); defaults to `value`. */
  resolvedName?: string;
  /** Further values the words also resolved to (Alexa lists every match, best first). */
  moreResolved?: { id: string; name: string }[];
  /** The intent has this slot but the user did not fill it: sent without a value, as Alexa does. */
  unfilled?: boolean;
}

function base(options: EnvelopeOptions, request: Record<string, unknown>): RequestEnvelope {
  const skillId = options.skillId ?? DEFAULT_SKILL_ID;
  const userId = options.userId ?? DEFAULT_USER_ID;
  const timestamp = options.timestamp instanceof Date ? options.timestamp.toISOString() : (options.timestamp ?? new Date().toISOString());
  const application = { applicationId: skillId };
  const user = { userId };
  const envelope: Record<string, unknown> = {
    version: '1.0',
    context: {
      System: {
        application,
        user,
        device: { deviceId: options.deviceId ?? DEFAULT_DEVICE_ID, supportedInterfaces: {} },
        apiEndpoint: options.apiEndpoint ?? 'https://api.amazonalexa.com',
        apiAccessToken: 'local-api-access-token',
      },
    },
    request: {
      requestId: options.requestId ?? `amzn1.echo-api.request.${randomUUID()}`,
      timestamp,
      locale: options.locale ?? 'en-US',
      ...request,
    },
  };
  if (options.newSession !== undefined || options.sessionId !== undefined || options.sessionAttributes !== undefined) {
    envelope.session = {
      new: options.newSession ?? true,
      sessionId: options.sessionId ?? `amzn1.echo-api.session.${randomUUID()}`,
      application,
      user,
      attributes: options.sessionAttributes ?? {},
    };
  }
  return envelope as unknown as RequestEnvelope;
}

export function launchRequest(options: EnvelopeOptions = {}): RequestEnvelope {
  return base({ newSession: true, ...options }, { type: 'LaunchRequest' });
}

export function intentRequest(name: string, slots: SlotValues = {}, options: EnvelopeOptions = {}): RequestEnvelope {
  const builtSlots: Record<string, unknown> = {};
  for (const [slotName, fill] of Object.entries(slots)) {
    if (fill.unfilled) {
      builtSlots[slotName] = { name: slotName, confirmationStatus: 'NONE' };
      continue;
    }
    const slot: Record<string, unknown> = { name: slotName, value: fill.value, confirmationStatus: 'NONE' };
    if (fill.resolvedId !== undefined) {
      const authority = `amzn1.er-authority.echo-sdk.${options.skillId ?? DEFAULT_SKILL_ID}.${fill.slotType ?? 'CustomType'}`;
      slot.resolutions = {
        resolutionsPerAuthority: [
          fill.resolvedId === null
            ? { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } }
            : {
                authority,
                status: { code: 'ER_SUCCESS_MATCH' },
                values: [{ id: fill.resolvedId, name: fill.resolvedName ?? fill.value }, ...(fill.moreResolved ?? [])].map((v) => ({
                  value: { name: v.name, id: v.id },
                })),
              },
        ],
      };
    }
    builtSlots[slotName] = slot;
  }
  return base(
    { newSession: true, ...options },
    {
      type: 'IntentRequest',
      dialogState: 'COMPLETED',
      intent: { name, confirmationStatus: 'NONE', slots: builtSlots },
    },
  );
}

export function sessionEndedRequest(
  reason: 'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS',
  options: EnvelopeOptions = {},
): RequestEnvelope {
  return base({ newSession: false, ...options }, { type: 'SessionEndedRequest', reason });
}

export function skillDisabledEvent(persistence: 'PERSISTED' | 'NOT_PERSISTED', options: EnvelopeOptions = {}): RequestEnvelope {
  return base(options, {
    type: 'AlexaSkillEvent.SkillDisabled',
    eventCreationTime: options.timestamp ?? new Date().toISOString(),
    eventPublishingTime: options.timestamp ?? new Date().toISOString(),
    body: { userInformationPersistenceStatus: persistence },
  });
}
