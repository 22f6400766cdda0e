import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { buildSkill } from '../../lambda/skill';
import { DEFAULT_SKILL_ID, DEFAULT_USER_ID, intentRequest, launchRequest, skillDisabledEvent } from '../../tools/envelopes';
import { Dialog, T0 } from '../support/driver';
import { LOCALES, saysOneOf } from '../support/prompts';
import { seededRandom } from '../support/random';
import { expectValidResponse } from '../support/ssml';
import { storedUser } from '../support/storedUser';

afterEach(() => {
  jest.restoreAllMocks();
});

describe.each(LOCALES)('SessionEndedRequest in %s', (locale) => {
  test.each(['USER_INITIATED', 'EXCEEDED_MAX_REPROMPTS', 'ERROR'] as const)('%s gets an empty response', async (reason) => {
    const dialog = new Dialog({ locale });
    await dialog.launch();
    const reply = await dialog.sessionEnded(reason);
    expect(reply.envelope.response.outputSpeech).toBeUndefined();
    expect(reply.envelope.response.reprompt).toBeUndefined();
    expect(reply.envelope.response.card).toBeUndefined();
  });
});

describe('AlexaSkillEvent.SkillDisabled', () => {
  test("NOT_PERSISTED deletes the listener's stored context, and only theirs", async () => {
    const store = new MemoryUserStore();
    store.items.set(DEFAULT_USER_ID, storedUser());
    store.items.set('amzn1.ask.account.OTHER', storedUser());
    const dialog = new Dialog({ store });
    const reply = await dialog.send(skillDisabledEvent('NOT_PERSISTED', { timestamp: T0 }));
    expect(store.items.has(DEFAULT_USER_ID)).toBe(false);
    expect(store.items.has('amzn1.ask.account.OTHER')).toBe(true);
    expect(reply.envelope.response.outputSpeech).toBeUndefined();
  });

  test('PERSISTED keeps the stored context untouched', async () => {
    const store = new MemoryUserStore();
    const before = storedUser();
    store.items.set(DEFAULT_USER_ID, structuredClone(before));
    const dialog = new Dialog({ store });
    const reply = await dialog.send(skillDisabledEvent('PERSISTED', { timestamp: T0 }));
    expect(store.items.get(DEFAULT_USER_ID)).toEqual(before);
    expect(store.writes).toBe(0);
    expect(reply.envelope.response.outputSpeech).toBeUndefined();
  });

  test('after NOT_PERSISTED the listener is a first-time listener again', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store });
    await dialog.oneShot('GetFortuneIntent');
    expect(store.items.has(DEFAULT_USER_ID)).toBe(true);
    await dialog.send(skillDisabledEvent('NOT_PERSISTED', { timestamp: T0 }));
    const launch = await dialog.launch();
    expect(saysOneOf(launch.text, 'en-US', 'welcome.first')).toBe(true);
  });
});

describe('application id check', () => {
  const options = { skillId: 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555' };

  test('SKILL_ID set: a request for another skill is rejected', async () => {
    const skill = buildSkill({ ...options, random: seededRandom(1), timeZoneLookup: async () => 'UTC' });
    await expect(skill.invoke(launchRequest({ skillId: DEFAULT_SKILL_ID, timestamp: T0 }))).rejects.toThrow(/application id|skill id/i);
    await expect(skill.invoke(intentRequest('GetFortuneIntent', {}, { skillId: 'amzn1.ask.skill.evil', timestamp: T0 }))).rejects.toThrow();
  });

  test('SKILL_ID set: a request for this skill is answered', async () => {
    const skill = buildSkill({ ...options, random: seededRandom(1), timeZoneLookup: async () => 'UTC' });
    const response = await skill.invoke(launchRequest({ skillId: options.skillId, timestamp: T0 }));
    expectValidResponse(response, 'en-US');
    expect(response.response.outputSpeech).toBeDefined();
  });
});
