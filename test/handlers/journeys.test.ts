import { LOCALES, SUPPORTED_LOCALES } from '../../lambda/locale';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { CLIPS } from '../../lambda/speech/clips';
import { Dialog, itemByCard, T0 } from '../support/driver';
import { phrasings } from '../support/prompts';

const DAY = 86_400_000;
const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** The content items a listener heard in a session, by the cards shown. */
function itemsHeard(dialog: Dialog): string[] {
  return dialog.replies.map((reply) => itemByCard(dialog.catalog, reply.card?.text)?.id).filter((id): id is string => id !== undefined);
}

describe.each(SUPPORTED_LOCALES)('listener journeys in %s', (locale) => {
  test.each([1, 2, 3])(
    'a new listener: launch, yes to the question, an answer, then six yeses in a row (seed %i): no item twice',
    async (seed) => {
      const dialog = new Dialog({ locale, seed, store: new MemoryUserStore() });
      const launch = await dialog.launch();
      expect(launch.open).toBe(true);
      await dialog.intent('AMAZON.YesIntent');
      expect(dialog.sessionAttributes?.pending).toMatchObject({ kind: 'question' });
      const answer = await dialog.intent('AnswerIntent', { number: { value: '7' } });
      expect(answer.open).toBe(true);
      for (let i = 0; i < 6; i++) {
        const yes = await dialog.intent('AMAZON.YesIntent');
        expect(yes.open).toBe(true);
        expect(yes.card).toBeDefined();
        // one yes/no question, at the end
        expect(yes.text.match(/\?/g)).toHaveLength(1);
        expect(yes.text).toMatch(/\?$/);
      }
      const heard = itemsHeard(dialog);
      expect(heard.length).toBeGreaterThanOrEqual(6);
      expect(new Set(heard).size).toBe(heard.length);
      // the transition clip plays at most once in the session
      expect(dialog.replies.flatMap((reply) => reply.audio).filter((clip) => clip === CLIPS.transition).length).toBe(1);
    },
  );

  test("an extra fortune's yes leads to the tip behind it, in another deck; six yeses from there repeat no item", async () => {
    // The days are searched, not computed: the first day whose extra fortune comes from a talk.
    for (let day = 0; day < 30; day++) {
      const dialog = new Dialog({ locale, store: new MemoryUserStore(), at: new Date(T0.getTime() + day * DAY) });
      await dialog.launch();
      const extra = itemByCard(dialog.catalog, (await dialog.intent('GetFortuneIntent')).card?.text)!;
      const behind = dialog.catalog.item(extra.related[0]!)!;
      if (dialog.catalog.deckOf(behind.id) === 'fortunes') continue;
      const yes = await dialog.intent('AMAZON.YesIntent');
      expect(itemByCard(dialog.catalog, yes.card?.text)?.id).toBe(behind.id);
      expect(dialog.catalog.deckOf(behind.id)).not.toBe('fortunes');
      for (let i = 0; i < 5; i++) expect((await dialog.intent('AMAZON.YesIntent')).card).toBeDefined();
      const heard = itemsHeard(dialog);
      expect(heard).toHaveLength(8); // today's fortune, the extra one, six yeses
      expect(new Set(heard).size).toBe(heard.length);
      return;
    }
    throw new Error('no day in 30 with an extra fortune from a talk');
  });

  test("after today's fortune, more fortunes are extra ones, never today's again", async () => {
    const dialog = new Dialog({ locale, store: new MemoryUserStore() });
    const launch = await dialog.launch();
    const again = await dialog.intent('GetFortuneIntent');
    expect(again.card?.text).not.toBe(launch.card?.text);
    expect(again.card?.title).not.toBe(launch.card?.title);
    const third = await dialog.intent('GetFortuneIntent');
    expect(new Set([launch.card?.text, again.card?.text, third.card?.text]).size).toBe(3);
  });

  test('eight consecutive days of launches: one breath each, never the same welcome as the day before', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ locale, store, seed: 3 });
    const welcomes: string[] = [];
    for (let day = 0; day < 8; day++) {
      const launch = await dialog.setTime(new Date(T0.getTime() + day * DAY)).launch();
      const count = words(launch.text);
      expect(count).toBeLessThanOrEqual(day === 0 ? 40 : 30);
      // the welcome: what is said before the fortune's reveal clip
      welcomes.push(launch.ssml!.split(CLIPS.reveal)[0]!);
      await dialog.intent('AMAZON.StopIntent');
    }
    for (let day = 1; day < welcomes.length; day++) expect(welcomes[day]).not.toBe(welcomes[day - 1]);
    expect(new Set(welcomes.slice(1)).size).toBeGreaterThanOrEqual(5);
  });

  test('at least six welcome-backs, some naming the streak or the day', () => {
    const back = phrasings(locale, 'welcome.back');
    expect(back.length).toBeGreaterThanOrEqual(6);
    expect(back.some((phrasing) => phrasing.includes('{{weekday}}'))).toBe(true);
    expect(phrasings(locale, 'welcome.backStreak').every((phrasing) => phrasing.includes('{{count}}'))).toBe(true);
  });

  test("every fortune is read in the cookie's own voice, a Polly voice of the locale", async () => {
    const dialog = new Dialog({ locale, store: new MemoryUserStore() });
    const replies = [await dialog.launch(), await dialog.intent('GetFortuneIntent'), await dialog.intent('GetFortuneIntent')];
    for (const reply of replies) {
      const fortune = itemByCard(dialog.catalog, reply.card?.text)!;
      expect(dialog.catalog.deckOf(fortune.id)).toBe('fortunes');
      expect(reply.ssml).toContain(`<voice name="${LOCALES[locale].quoteVoice}">`);
    }
    // one-shots too
    const oneShot = await new Dialog({ locale }).oneShot('GetFortuneIntent');
    expect(oneShot.ssml).toContain(`<voice name="${LOCALES[locale].quoteVoice}">`);
  });

  test("stray answer words outside a question never use the day's try: a topic they name gets its tip", async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ locale, store });
    await dialog.launch();
    const spoken = locale === 'de-DE' ? 'Postmortems' : 'postmortems';
    const stray = await dialog.intent('AnswerIntent', { answer: { value: spoken, resolvedId: null, slotType: 'QuizAnswerType' } });
    expect(dialog.catalog.series('postmortems').map((item) => item.card)).toContain(stray.card?.text);
    expect(store.items.get(dialog.userId)).toMatchObject({ quiz: { answered: 0 } });
  });

  test('help inside a question repeats it and keeps it answerable; a stray yes does not score it', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ locale, store });
    await dialog.launch();
    const asked = await dialog.intent('DailyQuestionIntent');
    const question = asked.card!.text!;
    const help = await dialog.intent('AMAZON.HelpIntent');
    expect(help.text).toContain(question);
    expect(help.text).toMatch(/\?$/);
    expect(dialog.sessionAttributes?.pending).toMatchObject({ kind: 'question' });
    const yes = await dialog.intent('AMAZON.YesIntent');
    expect(store.items.get(dialog.userId)).toMatchObject({ quiz: { answered: 0 } });
    if (yes.text.includes(question)) expect(dialog.sessionAttributes?.pending).toMatchObject({ kind: 'question' });
  });

  test('one breath for every fortune: the longest welcome, fortune and launch offer fit 40 words (new) and 30 (returning)', () => {
    const catalog = new Dialog({ locale }).catalog;
    const longest = (key: string) =>
      Math.max(
        ...phrasings(locale, key).map((phrasing) =>
          words(
            phrasing
              .replace(/\{\{weekday\}\}/g, 'Wednesday')
              .replace(/\{\{count\}\}/g, '12')
              .replace(/\{\{\w+\}\}/g, 'continuous delivery'),
          ),
        ),
      );
    const fortune = Math.max(...catalog.fortunes.map((item) => words(`${item.speech} ${item.quote ?? ''}`)));
    const offer = Math.max(...['quiz', 'series', 'tip', 'extraFortune'].map((kind) => longest(`launchOffer.${kind}`)));
    expect(longest('welcome.first') + fortune + offer).toBeLessThanOrEqual(40);
    expect(Math.max(longest('welcome.back'), longest('welcome.backStreak')) + fortune + offer).toBeLessThanOrEqual(30);
  });

  test('fortunes are never introduced or titled as tips', async () => {
    const dialog = new Dialog({ locale, store: new MemoryUserStore() });
    await dialog.launch();
    const replies = [
      await dialog.intent('GetTipIntent', { topic: { value: 'fortunes', resolvedId: 'fortunes', slotType: 'TopicType' } }),
      await dialog.intent('AMAZON.NextIntent'),
      await dialog.intent('GetFortuneIntent'),
    ];
    for (const reply of replies) {
      expect(dialog.catalog.deckOf(itemByCard(dialog.catalog, reply.card?.text)!.id)).toBe('fortunes');
      expect(reply.card?.title).not.toMatch(/tip/i);
      expect(reply.text.split(reply.card?.text?.slice(0, 20) ?? '~')[0]).not.toMatch(/tip/i);
    }
  });
});
