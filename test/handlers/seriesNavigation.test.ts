import type { TopicId } from '../../lambda/content/types';
import { emptyUserContext } from '../../lambda/domain/userContext';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { DEFAULT_USER_ID } from '../../tools/envelopes';
import { tipOfTheDay, topicSlot } from '../support/content';
import { Dialog } from '../support/driver';
import { LOCALES, saysOneOf, text, topicForms } from '../support/prompts';
import { SPOKEN_TOPIC } from '../support/spokenTopics';
import { savedContext } from '../support/storedUser';

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
      expect(savedContext(store).series.postmortems?.next).toBe(4);
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
    expect(savedContext(store).series.metrics?.next).toBe(1);
  });
});
