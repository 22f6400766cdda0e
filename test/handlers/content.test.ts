import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { CLIPS } from '../../lambda/speech/clips';
import { fortuneOfTheDay, relatedOf, tipOfTheDay, topicSlot, unmatchedTopicSlot } from '../support/content';
import { Dialog } from '../support/driver';
import { LOCALES, saysOneOf, text, topicForms } from '../support/prompts';
import { SPOKEN_TOPIC } from '../support/spokenTopics';
import { savedContext } from '../support/storedUser';

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
    expect(savedContext(store).series.postmortems?.next).toBe(2);
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
