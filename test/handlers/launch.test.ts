import { localDay } from '../../lambda/domain/calendar';
import { emptyUserContext } from '../../lambda/domain/userContext';
import { LOCALES as LOCALE_FACTS } from '../../lambda/locale';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { CLIPS } from '../../lambda/speech/clips';
import { DEFAULT_USER_ID } from '../../tools/envelopes';
import { fortuneOfTheDay } from '../support/content';
import { Dialog } from '../support/driver';
import { LOCALES, saysOneOf, text, topicForms } from '../support/prompts';

describe.each(LOCALES)('LaunchRequest in %s', (locale) => {
  test("a first visit: open clip, welcome, today's fortune in the cookie's voice, one yes/no offer of today's question, card", async () => {
    const dialog = new Dialog({ locale, store: new MemoryUserStore() });
    const reply = await dialog.launch();
    const fortune = fortuneOfTheDay(dialog.catalog, dialog.day);

    expect(reply.ssml!.startsWith(`<speak><audio src="${CLIPS.open}"/>`)).toBe(true);
    expect(reply.audio).toEqual([CLIPS.open, CLIPS.reveal, CLIPS.transition]);
    expect(saysOneOf(reply.text, locale, 'welcome.first')).toBe(true);
    expect(saysOneOf(reply.text, locale, 'welcome.back')).toBe(false);
    expect(reply.ssml).toContain(`<voice name="${LOCALE_FACTS[locale].quoteVoice}">`);
    expect(reply.text).toContain(fortune.speech);
    expect(saysOneOf(reply.text, locale, 'launchOffer.quiz')).toBe(true);
    expect(reply.text).toMatch(/\?$/);
    expect(reply.text.match(/\?/g)).toHaveLength(1);
    expect(reply.text.endsWith(reply.repromptText)).toBe(true);
    expect(reply.open).toBe(true);
    expect(dialog.sessionAttributes?.pending).toEqual({ kind: 'quiz' });
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

  test("a returning listener on a new day hears a short welcome back and is offered today's question, and the visit is saved", async () => {
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
    expect(saysOneOf(reply.text, locale, 'launchOffer.quiz')).toBe(true);
    expect(reply.card?.text).toBe(fortuneOfTheDay(dialog.catalog, dialog.day).card);
    expect(store.items.get(DEFAULT_USER_ID)).toMatchObject({
      revision: 5,
      visits: 4,
      firstVisitDate: '2026-05-01',
      lastVisitDate: '2026-05-14',
    });
  });

  test('a returning listener with a streak is greeted with it', async () => {
    const store = new MemoryUserStore();
    store.items.set(DEFAULT_USER_ID, {
      ...emptyUserContext(),
      revision: 1,
      visits: 5,
      lastVisitDate: '2026-05-13',
      quiz: { streak: 4, answered: 4, correct: 3, lastAnsweredDate: '2026-05-13' },
    });
    const reply = await new Dialog({ locale, store }).launch();
    expect(saysOneOf(reply.text, locale, 'welcome.backStreak', { count: '4' })).toBe(true);
  });

  test("with today's question answered, a returning listener with a series in progress is offered that series", async () => {
    const store = new MemoryUserStore();
    store.items.set(DEFAULT_USER_ID, {
      ...emptyUserContext(),
      revision: 1,
      visits: 2,
      lastVisitDate: '2026-05-14',
      lastSeries: { topic: 'postmortems', at: 1 },
      series: { postmortems: { next: 2, cycle: 0, at: 1 } },
      quiz: { streak: 1, answered: 1, correct: 0, lastAnsweredDate: '2026-05-14' },
    });
    const dialog = new Dialog({ locale, store });
    const reply = await dialog.launch();
    expect(saysOneOf(reply.text, locale, 'launchOffer.series', topicForms(locale, 'postmortems'))).toBe(true);
    expect(dialog.sessionAttributes?.pending).toMatchObject({ kind: 'item', via: 'series', topic: 'postmortems', index: 2 });
  });
});
