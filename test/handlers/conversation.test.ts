import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { CLIPS } from '../../lambda/speech/clips';
import { fortuneOfTheDay, topicSlot } from '../support/content';
import { Dialog, itemByCard } from '../support/driver';
import { LOCALES, saysOneOf, text } from '../support/prompts';

describe.each(LOCALES)('AMAZON.RepeatIntent in %s', (locale) => {
  // After the launch, the speech is the launch without its welcome and clips (test/handlers/repeatAfterLaunch.test.ts).
  test('repeats the last answer of the session: reprompt and card', async () => {
    const dialog = new Dialog({ locale });
    const launch = await dialog.launch();
    const again = await dialog.intent('AMAZON.RepeatIntent');
    expect(again.repromptSsml).toBe(launch.repromptSsml);
    expect(again.card).toEqual(launch.card);
    expect(again.open).toBe(true);
  });

  test('after a tip, repeats the tip (not the launch)', async () => {
    const dialog = new Dialog({ locale });
    await dialog.launch();
    const tip = await dialog.intent('GetTipIntent', topicSlot('metrics'));
    const again = await dialog.intent('AMAZON.RepeatIntent');
    expect(again.ssml).toBe(tip.ssml);
    expect(again.card).toEqual(tip.card);
    // Repeating twice is still the same.
    expect((await dialog.intent('AMAZON.RepeatIntent')).ssml).toBe(tip.ssml);
  });

  test('after help, repeats the help (the last answer of the session)', async () => {
    const dialog = new Dialog({ locale });
    await dialog.launch();
    const help = await dialog.intent('AMAZON.HelpIntent');
    const again = await dialog.intent('AMAZON.RepeatIntent');
    expect(again.ssml).toBe(help.ssml);
    expect(again.repromptSsml).toBe(help.repromptSsml);
  });

  test('in a new session, replays the item this listener heard last (from the store)', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ locale, store });
    const first = await dialog.oneShot('GetFortuneIntent');
    const fortune = fortuneOfTheDay(dialog.catalog, dialog.day);
    expect(first.card?.text).toBe(fortune.card);

    const replay = await dialog.setTime('2026-05-14T20:00:00Z').oneShot('AMAZON.RepeatIntent');
    expect(saysOneOf(replay.text, locale, 'replay.lead')).toBe(true);
    expect(replay.text).toContain(fortune.speech);
    expect(replay.card?.text).toBe(fortune.card);
    expect(replay.ended).toBe(true);
  });

  test('a different listener with the same store has nothing to replay', async () => {
    const store = new MemoryUserStore();
    await new Dialog({ locale, store, userId: 'amzn1.ask.account.HEARD' }).oneShot('GetFortuneIntent');
    const other = new Dialog({ locale, store, userId: 'amzn1.ask.account.NEW' });
    const reply = await other.oneShot('AMAZON.RepeatIntent');
    expect(saysOneOf(reply.text, locale, 'repeat.empty')).toBe(true);
  });

  test('with nothing heard yet: an explanation and an offer, session open; yes serves the fortune of the day (what every phrasing offers)', async () => {
    const dialog = new Dialog({ locale, store: new MemoryUserStore() });
    const reply = await dialog.oneShot('AMAZON.RepeatIntent');
    expect(saysOneOf(reply.text, locale, 'repeat.empty')).toBe(true);
    expect(reply.open).toBe(true);
    expect(reply.repromptSsml).toBeDefined();
    const yes = await dialog.intent('AMAZON.YesIntent');
    expect(yes.card?.text).toBe(fortuneOfTheDay(dialog.catalog, dialog.day).card);
  });
});

describe.each(LOCALES)('Yes and No in %s', (locale) => {
  test("Yes after a new listener's launch asks today's question (the launch's one next step)", async () => {
    const dialog = new Dialog({ locale });
    const launch = await dialog.launch();
    expect(saysOneOf(launch.text, locale, 'launchOffer.quiz')).toBe(true);
    const yes = await dialog.intent('AMAZON.YesIntent');
    expect(yes.card?.title).toBe(text(locale, 'card.question'));
    expect(yes.audio).toContain(CLIPS.question);
    expect(yes.open).toBe(true);
  });

  test('Yes after a tip serves the related item it offered, and the next Yes one more, never one heard before', async () => {
    const dialog = new Dialog({ locale });
    await dialog.launch();
    const tip = await dialog.intent('GetTipIntent', topicSlot('postmortems'));
    const heard = [itemByCard(dialog.catalog, tip.card?.text)!.id];
    for (let i = 0; i < 2; i++) {
      const offered = (dialog.sessionAttributes?.pending as { itemId?: string } | undefined)?.itemId;
      expect(offered).toBeDefined();
      const yes = await dialog.intent('AMAZON.YesIntent');
      const item = itemByCard(dialog.catalog, yes.card?.text)!;
      expect(item.id).toBe(offered);
      expect(heard).not.toContain(item.id);
      heard.push(item.id);
    }
  });

  test('Yes with no offer pending is a helpful fallback, not an error', async () => {
    const dialog = new Dialog({ locale });
    const reply = await dialog.oneShot('AMAZON.YesIntent');
    expect(saysOneOf(reply.text, locale, 'fallback')).toBe(true);
    expect(reply.open).toBe(true);
  });

  test('No ends kindly with the goodbye clip', async () => {
    const dialog = new Dialog({ locale });
    await dialog.launch();
    const no = await dialog.intent('AMAZON.NoIntent');
    expect(saysOneOf(no.text, locale, 'no')).toBe(true);
    expect(saysOneOf(no.text, locale, 'goodbye')).toBe(true);
    expect(no.audio).toEqual([CLIPS.goodbye]);
    expect(no.ended).toBe(true);
    expect(no.repromptSsml).toBeUndefined();
  });
});

describe.each(LOCALES)('Help, Stop and Fallback in %s', (locale) => {
  test.each([false, true])('Help (one-shot: %s) explains, ends with a question, reprompts and keeps the session open', async (oneShot) => {
    const dialog = new Dialog({ locale });
    if (!oneShot) await dialog.launch();
    const help = oneShot ? await dialog.oneShot('AMAZON.HelpIntent') : await dialog.intent('AMAZON.HelpIntent');
    expect(saysOneOf(help.text, locale, 'help')).toBe(true);
    expect(help.text).toMatch(/\?$/);
    expect(help.repromptText).toMatch(/\?$/);
    expect(help.text.endsWith(help.repromptText)).toBe(true);
    expect(help.open).toBe(true);
    expect(help.card?.title).toBe(text(locale, 'card.help'));
  });

  test.each(['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'])(
    '%s says goodbye with the closing clip and ends the session',
    async (intent) => {
      const dialog = new Dialog({ locale });
      await dialog.launch();
      const bye = await dialog.intent(intent);
      expect(saysOneOf(bye.text, locale, 'goodbye')).toBe(true);
      expect(bye.audio).toEqual([CLIPS.goodbye]);
      expect(bye.ssml!.endsWith(`<audio src="${CLIPS.goodbye}"/></speak>`)).toBe(true);
      expect(bye.ended).toBe(true);
      expect(bye.repromptSsml).toBeUndefined();
      expect(bye.text).not.toMatch(/\?$/);
      // Stop is also fine as a one-shot.
      const oneShot = await dialog.oneShot(intent);
      expect(oneShot.ended).toBe(true);
    },
  );

  test('Fallback helps, reprompts and keeps the session open', async () => {
    const dialog = new Dialog({ locale });
    await dialog.launch();
    const reply = await dialog.intent('AMAZON.FallbackIntent');
    expect(saysOneOf(reply.text, locale, 'fallback')).toBe(true);
    expect(reply.open).toBe(true);
    expect(reply.repromptText).toMatch(/\?$/);
    expect(reply.text.endsWith(reply.repromptText)).toBe(true);
    // Yes takes up the one next step the fallback offered (the launch already offered today's question).
    const offered = dialog.sessionAttributes?.pending as { kind: string; itemId?: string };
    expect(offered.kind).toBe('item');
    const yes = await dialog.intent('AMAZON.YesIntent');
    expect(itemByCard(dialog.catalog, yes.card?.text)?.id).toBe(offered.itemId);
  });
});

describe.each(LOCALES)('phrasing variety in %s', (locale) => {
  test.each([1, 2, 3, 4])('Help 10 times in one session never says the same thing twice in a row (seed %i)', async (seed) => {
    const dialog = new Dialog({ locale, seed });
    await dialog.launch();
    const speeches: string[] = [];
    const reprompts: string[] = [];
    for (let i = 0; i < 10; i++) {
      const reply = await dialog.intent('AMAZON.HelpIntent');
      expect(reply.open).toBe(true);
      speeches.push(reply.text);
      reprompts.push(reply.repromptText);
    }
    for (let i = 1; i < speeches.length; i++) {
      expect(speeches[i]).not.toBe(speeches[i - 1]);
      expect(reprompts[i]).not.toBe(reprompts[i - 1]);
    }
    // More than one phrasing overall.
    expect(new Set(speeches).size).toBeGreaterThan(1);
  });

  test('Fallback 10 times in one session never repeats itself back to back', async () => {
    const dialog = new Dialog({ locale, seed: 9 });
    await dialog.launch();
    let previous = '';
    for (let i = 0; i < 10; i++) {
      const reply = await dialog.intent('AMAZON.FallbackIntent');
      expect(reply.text).not.toBe(previous);
      previous = reply.text;
    }
  });
});
