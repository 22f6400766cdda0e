import { en } from '../../lambda/i18n/en';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { buildSkill } from '../../lambda/skill';
import { intentRequest, launchRequest, skillDisabledEvent } from '../../tools/envelopes';
import { seededRandom } from '../../tools/seededRandom';

const USER = 'amzn1.ask.account.DELETED-DURING-SESSION';
const at = (minute: number) => `2026-05-14T15:${String(minute).padStart(2, '0')}:00.000Z`;

test('a session still open when the listener deletes their data does not bring the data back', async () => {
  const store = new MemoryUserStore();
  const skill = buildSkill({ store, random: seededRandom(3), timeZoneLookup: async () => 'UTC' });
  const opened = await skill.invoke(launchRequest({ userId: USER, sessionId: 's1', timestamp: at(0) }));
  expect(store.items.has(USER)).toBe(true);

  await skill.invoke(skillDisabledEvent('NOT_PERSISTED', { userId: USER, timestamp: at(1) }));
  expect(store.items.has(USER)).toBe(false);

  // The open session walks a series: a change it would normally save.
  const tip = await skill.invoke(
    intentRequest(
      'GetTipIntent',
      { topic: { value: 'postmortems', resolvedId: 'postmortems' } },
      {
        userId: USER,
        sessionId: 's1',
        newSession: false,
        sessionAttributes: opened.sessionAttributes,
        timestamp: at(2),
      },
    ),
  );
  expect(tip.response.outputSpeech).toBeDefined();
  expect(store.items.has(USER)).toBe(false);
});

test('a launch while the store is unreadable gets the plain first welcome, not a welcome back', async () => {
  const store = new MemoryUserStore();
  store.getAttributes = async () => {
    throw new Error('store down');
  };
  const skill = buildSkill({ store, random: seededRandom(1), timeZoneLookup: async () => 'UTC' });
  const reply = await skill.invoke(launchRequest({ userId: USER, timestamp: at(5) }));
  const ssml = (reply.response.outputSpeech as { ssml: string }).ssml;
  for (const back of en.welcome.back) expect(ssml).not.toContain(back.slice(0, 12));
  expect(en.welcome.first.some((welcome) => ssml.includes(welcome.slice(0, 20)))).toBe(true);
});
