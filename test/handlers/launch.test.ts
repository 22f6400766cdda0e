import { localDay } from '../../lambda/domain/calendar';
import { emptyUserContext } from '../../lambda/domain/userContext';
import { LOCALES as LOCALE_FACTS } from '../../lambda/locale';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { CLIPS } from '../../lambda/speech/clips';
import { DEFAULT_USER_ID } from '../../tools/envelopes';
import { fortuneOfTheDay } from '../support/content';
import { Dialog } from '../support/driver';
import { LOCALES, saysOneOf, text } from '../support/prompts';

describe.each(LOCALES)('LaunchRequest in %s', (locale) => {
  test('a first visit: open clip, welcome, today\'s fortune, an offer ending with "?", reprompt, open session, card', async () => {
    const dialog = new Dialog({ locale, store: new MemoryUserStore() });
    const reply = await dialog.launch();
    const fortune = fortuneOfTheDay(dialog.catalog, dialog.day);

    expect(reply.ssml!.startsWith(`<speak><audio src="${CLIPS.open}"/>`)).toBe(true);
    expect(reply.audio).toEqual([CLIPS.open, CLIPS.reveal, CLIPS.transition]);
    expect(saysOneOf(reply.text, locale, 'welcome.first')).toBe(true);
    expect(saysOneOf(reply.text, locale, 'welcome.back')).toBe(false);
    expect(saysOneOf(reply.text, locale, 'fortune.lead')).toBe(true);
    expect(reply.text).toContain(fortune.speech);
    expect(reply.text).toMatch(/\?$/);
    expect(reply.repromptText).toMatch(/\?$/);
    expect(reply.text.endsWith(reply.repromptText)).toBe(true);
    expect(reply.open).toBe(true);
    expect(reply.card).toEqual({ type: 'Standard', title: text(locale, 'card.fortune'), text: fortune.card });
    if (!LOCALE_FACTS[locale].emotion) expect(reply.ssml).not.toContain('amazon:emotion');
    else expect(reply.ssml).toMatch(/<amazon:emotion name="excited" intensity="medium">[^<]+<\/amazon:emotion>/);
  });

  test("the fortune is the one of the listener's local day, not the UTC day", async () => {
    // 22:30 UTC on 14 May is already 00:30 on 15 May in Berlin.
    const at = new Date('2026-05-14T22:30:00Z');
    const dialog = new Dialog({ locale, timeZone: 'Europe/Berlin', at });
    const reply = await dialog.launch();
    const berlin = fortuneOfTheDay(dialog.catalog, localDay(at.getTime(), 'Europe/Berlin'));
    const utc = fortuneOfTheDay(dialog.catalog, localDay(at.getTime(), 'UTC'));
    expect(berlin.id).not.toBe(utc.id);
    expect(reply.card?.text).toBe(berlin.card);
  });

  test('a returning listener on a new day hears a short welcome back and the news, and the visit is saved', async () => {
    const store = new MemoryUserStore();
    store.items.set(DEFAULT_USER_ID, {
      ...emptyUserContext(),
      revision: 4,
      visits: 3,
      firstVisitDate: '2026-05-01',
      lastVisitDate: '2026-05-13',
    });
    const dialog = new Dialog({ locale, store });
    const reply = await dialog.launch();
    expect(saysOneOf(reply.text, locale, 'welcome.back')).toBe(true);
    expect(saysOneOf(reply.text, locale, 'welcome.first')).toBe(false);
    expect(saysOneOf(reply.text, locale, 'news.newDay')).toBe(true);
    expect(reply.card?.text).toBe(fortuneOfTheDay(dialog.catalog, dialog.day).card);
    expect(store.items.get(DEFAULT_USER_ID)).toMatchObject({
      revision: 5,
      visits: 4,
      firstVisitDate: '2026-05-01',
      lastVisitDate: '2026-05-14',
    });
  });

  test('a returning listener with a series in progress is told to say continue', async () => {
    const store = new MemoryUserStore();
    store.items.set(DEFAULT_USER_ID, {
      ...emptyUserContext(),
      revision: 1,
      visits: 2,
      lastVisitDate: '2026-05-14',
      lastSeries: { topic: 'postmortems', at: 1 },
      series: { postmortems: { next: 2, cycle: 0, at: 1 } },
    });
    const dialog = new Dialog({ locale, store });
    const reply = await dialog.launch();
    expect(saysOneOf(reply.text, locale, 'news.series', { title: text(locale, 'topics.postmortems') })).toBe(true);
  });
});
