import type { Catalog } from '../../lambda/content/catalog';
import { contentCatalog } from '../../lambda/content/contentCatalog';
import { localDay } from '../../lambda/domain/calendar';
import type { Language } from '../../lambda/locale';
import { logger } from '../../lambda/observability/logger';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { DEFAULT_USER_ID } from '../../tools/envelopes';
import { fortuneOfTheDay, topicSlot } from '../support/content';
import { Dialog } from '../support/driver';
import { LOCALES, saysOneOf } from '../support/prompts';

import { storedUser } from '../support/storedUser';

afterEach(() => {
  jest.restoreAllMocks();
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

  test('saveAttributes refused once (connection refused): the answer is unaffected and the next turn saves', async () => {
    const store = new MemoryUserStore();
    const realSave = store.saveAttributes.bind(store);
    const save = jest
      .spyOn(store, 'saveAttributes')
      .mockRejectedValueOnce(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED' }))
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
