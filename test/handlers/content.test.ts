import type { TopicId } from '../../lambda/content/types';
import { emptyUserContext, type UserContext } from '../../lambda/domain/userContext';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { CLIPS } from '../../lambda/speech/clips';
import { DEFAULT_USER_ID } from '../../tools/envelopes';
import { fortuneOfTheDay, relatedOf, tipOfTheDay, topicSlot, unmatchedTopicSlot } from '../support/content';
import { Dialog } from '../support/driver';
import { LOCALES, saysOneOf, type TestLocale, text, topicForms } from '../support/prompts';

const SPOKEN_TOPIC: Record<TestLocale, Record<string, string>> = {
  'en-US': { postmortems: 'postmortems', metrics: 'metrics', containers: 'containers' },
  'en-GB': { postmortems: 'postmortems', metrics: 'metrics', containers: 'containers' },
  'de-DE': { postmortems: 'Postmortems', metrics: 'Metriken', containers: 'Container' },
  'en-AU': { postmortems: 'postmortems', metrics: 'metrics', containers: 'containers' },
  'en-CA': { postmortems: 'postmortems', metrics: 'metrics', containers: 'containers' },
  'en-IN': { postmortems: 'postmortems', metrics: 'metrics', containers: 'containers' },
};

function storedUser(store: MemoryUserStore, userId = DEFAULT_USER_ID): UserContext {
  return store.items.get(userId) as unknown as UserContext;
}

describe.each(LOCALES)('GetFortuneIntent one-shot in %s', (locale) => {
  test("speaks today's fortune with its card and ends the session without an offer", async () => {
    const dialog = new Dialog({ locale });
    const reply = await dialog.oneShot('GetFortuneIntent');
    const fortune = fortuneOfTheDay(dialog.catalog, dialog.day);
    expect(reply.text).toContain(fortune.speech);
    if (fortune.quote) expect(reply.text).toContain(fortune.quote);
    expect(saysOneOf(reply.text, locale, 'fortune.lead')).toBe(true);
    expect(reply.card).toEqual({ type: 'Standard', title: text(locale, 'card.fortune'), text: fortune.card });
    expect(reply.ended).toBe(true);
    expect(reply.repromptSsml).toBeUndefined();
    expect(reply.audio).toEqual([CLIPS.reveal]);
    expect(reply.text).not.toMatch(/\?$/);
  });

  test('the same fortune all local day long, a different one from local midnight', async () => {
    // Los Angeles, PDT (UTC-7): 14 May runs from 07:00Z to 07:00Z the next day.
    const dialog = new Dialog({ locale, timeZone: 'America/Los_Angeles', userId: 'amzn1.ask.account.LA' });
    const cards: (string | undefined)[] = [];
    for (const at of ['2026-05-14T07:00:00.000Z', '2026-05-14T19:00:00.000Z', '2026-05-15T06:59:59.999Z']) {
      cards.push((await dialog.setTime(at).oneShot('GetFortuneIntent')).card?.text);
    }
    expect(new Set(cards).size).toBe(1);
    const nextDay = (await dialog.setTime('2026-05-15T07:00:00.000Z').oneShot('GetFortuneIntent')).card?.text;
    expect(nextDay).not.toBe(cards[0]);
    // Both are fortunes, not tips.
    for (const card of [cards[0], nextDay]) expect(dialog.catalog.fortunes.some((f) => f.card === card)).toBe(true);
  });

  test('two listeners hear the same fortune on the same local day', async () => {
    const a = await new Dialog({ locale, userId: 'amzn1.ask.account.A' }).oneShot('GetFortuneIntent');
    const b = await new Dialog({ locale, userId: 'amzn1.ask.account.B', at: new Date('2026-05-14T23:59:00Z') }).oneShot('GetFortuneIntent');
    expect(a.card?.text).toBe(b.card?.text);
  });
});

describe.each(LOCALES)('GetTipIntent in %s', (locale) => {
  const spoken = SPOKEN_TOPIC[locale];

  test('with a matched topic, two one-shots of the same listener walk the series: first item, then second', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ locale, store });
    const series = dialog.catalog.series('postmortems');
    const forms = topicForms(locale, 'postmortems');

    const first = await dialog.oneShot('GetTipIntent', topicSlot('postmortems', spoken.postmortems));
    expect(first.card).toEqual({ type: 'Standard', title: text(locale, 'card.tip', forms), text: series[0]!.card });
    expect(first.text).toContain(series[0]!.speech);
    expect(saysOneOf(first.text, locale, 'tip.lead', forms)).toBe(true);
    expect(first.ended).toBe(true);

    const second = await dialog.setTime('2026-05-14T15:05:00Z').oneShot('GetTipIntent', topicSlot('postmortems', spoken.postmortems));
    expect(second.card?.text).toBe(series[1]!.card);
    expect(second.text).toContain(series[1]!.speech);
    expect(storedUser(store).series.postmortems?.next).toBe(2);
  });

  test("a quote in a tip is read in the locale's quote voice", async () => {
    const dialog = new Dialog({ locale });
    const first = dialog.catalog.series('postmortems')[0]!;
    expect(first.quote).toBeDefined();
    const reply = await dialog.oneShot('GetTipIntent', topicSlot('postmortems', spoken.postmortems));
    const voice = { 'en-US': 'Matthew', 'en-GB': 'Brian', 'de-DE': 'Hans', 'en-AU': 'Russell', 'en-CA': 'Matthew', 'en-IN': 'Aditi' }[
      locale
    ];
    expect(reply.ssml).toMatch(new RegExp(`<voice name="${voice}">[^<]*</voice>`));
    expect(reply.text).toContain(first.quote!);
  });

  test('series are kept per topic', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ locale, store });
    await dialog.oneShot('GetTipIntent', topicSlot('postmortems', spoken.postmortems));
    const metrics = await dialog.oneShot('GetTipIntent', topicSlot('metrics', spoken.metrics));
    expect(metrics.card?.text).toBe(dialog.catalog.series('metrics')[0]!.card);
    const postmortems = await dialog.oneShot('GetTipIntent', topicSlot('postmortems', spoken.postmortems));
    expect(postmortems.card?.text).toBe(dialog.catalog.series('postmortems')[1]!.card);
  });

  test('ER_SUCCESS_NO_MATCH: says the topic is unknown, then gives the tip of the day', async () => {
    const dialog = new Dialog({ locale });
    const reply = await dialog.oneShot('GetTipIntent', unmatchedTopicSlot('knitting'));
    const tip = tipOfTheDay(dialog.catalog, dialog.day);
    expect(saysOneOf(reply.text, locale, 'tip.unknownTopic', topicForms(locale, tip.topics[0]!))).toBe(true);
    expect(reply.text).toContain(tip.speech);
    expect(reply.card?.text).toBe(tip.card);
    expect(reply.ended).toBe(true);
  });

  test('a resolved id that is not a topic counts as unknown', async () => {
    const dialog = new Dialog({ locale });
    const reply = await dialog.oneShot('GetTipIntent', { topic: { value: 'horoscopes', resolvedId: 'horoscopes', slotType: 'TopicType' } });
    expect(saysOneOf(reply.text, locale, 'tip.unknownTopic')).toBe(true);
    expect(reply.card?.text).toBe(tipOfTheDay(dialog.catalog, dialog.day).card);
  });

  test('without a topic: the tip of the day, never a fortune', async () => {
    const dialog = new Dialog({ locale });
    const reply = await dialog.oneShot('GetTipIntent');
    const tip = tipOfTheDay(dialog.catalog, dialog.day);
    expect(saysOneOf(reply.text, locale, 'tip.lead', topicForms(locale, tip.topics[0]!))).toBe(true);
    expect(reply.card?.text).toBe(tip.card);
    expect(dialog.catalog.fortunes.some((f) => f.card === reply.card?.text)).toBe(false);
    expect(reply.ended).toBe(true);
  });

  test('in an open session a tip ends with an offer of a related item', async () => {
    const dialog = new Dialog({ locale });
    await dialog.launch();
    const reply = await dialog.intent('GetTipIntent', topicSlot('postmortems', spoken.postmortems));
    const item = dialog.catalog.series('postmortems')[0]!;
    const related = relatedOf(dialog.catalog, item)!;
    expect(reply.open).toBe(true);
    // The launch already played the transition clip: it plays once a session.
    expect(reply.audio).toEqual([CLIPS.reveal]);
    const isFortune = dialog.catalog.deckOf(related.id) === 'fortunes';
    const topic = related.topics.find((t) => t !== 'fortunes') ?? 'fortunes';
    expect(saysOneOf(reply.repromptText, locale, isFortune ? 'offer.relatedFortune' : 'offer.related', topicForms(locale, topic))).toBe(
      true,
    );
    expect(dialog.sessionAttributes?.pending).toMatchObject({ kind: 'item', itemId: related.id, via: 'related' });
  });
});

describe.each(LOCALES)('ContinueIntent and AMAZON.ResumeIntent in %s', (locale) => {
  const spoken = SPOKEN_TOPIC[locale];

  test.each(['ContinueIntent', 'AMAZON.ResumeIntent'])(
    '%s in a new session picks up the series where the last session left it',
    async (intent) => {
      const store = new MemoryUserStore();
      const dialog = new Dialog({ locale, store });
      await dialog.oneShot('GetTipIntent', topicSlot('metrics', spoken.metrics));
      const reply = await dialog.oneShot(intent);
      expect(reply.card?.text).toBe(dialog.catalog.series('metrics')[1]!.card);
      expect(reply.ended).toBe(true);
      const third = await dialog.oneShot(intent);
      expect(third.card?.text).toBe(dialog.catalog.series('metrics')[2]!.card);
    },
  );

  test('Continue in the same session serves the next item of the series', async () => {
    const dialog = new Dialog({ locale });
    await dialog.launch();
    await dialog.intent('GetTipIntent', topicSlot('postmortems', spoken.postmortems));
    const reply = await dialog.intent('ContinueIntent');
    expect(reply.card?.text).toBe(dialog.catalog.series('postmortems')[1]!.card);
    expect(reply.open).toBe(true);
  });

  test.each(['ContinueIntent', 'AMAZON.YesIntent'])(
    "with today's question answered, the launch offers the unfinished series; %s picks it up, not the fortunes",
    async (intent) => {
      const store = new MemoryUserStore();
      store.items.set(DEFAULT_USER_ID, {
        ...emptyUserContext(),
        revision: 1,
        visits: 2,
        lastVisitDate: '2026-05-13',
        lastSeries: { topic: 'postmortems', at: 1 },
        series: { postmortems: { next: 3, cycle: 0, at: 1 } },
        quiz: { streak: 1, answered: 1, correct: 1, lastAnsweredDate: '2026-05-14' },
      });
      const dialog = new Dialog({ locale, store });
      const launch = await dialog.launch();
      expect(saysOneOf(launch.text, locale, 'launchOffer.series', topicForms(locale, 'postmortems'))).toBe(true);
      const reply = await dialog.intent(intent);
      expect(reply.card?.text).toBe(dialog.catalog.series('postmortems')[3]!.card);
      expect(storedUser(store).series.postmortems?.next).toBe(4);
    },
  );

  test('"continue the container tips" starts that series', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ locale, store });
    await dialog.oneShot('GetTipIntent', topicSlot('postmortems', spoken.postmortems));
    const reply = await dialog.oneShot('ContinueIntent', topicSlot('containers', spoken.containers));
    expect(reply.card?.text).toBe(dialog.catalog.series('containers')[0]!.card);
  });

  test.each(['ContinueIntent', 'AMAZON.ResumeIntent'])(
    '%s with nothing to continue explains and offers a tip; yes gives the tip',
    async (intent) => {
      const dialog = new Dialog({ locale, store: new MemoryUserStore() });
      const reply = await dialog.oneShot(intent);
      expect(saysOneOf(reply.text, locale, 'series.nothing')).toBe(true);
      expect(reply.open).toBe(true);
      expect(reply.card).toBeUndefined();
      const yes = await dialog.intent('AMAZON.YesIntent');
      expect(yes.card?.text).toBe(tipOfTheDay(dialog.catalog, dialog.day).card);
    },
  );
});

describe.each(LOCALES)('Next, Previous and StartOver in %s', (locale) => {
  const spoken = SPOKEN_TOPIC[locale];

  test('step through a series after a tip in an open session; Previous at the first item says so', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ locale, store });
    const series = dialog.catalog.series('postmortems');
    await dialog.launch();
    const cards: (string | undefined)[] = [];
    const step = async (intent: string) => {
      const reply =
        intent === 'GetTipIntent' ? await dialog.intent(intent, topicSlot('postmortems', spoken.postmortems)) : await dialog.intent(intent);
      expect(reply.open).toBe(true);
      cards.push(reply.card?.text);
      return reply;
    };
    await step('GetTipIntent');
    await step('AMAZON.NextIntent');
    const third = await step('AMAZON.NextIntent');
    expect(saysOneOf(third.text, locale, 'series.atStart')).toBe(false);
    await step('AMAZON.PreviousIntent');
    await step('AMAZON.StartOverIntent');
    const atStart = await step('AMAZON.PreviousIntent');
    await step('AMAZON.NextIntent');
    expect(cards).toEqual([0, 1, 2, 1, 0, 0, 1].map((i) => series[i]!.card));
    expect(saysOneOf(atStart.text, locale, 'series.atStart')).toBe(true);
    expect(atStart.text).toContain(series[0]!.speech);

    // The cursor is saved: a new session continues after the item heard last.
    const resumed = await dialog.oneShot('ContinueIntent');
    expect(resumed.card?.text).toBe(series[2]!.card);
  });

  test('Next after the last item of a series wraps to the first with a notice', async () => {
    const store = new MemoryUserStore();
    const probe = new Dialog({ locale });
    const series = probe.catalog.series('containers');
    store.items.set(DEFAULT_USER_ID, {
      ...emptyUserContext(),
      revision: 1,
      visits: 1,
      lastVisitDate: '2026-05-14',
      lastSeries: { topic: 'containers', at: 1 },
      series: { containers: { next: series.length - 1, cycle: 0, at: 1 } },
    });
    const dialog = new Dialog({ locale, store });
    await dialog.launch();
    const last = await dialog.intent('ContinueIntent', topicSlot('containers', spoken.containers));
    expect(last.card?.text).toBe(series[series.length - 1]!.card);
    const wrapped = await dialog.intent('AMAZON.NextIntent');
    expect(wrapped.card?.text).toBe(series[0]!.card);
    expect(saysOneOf(wrapped.text, locale, 'series.wrapped')).toBe(true);
  });

  test('Next after a fortune goes on through the fortunes, each titled as an extra one', async () => {
    const dialog = new Dialog({ locale });
    const launch = await dialog.launch();
    const fortunes = dialog.catalog.series('fortunes');
    const index = fortunes.findIndex((f) => f.card === launch.card?.text);
    expect(index).toBeGreaterThanOrEqual(0);
    const next = await dialog.intent('AMAZON.NextIntent');
    expect(next.card?.text).toBe(fortunes[(index + 1) % fortunes.length]!.card);
    expect(next.card?.title).toBe(text(locale, 'card.extraFortune'));
  });

  test.each(['AMAZON.NextIntent', 'AMAZON.PreviousIntent', 'AMAZON.StartOverIntent'])(
    '%s with no series yet explains and offers a tip',
    async (intent) => {
      const dialog = new Dialog({ locale, store: new MemoryUserStore() });
      const reply = await dialog.oneShot(intent);
      expect(saysOneOf(reply.text, locale, 'series.nothing')).toBe(true);
      expect(reply.open).toBe(true);
    },
  );

  test('StartOver in a new session restarts the series heard last time', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ locale, store });
    const topic: TopicId = 'metrics';
    await dialog.oneShot('GetTipIntent', topicSlot(topic, spoken.metrics));
    await dialog.oneShot('GetTipIntent', topicSlot(topic, spoken.metrics));
    const reply = await dialog.oneShot('AMAZON.StartOverIntent');
    expect(reply.card?.text).toBe(dialog.catalog.series(topic)[0]!.card);
    expect(storedUser(store).series.metrics?.next).toBe(1);
  });
});
