import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { type EnvelopeOptions, intentRequest, type SlotValues } from '../../tools/envelopes';

/**
 * The CanFulfillIntentRequest Alexa sends before routing a request said without the skill's name: the
 * intent and slots as NLU understood them, no session, no dialog state.
 */
export function canFulfillIntentRequest(intent: string, slots: SlotValues = {}, options: EnvelopeOptions = {}): RequestEnvelope {
  const envelope = intentRequest(intent, slots, options) as unknown as Record<string, unknown>;
  delete envelope.session;
  const request = envelope.request as Record<string, unknown>;
  request.type = 'CanFulfillIntentRequest';
  delete request.dialogState;
  return envelope as unknown as RequestEnvelope;
}

/** The skill's answer: YES, NO or MAYBE, or undefined when the response has none. */
export function canFulfillAnswer(response: ResponseEnvelope | undefined): string | undefined {
  return (response?.response as { canFulfillIntent?: { canFulfill?: string } } | undefined)?.canFulfillIntent?.canFulfill;
}
