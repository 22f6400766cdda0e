import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { canfulfill, Slot } from 'ask-sdk-model';

/**
 * Name-free interaction: Alexa asks whether the skill can serve a request said without its name
 * ("Alexa, give me a tip about postmortems") before sending it. The answer has no side effects: no
 * speech, no session, nothing read or written (the turn interceptor loads no user for this request type,
 * so nothing is saved), and it may arrive without a userId.
 *
 * YES: the skill serves the intent with every slot it was given (a known topic, or none).
 * MAYBE: the intent is the skill's but a slot value is not one it knows (it would offer its topics).
 * NO: anything else, including quiz answers and giving up, which only count while a question waits in a session,
 * and the built-in intents, which only mean something inside a session.
 */
const SERVED_BY_NAME = new Set(['GetFortuneIntent', 'GetTipIntent', 'DailyQuestionIntent', 'ContinueIntent']);

type Answer = canfulfill.CanFulfillIntentValues;

export const CanFulfillIntentHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'CanFulfillIntentRequest',
  handle(input) {
    const request = input.requestEnvelope.request as canfulfill.CanFulfillIntentRequest;
    const intent = request.intent;
    const served = intent !== undefined && SERVED_BY_NAME.has(intent.name);
    const slots: Record<string, canfulfill.CanFulfillSlot> = {};
    let answer: Answer = served ? 'YES' : 'NO';
    for (const [name, slot] of Object.entries(intent?.slots ?? {})) {
      if (slot.value === undefined) continue;
      const known = served && isKnownValue(slot);
      slots[name] = { canUnderstand: known ? 'YES' : 'NO', canFulfill: known ? 'YES' : 'NO' };
      if (!known && answer === 'YES') answer = 'MAYBE';
    }
    return input.responseBuilder.withCanFulfillIntent({ canFulfill: answer, slots }).getResponse();
  },
};

/** A custom slot value the model resolved (ER_SUCCESS_MATCH): the skill has content for it. */
function isKnownValue(slot: Slot): boolean {
  return (slot.resolutions?.resolutionsPerAuthority ?? []).some((r) => r.status.code === 'ER_SUCCESS_MATCH');
}
