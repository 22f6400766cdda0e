import type { Response } from 'ask-sdk-model';
import { logger } from '../observability/logger';
import type { SessionState } from '../turn';
import { SESSION_BOUNDS, SESSION_KEYS } from './sessionState';
import { readUserCopy } from './userCopy';

/** Alexa refuses a response over 24 KB (docs/platform-limits.md); the margin covers the envelope's own keys. */
export const MAX_RESPONSE_BYTES = 24 * 1024;
const ENVELOPE_MARGIN_BYTES = 512;

/**
 * The most the session's structured state can take as JSON, by its bounds (SESSION_BOUNDS, the user
 * copies' schema): everything but the stored answer's speech and card. test/handlers/sessionBounds
 * builds a maximal state and checks it fits.
 */
export const STRUCTURED_STATE_MAX_BYTES = 14 * 1024;

/**
 * What the session carries to its next turn: only the skill's own keys (SESSION_KEYS), the heard list
 * at its bound, and the user copies only when they are well-formed (otherwise the next turn reads the
 * store again). The response must stay under 24 KB with them: when the stored answer would push it
 * over, the stored answer goes first ("say that again" then answers from the listener's context),
 * then the session's lists; the structured state is bounded, so that always suffices.
 */
export function sessionAttributesFor(session: SessionState, response: Response): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const key of SESSION_KEYS) if (session[key] !== undefined) attributes[key] = session[key];
  if (session.heard && session.heard.length > SESSION_BOUNDS.heard) attributes.heard = session.heard.slice(-SESSION_BOUNDS.heard);
  if (session.user !== undefined && !readUserCopy(session.user)) {
    logger.warn('the user context is not well-formed; the session does not carry it (the next turn reads the store)');
    delete attributes.user;
    delete attributes.storedBase;
    delete attributes.readOnly;
    delete attributes.unconfirmed;
  } else if (session.storedBase !== undefined && !readUserCopy(session.storedBase)) {
    delete attributes.user;
    delete attributes.storedBase;
    delete attributes.readOnly;
    delete attributes.unconfirmed;
  }
  if (roughBytes(response, session) <= MAX_RESPONSE_BYTES - ENVELOPE_MARGIN_BYTES) return attributes;
  return fitted(attributes, response);
}

/**
 * An upper bound on the response's size, from string lengths alone (no serialising on the common path):
 * twice a string's UTF-8 bytes covers JSON escaping of quotes, plus the structured state's bound.
 */
function roughBytes(response: Response, session: SessionState): number {
  const speech = (response.outputSpeech as { ssml?: string; text?: string } | undefined) ?? {};
  const reprompt = (response.reprompt?.outputSpeech as { ssml?: string; text?: string } | undefined) ?? {};
  const card = (response.card as { title?: string; text?: string; content?: string } | undefined) ?? {};
  const strings = [
    speech.ssml,
    speech.text,
    reprompt.ssml,
    reprompt.text,
    card.title,
    card.text,
    card.content,
    session.last?.ssml,
    session.last?.repromptSsml,
    session.last?.card?.title,
    session.last?.card?.text,
  ];
  let bytes = STRUCTURED_STATE_MAX_BYTES;
  for (const text of strings) if (typeof text === 'string') bytes += 2 * Buffer.byteLength(text) + 2;
  // Directives and anything else in the response: measured, they are rare and small.
  const { outputSpeech: _speech, reprompt: _reprompt, card: _card, ...rest } = response;
  return bytes + Buffer.byteLength(JSON.stringify(rest));
}

/** Drops what the next turn can do without, in order, until the response fits. */
function fitted(attributes: Record<string, unknown>, response: Response): Record<string, unknown> {
  const trimmed = { ...attributes };
  const dropped: string[] = [];
  const steps: (() => void)[] = [
    () => {
      const last = trimmed.last as Record<string, unknown> | undefined;
      if (last?.card) trimmed.last = { ...last, card: undefined };
      dropped.push('last.card');
    },
    () => {
      delete trimmed.last;
      dropped.push('last');
    },
    () => {
      delete trimmed.heard;
      delete trimmed.variants;
      dropped.push('heard', 'variants');
    },
  ];
  for (const step of steps) {
    if (bytesOf(response, trimmed) < MAX_RESPONSE_BYTES) break;
    step();
  }
  if (dropped.length > 0) logger.warn('response near the 24 KB limit; session state trimmed', { dropped });
  return trimmed;
}

function bytesOf(response: Response, sessionAttributes: Record<string, unknown>): number {
  return Buffer.byteLength(JSON.stringify({ version: '1.0', sessionAttributes, userAgent: 'ask-node/2.14.0 Node/v20', response }));
}
