import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';

/** Tolerates an intent request without an intent (malformed): it matches nothing and reaches the fallback. */
export function isIntent(input: HandlerInput, ...names: string[]): boolean {
  if (requestTypeOf(input) !== 'IntentRequest') return false;
  const name = (input.requestEnvelope.request as Partial<IntentRequest>).intent?.name;
  return name !== undefined && names.includes(name);
}

export function isRequestType(input: HandlerInput, ...types: string[]): boolean {
  return types.includes(requestTypeOf(input));
}

/** The request type as a string ('' when missing or not a string): a malformed envelope must not throw in canHandle. */
export function requestTypeOf(input: HandlerInput): string {
  const type: unknown = (input.requestEnvelope.request as { type?: unknown } | undefined)?.type;
  return typeof type === 'string' ? type : '';
}
