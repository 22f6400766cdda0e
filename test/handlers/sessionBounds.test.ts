import type { Catalog } from '../../lambda/content/catalog';
import { contentCatalog } from '../../lambda/content/contentCatalog';
import type { Language } from '../../lambda/locale';
import { logger } from '../../lambda/observability/logger';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { MAX_RESPONSE_BYTES } from '../../lambda/session/sessionAttributes';
import { SESSION_BOUNDS, SESSION_KEYS } from '../../lambda/session/sessionState';
import type { SkillOptions } from '../../lambda/skill';
import { intentRequest } from '../../tools/envelopes';
import { topicSlot } from '../support/content';
import { Dialog, T0 } from '../support/driver';
import { LOCALES, phrasings } from '../support/prompts';

/**
 * Issue 10, finding 9: the session carries only the skill's own state, bounded, whatever the request
 * carried; every response stays under Alexa's 24 KB (the Dialog checks each one, test/support/ssml.ts).
 */
const FOREIGN = 'f'.repeat(200_000);

function bytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value));
}

function stored(userId: string) {
  return {
    schemaVersion: 2,
    revision: 12,
    visits: 40,
    firstVisitDate: '2026-01-02',
    lastVisitDate: '2026-05-13',
    series: { postmortems: { next: 3, cycle: 1, at: 1_700_000_000_000 } },
    quiz: { lastAnsweredDate: '2026-05-13', lastCorrect: true, streak: 9, answered: 30, correct: 21 },
    phrasings: {},
    userNote: `stored field this version does not know, for ${userId.slice(-5)}`,
  };
}

async function openSession(locale = 'en-US', skillOptions: Partial<SkillOptions> = {}) {
  const store = new MemoryUserStore();
  const dialog = new Dialog({ locale, store, skillOptions });
  store.items.set(dialog.userId, stored(dialog.userId));
  await dialog.launch();
  return { store, dialog, attributes: dialog.sessionAttributes! };
}

describe('session attributes the skill did not write', () => {
  test('a 200 KB foreign attribute is not echoed: the response stays under 24 KB with only the skill keys', async () => {
    const { dialog, attributes } = await openSession();
    attributes.foreign = FOREIGN;
    attributes.other = { nested: { deeper: FOREIGN } };
    const reply = await dialog.intent('GetFortuneIntent');
    expect(bytes(reply.envelope)).toBeLessThan(MAX_RESPONSE_BYTES);
    for (const key of Object.keys(reply.sessionAttributes ?? {})) expect(SESSION_KEYS).toContain(key);
    expect(reply.sessionAttributes).not.toHaveProperty('foreign');
    expect(reply.open).toBe(true);
  });

  test('a 10,000-entry heard list is cut to its newest ids within the bound, even on a turn that serves no item', async () => {
    const { dialog, attributes } = await openSession();
    const real = dialog.catalog.fortunes.map((item) => item.id);
    attributes.heard = [...Array.from({ length: 10_000 }, (_, i) => `item-${i}`), real[0], real[1]];
    const reply = await dialog.intent('AMAZON.HelpIntent');
    expect(bytes(reply.envelope)).toBeLessThan(MAX_RESPONSE_BYTES);
    const heard = reply.sessionAttributes?.heard as string[];
    expect(heard.length).toBeLessThanOrEqual(SESSION_BOUNDS.heard);
    // The newest ids survive the cut.
    expect(heard.slice(-2)).toEqual([real[0], real[1]]);
    expect(heard).not.toContain('item-0');
  });

  test('the apology of a failed request also carries only the skill keys, under 24 KB', async () => {
    // The catalog breaks after the launch, so the fortune request fails inside its handler.
    let broken = false;
    const catalogFor = (language: Language): Catalog => {
      const catalog = contentCatalog(language);
      if (!broken) return catalog;
      return {
        ...catalog,
        series: () => {
          throw new Error('series index broken');
        },
      };
    };
    const { dialog, attributes } = await openSession('en-US', { catalogFor });
    jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    broken = true;
    attributes.foreign = FOREIGN;
    const reply = await dialog.send(intentRequest('GetFortuneIntent', {}, dialog.envelopeOptions({})));
    expect(phrasings('en-US', 'errorOpen').some((line) => reply.text === line)).toBe(true);
    expect(bytes(reply.envelope)).toBeLessThan(MAX_RESPONSE_BYTES);
    expect(Object.keys(reply.sessionAttributes ?? {}).every((key) => (SESSION_KEYS as string[]).includes(key))).toBe(true);
    expect(reply.sessionAttributes?.pending).toEqual({ kind: 'todaysFortune' });
  });

  test('dropping foreign and malformed keys is logged with counts and known key names only, never values', async () => {
    const { dialog, attributes } = await openSession();
    const warn = jest.spyOn(logger, 'warn');
    try {
      attributes['secret-key-name'] = 'a private value';
      attributes.pending = { kind: 'martian', note: 'another private value' };
      await dialog.intent('GetFortuneIntent');
      const call = warn.mock.calls.find(([message]) => message.includes('session attributes'));
      expect(call?.[1]).toEqual({ foreignKeys: 1, malformed: ['pending'] });
      expect(JSON.stringify(call)).not.toMatch(/secret-key-name|private value/);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('malformed values of the skill keys are dropped, never a crash', () => {
  const MALFORMED: [string, string, unknown][] = [
    ['timeZone', 'not a zone', 'Mars/Olympus_Mons'],
    ['variants', 'an index out of range and a 100-character key', { 'welcome.back': 1e9, ['x'.repeat(100)]: 1 }],
    ['last', 'speech with a raw ampersand', { ssml: 'raw & unescaped' }],
    ['last', 'speech of 9,000 characters', { ssml: 'x'.repeat(9000) }],
    ['pending', 'an offer of an unknown kind of item', { kind: 'item', itemId: 'no-such-item', via: 'nowhere' }],
    ['heard', 'a string', 'not a list'],
    ['quizOffered', 'a string', 'yes'],
    ['user', 'a newer schema with mistyped counts', { schemaVersion: 99, revision: 'r', visits: -5 }],
  ];
  test.each(MALFORMED)('%s as %s: answered normally (not an apology), the value dropped', async (key, _what, value) => {
    const { dialog, attributes } = await openSession();
    attributes[key] = value;
    const reply = await dialog.intent('AMAZON.RepeatIntent');
    expect(phrasings('en-US', 'errorOpen')).not.toContain(reply.text);
    expect(reply.sessionAttributes?.[key]).not.toEqual(value);
  });
});

describe('the session copy of the user context', () => {
  test('with a count missing is not saved over the stored context: the store is read again (fix: strict copy)', async () => {
    const { store, dialog, attributes } = await openSession();
    const copy = attributes.user as Record<string, unknown>;
    delete copy.visits;
    await dialog.intent('GetTipIntent', topicSlot('metrics'));
    expect(store.items.get(dialog.userId)?.visits).toBe(41);
  });

  test('unknown stored fields are dropped on read: neither in the session nor written back', async () => {
    const { store, dialog, attributes } = await openSession();
    expect(attributes.user).not.toHaveProperty('userNote');
    await dialog.intent('GetTipIntent', topicSlot('metrics'));
    expect(store.items.get(dialog.userId)).not.toHaveProperty('userNote');
    expect(store.items.get(dialog.userId)?.visits).toBe(41);
  });
});

describe.each(LOCALES)('"say that again" in %s', (locale) => {
  test("never replays a stored answer written for another locale (its voice is not this locale's)", async () => {
    const { dialog, attributes } = await openSession(locale);
    const other = locale === 'de-DE' ? 'Matthew' : 'Hans';
    attributes.last = { ssml: `<voice name="${other}">hello</voice> Shall I go on?`, repromptSsml: 'Shall I go on?' };
    const reply = await dialog.intent('AMAZON.RepeatIntent');
    expect(reply.ssml).not.toContain(other);
  });
});

describe('odd request fields found by the fuzzer (test/fuzz)', () => {
  test.each([5, ['en-US'], null, { language: 'de' }])(
    'a locale of %j is answered (in the default locale), not rejected',
    async (locale) => {
      const dialog = new Dialog({ validate: false });
      const envelope = intentRequest('GetFortuneIntent', {}, dialog.envelopeOptions({}));
      (envelope.request as { locale: unknown }).locale = locale;
      const reply = await dialog.send(envelope);
      expect(reply.text.length).toBeGreaterThan(0);
      expect(phrasings('en-US', 'error')).not.toContain(reply.text);
    },
  );

  test('a session of null is no session: the answer is normal, not an apology', async () => {
    const dialog = new Dialog();
    const envelope = intentRequest('GetFortuneIntent', {}, dialog.envelopeOptions({}));
    (envelope as { session: unknown }).session = null;
    const reply = await dialog.send(envelope);
    expect(phrasings('en-US', 'error')).not.toContain(reply.text);
  });

  test.each(['+275760-09-13T00:00:00.000Z', '-000001-01-01T00:00:00.000Z', 1e12])(
    'a timestamp of %j is not taken as now: the stored visit date comes from the clock',
    async (timestamp) => {
      const store = new MemoryUserStore();
      const dialog = new Dialog({ store });
      const envelope = intentRequest('GetFortuneIntent', {}, dialog.envelopeOptions({}));
      (envelope.request as { timestamp: unknown }).timestamp = timestamp;
      await dialog.send(envelope);
      expect(store.items.get(dialog.userId)?.lastVisitDate).toBe(T0.toISOString().slice(0, 10));
    },
  );
});
