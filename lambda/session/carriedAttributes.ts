import type { HandlerInput, Skill } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { continueRequest } from '../observability/requestStats';

/**
 * Session attributes as the request carried them, kept out of ask-sdk's per-request deep copy.
 * ask-sdk copies them (`JSON.parse(JSON.stringify(...))`) before any handler runs: a tenth of a warm
 * turn's CPU with the session this skill carries (docs/performance.md). The skill never reads them in
 * place: readSessionState builds its own bounded copy, and every answer sets fresh attributes
 * (saveStateInterceptor, the error handler), so the SDK's copy was never used.
 */
const carried = new WeakMap<RequestEnvelope, unknown>();

/** `skill` with its invoke handing the session attributes past the SDK's copy (see above). */
export function withCarriedAttributes(skill: Skill): Skill {
  const invoke = skill.invoke.bind(skill);
  skill.invoke = (envelope, context) => invoke(setAttributesAside(envelope), context);
  return skill;
}

/**
 * The envelope the SDK sees: the same request, its session without attributes (a shallow copy: the
 * caller's envelope is left as it was). The request's stats follow it.
 */
function setAttributesAside(envelope: RequestEnvelope): RequestEnvelope {
  const session = (envelope as Partial<RequestEnvelope> | null | undefined)?.session;
  if (typeof session !== 'object' || session === null || !session.attributes) return envelope;
  const aside = { ...envelope, session: { ...session, attributes: undefined } } as RequestEnvelope;
  carried.set(aside, session.attributes);
  continueRequest(envelope, aside);
  return aside;
}

/** The session attributes the request carried (read-only: readers copy what they keep). */
export function carriedSessionAttributes(input: HandlerInput): unknown {
  const envelope = input.requestEnvelope;
  return carried.has(envelope) ? carried.get(envelope) : input.attributesManager.getSessionAttributes();
}
