import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { buildSkill } from '../../lambda/skill';
import { canFulfillIntentRequest } from '../../local/simulator/canFulfill';
import { PROJECT_ROOT } from '../../local/simulator/model';
import { Conversation } from '../../local/simulator/session';
import type { SlotValues } from '../../tools/envelopes';
import { topicSlot, unmatchedTopicSlot } from '../support/content';
import { LOCALES } from '../support/prompts';

/** CanFulfillIntentRequest, tested from envelopes: the answer, and that it has no side effects. */
async function ask(intent: string, slots: SlotValues = {}, locale = 'en-US', edit?: (e: RequestEnvelope) => void) {
  const store = new MemoryUserStore();
  const skill = buildSkill({ store, now: () => Date.parse('2026-05-14T12:00:00Z'), timeZoneLookup: async () => 'UTC' });
  const envelope = canFulfillIntentRequest(intent, slots, { locale });
  edit?.(envelope);
  const response = (await skill.invoke(envelope)) as ResponseEnvelope;
  return { store, response, body: response.response as Record<string, unknown> };
}

describe.each(LOCALES)('CanFulfillIntentRequest in %s', (locale) => {
  test.each(['GetFortuneIntent', 'DailyQuestionIntent', 'ContinueIntent', 'GetTipIntent'])('%s without slots: YES', async (intent) => {
    const { body } = await ask(intent, {}, locale);
    expect(body.canFulfillIntent).toEqual({ canFulfill: 'YES', slots: {} });
  });

  test('a tip on a known topic: YES, and the slot is understood and fulfilled', async () => {
    const { body } = await ask('GetTipIntent', topicSlot('postmortems'), locale);
    expect(body.canFulfillIntent).toEqual({ canFulfill: 'YES', slots: { topic: { canUnderstand: 'YES', canFulfill: 'YES' } } });
  });

  test('a tip on an unknown topic: MAYBE, the slot neither understood nor fulfilled', async () => {
    const { body } = await ask('GetTipIntent', unmatchedTopicSlot('cooking'), locale);
    expect(body.canFulfillIntent).toEqual({ canFulfill: 'MAYBE', slots: { topic: { canUnderstand: 'NO', canFulfill: 'NO' } } });
  });

  test.each([
    'AnswerIntent',
    'QuizGiveUpIntent',
    'NextQuestionIntent',
    'AMAZON.YesIntent',
    'AMAZON.StopIntent',
    'AMAZON.HelpIntent',
    'SomeoneElsesIntent',
  ])('%s: NO (only meaningful inside a session, or not ours)', async (intent) => {
    const { body } = await ask(intent, {}, locale);
    expect((body.canFulfillIntent as { canFulfill: string }).canFulfill).toBe('NO');
  });

  test('never a session, never speech, never a read or write of the store', async () => {
    const { body, store, response } = await ask('GetTipIntent', topicSlot('containers'), locale);
    expect(body.outputSpeech).toBeUndefined();
    expect(body.shouldEndSession).toBeUndefined();
    expect(response.sessionAttributes ?? {}).toEqual({});
    expect({ reads: store.reads, writes: store.writes, items: store.items.size }).toEqual({ reads: 0, writes: 0, items: 0 });
  });
});

test('a request without a userId is still answered', async () => {
  const { body } = await ask('GetFortuneIntent', {}, 'en-US', (e) => {
    delete (e.context.System as { user?: unknown }).user;
  });
  expect(body.canFulfillIntent).toEqual({ canFulfill: 'YES', slots: {} });
});

test('skill.json declares the CAN_FULFILL_INTENT_REQUEST interface', () => {
  const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'skill-package', 'skill.json'), 'utf8'));
  expect(manifest.manifest.apis.custom.interfaces).toContainEqual({ type: 'CAN_FULFILL_INTENT_REQUEST' });
});

describe('name-free requests in the simulator', () => {
  const skill = buildSkill({ store: new MemoryUserStore(), timeZoneLookup: async () => 'UTC' });

  test('outside a session: CanFulfillIntentRequest first, then on YES the intent as a one-shot', async () => {
    const conversation = new Conversation({ skill });
    const turn = await conversation.say('Alexa, give me a tip about postmortems');
    expect(turn.canFulfill).toEqual({ intent: 'GetTipIntent', answer: 'YES' });
    expect(turn.exchanges.map((e) => e.request.request.type)).toEqual(['CanFulfillIntentRequest', 'IntentRequest']);
    expect(turn.exchanges[0]!.request.session).toBeUndefined();
    expect(turn).toMatchObject({ intent: 'GetTipIntent', requestType: 'IntentRequest', newSession: true });
  });

  test('a NO stops there: no intent request, no session', async () => {
    const conversation = new Conversation({ skill });
    const turn = await conversation.say('the answer is docker');
    expect(turn.canFulfill).toEqual({ intent: 'AnswerIntent', answer: 'NO' });
    expect(turn.exchanges).toHaveLength(1);
    expect(turn).toMatchObject({ requestType: 'CanFulfillIntentRequest', sessionOpen: false });
  });

  test('words that fit no intent of the skill are not sent at all', async () => {
    const conversation = new Conversation({ skill });
    const turn = await conversation.say("how's the weather in Paris");
    expect(turn.route.kind).toBe('unrouted');
    expect(turn.exchanges).toHaveLength(0);
  });
});
