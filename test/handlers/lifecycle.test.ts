import type { RequestEnvelope } from 'ask-sdk-model';
import type { Catalog } from '../../lambda/content/catalog';
import { contentCatalog } from '../../lambda/content/contentCatalog';
import { localDay } from '../../lambda/domain/calendar';
import { emptyUserContext } from '../../lambda/domain/userContext';
import type { Language } from '../../lambda/locale';
import { logger } from '../../lambda/observability/logger';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { buildSkill } from '../../lambda/skill';
import { DEFAULT_SKILL_ID, DEFAULT_USER_ID, intentRequest, launchRequest, skillDisabledEvent } from '../../tools/envelopes';
import { fortuneOfTheDay, tipOfTheDay, topicSlot } from '../support/content';
import { Dialog, T0 } from '../support/driver';
import { LOCALES, saysOneOf, type TestLocale } from '../support/prompts';
import { seededRandom } from '../support/random';
import { expectValidResponse } from '../support/ssml';

afterEach(() => {
  jest.restoreAllMocks();
});

function storedUser(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...emptyUserContext(),
    revision: 3,
    visits: 5,
    lastVisitDate: '2026-05-10',
    lastHeard: { itemId: 'batch-job-queues', at: 1 },
    ...overrides,
  };
}

function mutate(envelope: RequestEnvelope, change: (request: Record<string, unknown>) => void): RequestEnvelope {
  change(envelope.request as unknown as Record<string, unknown>);
  return envelope;
}

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

describe.each(LOCALES)('malformed and unknown requests in %s never throw and get a spoken answer', (locale) => {
  const spokenAndValid = async (envelope: RequestEnvelope) => {
    const dialog = new Dialog({ locale, validate: false });
    const reply = await dialog.send(envelope);
    expect(reply.ssml).toBeDefined();
    expect(reply.text.length).toBeGreaterThan(0);
    expectValidResponse(reply.envelope, locale);
    return reply;
  };
  const options = { locale, timestamp: T0 };

  test('an unknown intent name', async () => {
    const reply = await spokenAndValid(intentRequest('SomeNewerModelIntent', {}, options));
    expect(saysOneOf(reply.text, locale as TestLocale, 'fallback')).toBe(true);
    expect(reply.open).toBe(true);
  });

  test('an unknown request type', async () => {
    const reply = await spokenAndValid(mutate(launchRequest(options), (r) => (r.type = 'Alexa.Presentation.APL.UserEvent')));
    expect(saysOneOf(reply.text, locale as TestLocale, 'fallback')).toBe(true);
  });

  test('an intent with no slots object', async () => {
    const envelope = intentRequest('GetTipIntent', {}, options);
    delete (envelope.request as unknown as { intent: { slots?: unknown } }).intent.slots;
    const reply = await spokenAndValid(envelope);
    const dialog = new Dialog({ locale });
    expect(reply.card?.text).toBe(tipOfTheDay(dialog.catalog, dialog.day).card);
  });

  test('a slot without a value', async () => {
    const envelope = intentRequest('GetTipIntent', topicSlot('metrics'), options);
    delete (envelope.request as unknown as { intent: { slots: { topic: { value?: string } } } }).intent.slots.topic.value;
    const reply = await spokenAndValid(envelope);
    const dialog = new Dialog({ locale });
    expect(reply.card?.text).toBe(tipOfTheDay(dialog.catalog, dialog.day).card);
  });

  test('an IntentRequest without request.intent', async () => {
    const envelope = intentRequest('GetFortuneIntent', {}, options);
    delete (envelope.request as unknown as { intent?: unknown }).intent;
    await spokenAndValid(envelope);
  });

  test('an IntentRequest without request.intent inside an open session keeps the session open', async () => {
    const envelope = intentRequest('GetFortuneIntent', {}, { ...options, newSession: false, sessionId: 'amzn1.echo-api.session.x' });
    delete (envelope.request as unknown as { intent?: unknown }).intent;
    const reply = await spokenAndValid(envelope);
    expect(reply.open).toBe(true);
  });
});

describe('requests without or with an unexpected locale', () => {
  test('no locale: answered in en-US', async () => {
    const envelope = intentRequest('GetFortuneIntent', {}, { timestamp: T0 });
    delete (envelope.request as { locale?: string }).locale;
    const dialog = new Dialog({ validate: false });
    const reply = await dialog.send(envelope);
    expectValidResponse(reply.envelope, 'en-US');
    expect(reply.card?.text).toBe(fortuneOfTheDay(contentCatalog('en'), dialog.day).card);
  });

  test.each([
    ['de-AT', 'de'],
    ['en-IN', 'en'],
    ['fr-FR', 'en'],
  ] as const)('%s is answered from the %s content', async (requestLocale, language) => {
    const dialog = new Dialog({ locale: requestLocale });
    const reply = await dialog.oneShot('GetFortuneIntent');
    expect(reply.card?.text).toBe(fortuneOfTheDay(contentCatalog(language), dialog.day).card);
  });

  test('a request without a timestamp uses the injected clock', async () => {
    const at = new Date('2026-07-01T12:00:00Z');
    const dialog = new Dialog({ at, validate: true });
    const envelope = intentRequest('GetFortuneIntent', {}, { timestamp: T0 });
    delete (envelope.request as { timestamp?: string }).timestamp;
    const reply = await dialog.send(envelope);
    expect(reply.card?.text).toBe(fortuneOfTheDay(dialog.catalog, dialog.day).card);
    expect(fortuneOfTheDay(dialog.catalog, dialog.day).id).not.toBe(fortuneOfTheDay(dialog.catalog, localDay(T0.getTime(), 'UTC')).id);
  });
});

describe.each(LOCALES)('errors inside the skill in %s', (locale) => {
  const failingCatalog = () => {
    throw new Error('content bundle is corrupt');
  };

  test('a throwing catalogFor: a kind answer that ends a new session, logged with the request id', async () => {
    const errorLog = jest.spyOn(logger, 'error');
    const dialog = new Dialog({ locale, skillOptions: { catalogFor: failingCatalog } });
    const reply = await dialog.launch({ requestId: 'amzn1.echo-api.request.failing-1' });
    expect(saysOneOf(reply.text, locale, 'error')).toBe(true);
    expect(reply.ended).toBe(true);
    expect(errorLog).toHaveBeenCalledWith(
      'request failed',
      expect.objectContaining({
        requestId: 'amzn1.echo-api.request.failing-1',
        error: expect.objectContaining({ message: 'content bundle is corrupt' }),
      }),
    );
  });

  test('an error in an open session answers kindly and keeps the session open', async () => {
    const errorLog = jest.spyOn(logger, 'error');
    const dialog = new Dialog({ locale, skillOptions: { catalogFor: failingCatalog } });
    const reply = await dialog.intent(
      'AMAZON.HelpIntent',
      {},
      { newSession: false, sessionId: 'amzn1.echo-api.session.s', requestId: 'req-in-session' },
    );
    expect(saysOneOf(reply.text, locale, 'errorOpen')).toBe(true);
    expect(reply.open).toBe(true);
    expect(saysOneOf(reply.repromptText, locale, 'errorOpen')).toBe(true);
    expect(errorLog).toHaveBeenCalledWith('request failed', expect.objectContaining({ requestId: 'req-in-session' }));
  });

  test("after an error in an open session, yes takes up what the apology offered: today's fortune", async () => {
    jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    let failNext = false;
    const catalogFor = (language: Language) => {
      if (failNext) {
        failNext = false;
        throw new Error('content bundle is corrupt');
      }
      return contentCatalog(language);
    };
    const dialog = new Dialog({ locale, skillOptions: { catalogFor } });
    await dialog.launch();
    failNext = true;
    const sorry = await dialog.intent('AMAZON.HelpIntent');
    expect(saysOneOf(sorry.text, locale, 'errorOpen')).toBe(true);
    const yes = await dialog.intent('AMAZON.YesIntent');
    expect(dialog.catalog.fortunes.map((fortune) => fortune.card)).toContain(yes.card?.text);
    expect(yes.card?.text).not.toBe(fortuneOfTheDay(dialog.catalog, dialog.day).card);
  });

  test('an error thrown inside a handler (after the turn is built) is answered the same way', async () => {
    const errorLog = jest.spyOn(logger, 'error');
    const brokenSeries = (language: Language): Catalog => ({
      ...contentCatalog(language),
      series: () => {
        throw new Error('series index broken');
      },
    });
    const dialog = new Dialog({ locale, skillOptions: { catalogFor: brokenSeries } });
    const reply = await dialog.oneShot('GetFortuneIntent', {}, { requestId: 'req-handler' });
    expect(saysOneOf(reply.text, locale, 'error')).toBe(true);
    expect(reply.ended).toBe(true);
    expect(errorLog).toHaveBeenCalledWith(
      'request failed',
      expect.objectContaining({ requestId: 'req-handler', error: expect.objectContaining({ message: 'series index broken' }) }),
    );
  });
});

describe('an unreliable store', () => {
  test('getAttributes rejects: the skill still answers, and nothing is saved over the stored data', async () => {
    const store = new MemoryUserStore();
    const before = storedUser();
    store.items.set(DEFAULT_USER_ID, structuredClone(before));
    jest.spyOn(store, 'getAttributes').mockRejectedValue(new Error('ProvisionedThroughputExceededException'));
    const save = jest.spyOn(store, 'saveAttributes');
    const dialog = new Dialog({ store });

    const launch = await dialog.launch();
    expect(launch.card?.text).toBe(fortuneOfTheDay(dialog.catalog, dialog.day).card);
    expect(launch.open).toBe(true);
    const tip = await dialog.intent('GetTipIntent', topicSlot('postmortems'));
    expect(tip.card?.text).toBe(dialog.catalog.series('postmortems')[0]!.card);
    await dialog.oneShot('GetFortuneIntent');

    expect(save).not.toHaveBeenCalled();
    expect(store.items.get(DEFAULT_USER_ID)).toEqual(before);
  });

  test('saveAttributes fails once: the answer is unaffected and the next turn saves', async () => {
    const store = new MemoryUserStore();
    const realSave = store.saveAttributes.bind(store);
    const save = jest
      .spyOn(store, 'saveAttributes')
      .mockRejectedValueOnce(new Error('network'))
      .mockImplementation((envelope, attributes) => realSave(envelope, attributes));
    const dialog = new Dialog({ store });
    const launch = await dialog.launch();
    expect(launch.open).toBe(true);
    expect(store.items.has(DEFAULT_USER_ID)).toBe(false);
    await dialog.intent('AMAZON.HelpIntent');
    expect(save).toHaveBeenCalledTimes(2);
    expect(store.items.get(DEFAULT_USER_ID)).toMatchObject({ visits: 1, lastHeard: { itemId: expect.any(String) } });
  });

  test('a stored context from a newer version is answered from, never overwritten', async () => {
    const store = new MemoryUserStore();
    const future = { schemaVersion: 9, revision: 2, visits: 5, somethingNew: true };
    store.items.set(DEFAULT_USER_ID, structuredClone(future));
    const dialog = new Dialog({ store });
    const reply = await dialog.oneShot('GetFortuneIntent');
    expect(reply.card?.text).toBe(fortuneOfTheDay(dialog.catalog, dialog.day).card);
    expect(store.backups).toEqual([]);
    expect(store.items.get(DEFAULT_USER_ID)).toEqual(future);
  });

  test('the context is read once per session, and a turn that changes nothing writes nothing', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store });
    await dialog.launch();
    const writesAfterLaunch = store.writes;
    await dialog.intent('AMAZON.HelpIntent');
    await dialog.intent('AMAZON.FallbackIntent');
    expect(store.reads).toBe(1);
    expect(store.writes).toBe(writesAfterLaunch);
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

describe('time-zone lookup during a session', () => {
  test('looked up once per session and reused on later turns', async () => {
    const lookup = jest.fn(async () => 'Asia/Kolkata');
    const dialog = new Dialog({ skillOptions: { timeZoneLookup: lookup } });
    await dialog.launch();
    await dialog.intent('AMAZON.HelpIntent');
    await dialog.intent('GetFortuneIntent');
    expect(lookup).toHaveBeenCalledTimes(1);
    await dialog.launch();
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  test('a slow lookup does not hold up the answer: it comes in UTC within the bound', async () => {
    let late: NodeJS.Timeout | undefined;
    // 10:30 UTC on 14 May is already 15 May in Kiritimati (UTC+14).
    const at = new Date('2026-05-14T10:30:00Z');
    const dialog = new Dialog({
      at,
      skillOptions: {
        timeZoneTimeoutMs: 50,
        timeZoneLookup: () =>
          new Promise((resolve) => {
            late = setTimeout(() => resolve('Pacific/Kiritimati'), 500);
          }),
      },
    });
    const started = performance.now();
    const reply = await dialog.oneShot('GetFortuneIntent');
    const elapsed = performance.now() - started;
    clearTimeout(late);
    expect(elapsed).toBeLessThan(400);
    expect(reply.card?.text).toBe(fortuneOfTheDay(dialog.catalog, localDay(at.getTime(), 'UTC')).card);
    expect(reply.card?.text).not.toBe(fortuneOfTheDay(dialog.catalog, localDay(at.getTime(), 'Pacific/Kiritimati')).card);
  });

  test('a failing lookup falls back to UTC and still answers', async () => {
    const dialog = new Dialog({ skillOptions: { timeZoneLookup: () => Promise.reject(new Error('401')) } });
    const reply = await dialog.oneShot('GetFortuneIntent');
    expect(reply.card?.text).toBe(fortuneOfTheDay(dialog.catalog, localDay(dialog.at.getTime(), 'UTC')).card);
  });
});
