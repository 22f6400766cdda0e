import type { ResponseEnvelope } from 'ask-sdk-model';
import { Prompts } from './i18n/prompts';
import { toSupportedLocale } from './locale';
import { escapeXml } from './speech/escape';

/**
 * The answer for an event the SDK cannot even dispatch (no context, no request, not an object):
 * a short spoken apology in the request's language, so Alexa never reports a failed skill.
 */
export function lastResortResponse(event: unknown, random: () => number = Math.random): ResponseEnvelope {
  const locale = toSupportedLocale((event as { request?: { locale?: unknown } } | null)?.request?.locale as string | undefined);
  const apology = new Prompts(locale, {}, random).pick('error');
  return {
    version: '1.0',
    response: { outputSpeech: { type: 'SSML', ssml: `<speak>${escapeXml(apology)}</speak>` }, shouldEndSession: true },
  };
}

/**
 * True when the event names another skill: those are rejected, never answered. An event with no
 * application id at all is malformed rather than foreign, and gets the apology.
 */
export function isForAnotherSkill(event: unknown, skillId: string | undefined): boolean {
  if (!skillId) return false;
  const envelope = event as {
    context?: { System?: { application?: { applicationId?: unknown } } };
    session?: { application?: { applicationId?: unknown } };
  } | null;
  const applicationId = envelope?.context?.System?.application?.applicationId ?? envelope?.session?.application?.applicationId;
  return applicationId !== undefined && applicationId !== skillId;
}
