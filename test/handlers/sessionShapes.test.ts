import type { Response } from 'ask-sdk-model';
import { TOPIC_IDS } from '../../lambda/content/types';
import { RECURRING_PROMPTS, type UserContext, WRITE_TOKENS_KEPT } from '../../lambda/domain/userContext';
import { UNCONFIRMED_TOKENS_KEPT } from '../../lambda/persistence/unconfirmedWrites';
import { MAX_RESPONSE_BYTES, STRUCTURED_STATE_MAX_BYTES, sessionAttributesFor } from '../../lambda/session/sessionAttributes';
import { readSessionState, SESSION_BOUNDS } from '../../lambda/session/sessionState';
import { isSkillSpeech } from '../../lambda/session/speechShape';
import { CLIPS } from '../../lambda/speech/clips';
import type { SessionState } from '../../lambda/turn';
import { topicSlot } from '../support/content';
import { Dialog } from '../support/driver';
import { LOCALES } from '../support/prompts';

/** The session schema's readers and bounds, one by one (sessionBounds.test.ts drives them through the skill). */
describe.each(LOCALES)('a stored answer replayed in %s', (locale) => {
  test('every answer of a dialog has the shape a replay accepts', async () => {
    const dialog = new Dialog({ locale });
    await dialog.launch();
    await dialog.intent('GetFortuneIntent');
    // Tips name tools and people: German speech reads those in English (<lang>).
    await dialog.intent('GetTipIntent', topicSlot('metrics'));
    await dialog.intent('GetTipIntent', topicSlot('containers'));
    await dialog.intent('AMAZON.HelpIntent');
    for (const reply of dialog.replies) {
      const last = reply.sessionAttributes?.last as { ssml: string; repromptSsml?: string } | undefined;
      expect(isSkillSpeech(last?.ssml, dialog.answerLocale)).toBe(true);
      if (last?.repromptSsml) expect(isSkillSpeech(last.repromptSsml, dialog.answerLocale)).toBe(true);
    }
  });
});

test.each([
  ['a raw ampersand', 'salt & pepper'],
  ['a stray bracket', 'a < b'],
  ['an unclosed tag', '<sub alias="x">y'],
  ['crossed tags', '<sub alias="a"><say-as interpret-as="characters">b</sub></say-as>'],
  ['a tag the skill never writes', '<break time="3s"/>'],
  ['a language the skill does not speak', '<lang xml:lang="fr-FR">bonjour</lang>'],
  ['a voice of another locale', '<voice name="Hans">hallo</voice>'],
  ['a clip that is not the skill’s', '<audio src="https://example.com/a.mp3"/>'],
  ['an unknown say-as', '<say-as interpret-as="shout">x</say-as>'],
  ['9,000 characters', 'x'.repeat(9000)],
  ['nothing', ''],
])('a replay refuses speech with %s', (_name, ssml) => {
  expect(isSkillSpeech(ssml, 'en-US')).toBe(false);
});

test('a replay accepts the skill’s own tags for en-US, and refuses emotion in de-DE', () => {
  const ssml = `<amazon:emotion name="excited" intensity="medium">Hi</amazon:emotion> <audio src="${CLIPS.open}"/> <voice name="Matthew">q</voice>`;
  expect(isSkillSpeech(ssml, 'en-US')).toBe(true);
  expect(isSkillSpeech('<amazon:emotion name="excited" intensity="medium">Hallo</amazon:emotion>', 'de-DE')).toBe(false);
});

/** A user context with every field at its longest (ids of 80 characters, every topic and phrasing). */
function maximalUser(): UserContext {
  const id = 'i'.repeat(80);
  const at = -8.64e15;
  return {
    schemaVersion: 2,
    revision: Number.MAX_SAFE_INTEGER,
    visits: Number.MAX_SAFE_INTEGER,
    firstVisitDate: '2026-01-01',
    lastVisitDate: '2026-01-01',
    lastHeard: { itemId: id, at, topic: 'continuous-delivery' },
    lastSeries: { topic: 'continuous-delivery', at },
    series: Object.fromEntries(TOPIC_IDS.map((topic) => [topic, { next: Number.MAX_SAFE_INTEGER, cycle: Number.MAX_SAFE_INTEGER, at }])),
    quiz: { lastAnsweredDate: '2026-01-01', lastCorrect: false, streak: 1e15, answered: 1e15, correct: 1e15 },
    phrasings: Object.fromEntries(RECURRING_PROMPTS.map((key) => [key, 99])),
    writes: Array.from({ length: WRITE_TOKENS_KEPT }, (_, i) => `${'w'.repeat(14)}${i}`.slice(-16)),
  };
}

test('the structured session state at every bound fits its budget (all but the stored answer’s speech and card)', () => {
  const id = 'i'.repeat(80);
  const raw = {
    timeZone: 'America/Argentina/ComodRivadavia',
    variants: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`${'k'.repeat(SESSION_BOUNDS.variantKeyChars - 3)}${i}`, 99])),
    pending: { kind: 'item', itemId: id, via: 'related', topic: 'continuous-delivery', index: 999 },
    user: maximalUser(),
    storedBase: maximalUser(),
    readOnly: true,
    unconfirmed: { written: maximalUser(), tokens: Array.from({ length: UNCONFIRMED_TOKENS_KEPT }, (_, i) => `${'t'.repeat(15)}${i}`) },
    heard: Array.from({ length: 500 }, (_, i) => `${'h'.repeat(76)}${i}`),
    quizOffered: true,
    transitionPlayed: true,
  };
  const state = readSessionState(raw, 'en-US');
  expect(Object.keys(state.variants).length).toBe(SESSION_BOUNDS.variants);
  expect(state.heard?.length).toBe(SESSION_BOUNDS.heard);
  expect(state.user).toBeDefined();
  expect(state.user?.writes).toHaveLength(WRITE_TOKENS_KEPT);
  expect(state.unconfirmed?.tokens).toHaveLength(UNCONFIRMED_TOKENS_KEPT);
  expect(Buffer.byteLength(JSON.stringify(state))).toBeLessThanOrEqual(STRUCTURED_STATE_MAX_BYTES);
});

test('when the stored answer would push the response past 24 KB, it is dropped and the response fits', () => {
  // The response alone fits (about 14 KB); with its copy stored in the session it would not (about 35 KB).
  const long = 'ü'.repeat(3500);
  const response = {
    outputSpeech: { type: 'SSML', ssml: `<speak>${long}</speak>` },
    reprompt: { outputSpeech: { type: 'SSML', ssml: `<speak>${long}</speak>` } },
  } as unknown as Response;
  const session: SessionState = {
    variants: {},
    last: { ssml: long, repromptSsml: long, card: { title: 't', text: long } },
    quizOffered: true,
  };
  const attributes = sessionAttributesFor(session, response);
  expect(attributes.last).toBeUndefined();
  expect(attributes.quizOffered).toBe(true);
  expect(Buffer.byteLength(JSON.stringify({ version: '1.0', response, sessionAttributes: attributes }))).toBeLessThan(MAX_RESPONSE_BYTES);
});
