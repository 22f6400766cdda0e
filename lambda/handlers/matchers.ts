import { getRequestType, type HandlerInput } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';

/** Tolerates an intent request without an intent (malformed): it matches nothing and reaches the fallback. */
export function isIntent(input: HandlerInput, ...names: string[]): boolean {
  if (getRequestType(input.requestEnvelope) !== 'IntentRequest') return false;
  const name = (input.requestEnvelope.request as Partial<IntentRequest>).intent?.name;
  return name !== undefined && names.includes(name);
}

export function isRequestType(input: HandlerInput, ...types: string[]): boolean {
  return types.includes(getRequestType(input.requestEnvelope));
}
