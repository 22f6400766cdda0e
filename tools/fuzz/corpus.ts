import type { RequestEnvelope } from 'ask-sdk-model';
import { SUPPORTED_LOCALES } from '../../lambda/locale';
import { intentRequest, launchRequest, type SlotValues, sessionEndedRequest, skillDisabledEvent } from '../envelopes';

/**
 * The fuzzer's starting points: a valid envelope of every request type the skill serves, in every
 * locale, for a small pool of users (a small pool keeps the log scan's list of private values short).
 */
export const FUZZ_USERS = ['amzn1.ask.account.FUZZ-ANNA', 'amzn1.ask.account.FUZZ-BERT', 'amzn1.ask.account.FUZZ-CARA'];
export const FUZZ_TIMESTAMP = '2026-05-14T15:00:00.000Z';

const TOPIC_SLOT: SlotValues = { topic: { value: 'postmortems', resolvedId: 'postmortems', slotType: 'TopicType' } };
const ANSWER_SLOT: SlotValues = { answer: { value: 'seven', resolvedId: 'seven', slotType: 'QuizAnswerType' } };

/** Intents with the slots they take: every intent of the interaction model, and one it does not have. */
export const FUZZ_INTENTS: [string, SlotValues][] = [
  ['GetFortuneIntent', {}],
  ['GetTipIntent', TOPIC_SLOT],
  ['GetTipIntent', {}],
  ['DailyQuestionIntent', {}],
  ['AnswerIntent', ANSWER_SLOT],
  ['AnswerIntent', { number: { value: '7' } }],
  ['QuizGiveUpIntent', {}],
  ['NextQuestionIntent', {}],
  ['ContinueIntent', TOPIC_SLOT],
  ['AMAZON.HelpIntent', {}],
  ['AMAZON.StopIntent', {}],
  ['AMAZON.CancelIntent', {}],
  ['AMAZON.FallbackIntent', {}],
  ['AMAZON.NavigateHomeIntent', {}],
  ['AMAZON.RepeatIntent', {}],
  ['AMAZON.NextIntent', {}],
  ['AMAZON.PreviousIntent', {}],
  ['AMAZON.StartOverIntent', {}],
  ['AMAZON.ResumeIntent', {}],
  ['AMAZON.YesIntent', {}],
  ['AMAZON.NoIntent', {}],
];

export interface Seed {
  envelope: RequestEnvelope;
  userId: string;
  /** True for a request inside an open session: it gets session attributes the skill wrote. */
  inSession: boolean;
}

/** Every seed envelope; `userIndex` spreads them over FUZZ_USERS. */
export function seedEnvelopes(): Seed[] {
  const seeds: Seed[] = [];
  let n = 0;
  for (const locale of SUPPORTED_LOCALES) {
    const options = () => {
      const userId = FUZZ_USERS[n++ % FUZZ_USERS.length]!;
      return { userId, locale, timestamp: FUZZ_TIMESTAMP, apiEndpoint: 'http://127.0.0.1:9', requestId: `fuzz-seed-${n}` };
    };
    const push = (envelope: RequestEnvelope, inSession: boolean) =>
      seeds.push({ envelope, userId: envelope.context.System.user.userId, inSession });
    push(launchRequest(options()), false);
    for (const [name, slots] of FUZZ_INTENTS) {
      push(intentRequest(name, slots, { ...options(), newSession: true }), false);
      push(intentRequest(name, slots, { ...options(), newSession: false, sessionId: 'amzn1.echo-api.session.FUZZ-SESSION' }), true);
    }
    push(sessionEndedRequest('USER_INITIATED', { ...options(), sessionId: 'amzn1.echo-api.session.FUZZ-SESSION' }), true);
    push(sessionEndedRequest('ERROR', { ...options(), sessionId: 'amzn1.echo-api.session.FUZZ-SESSION' }), true);
    push(skillDisabledEvent('PERSISTED', options()), false);
    push(skillDisabledEvent('NOT_PERSISTED', options()), false);
    const canFulfill = launchRequest(options()) as unknown as { request: Record<string, unknown>; session?: unknown };
    canFulfill.request = { ...canFulfill.request, type: 'CanFulfillIntentRequest', intent: { name: 'GetTipIntent', slots: {} } };
    delete canFulfill.session;
    push(canFulfill as unknown as RequestEnvelope, false);
  }
  return seeds;
}
