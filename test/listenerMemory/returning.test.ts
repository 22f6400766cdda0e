import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { CLIPS } from '../../lambda/speech/clips';
import { Dialog, T0 } from '../support/driver';
import { saysOneOf } from '../support/prompts';
import { daysAfter, HOUR, storedContext, topicSlot } from './support/scenario';

const says = (text: string, key: string, values?: Record<string, string>) => saysOneOf(text, 'en-US', key, values);

/** One day's quiz try: ask for today's question, then answer it in that session. */
async function answerOnDay(dialog: Dialog, at: Date): Promise<void> {
  await dialog.setTime(at).oneShot('DailyQuestionIntent');
  await dialog.intent('AnswerIntent', { number: { value: '0' } });
}

describe('first visit and returning listeners', () => {
  test('the first visit gets the first welcome; the context records the visit', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-first' });
    const launch = await dialog.launch();
    expect(says(launch.text, 'welcome.first')).toBe(true);
    expect(says(launch.text, 'welcome.back')).toBe(false);
    expect(launch.audio[0]).toBe(CLIPS.open);
    expect(storedContext(store, 'user-first')).toMatchObject({ visits: 1, firstVisitDate: '2026-05-14', lastVisitDate: '2026-05-14' });
  });

  test('a later visit gets a shorter "welcome back"', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-back' });
    const first = await dialog.launch();
    await dialog.intent('AMAZON.StopIntent');
    const again = await dialog.setTime(new Date(T0.getTime() + 2 * HOUR)).launch();
    expect(says(again.text, 'welcome.back')).toBe(true);
    expect(says(again.text, 'welcome.first')).toBe(false);
    // the same fortune of the day both times, so the difference is the welcome
    expect(again.card).toEqual(first.card);
    expect(again.text.length).toBeLessThan(first.text.length);
    expect(storedContext(store, 'user-back').visits).toBe(2);
  });

  test('a one-shot counts as a visit: a later launch is a return, not a first visit', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-oneshot-first' });
    await dialog.oneShot('GetFortuneIntent');
    const launch = await dialog.setTime(daysAfter(T0, 1)).launch();
    expect(says(launch.text, 'welcome.back')).toBe(true);
    expect(says(launch.text, 'welcome.first')).toBe(false);
  });

  test("an unfinished tip series is offered once today's question is answered", async () => {
    const dialog = new Dialog({ store: new MemoryUserStore(), userId: 'user-news-series' });
    await dialog.oneShot('GetTipIntent', topicSlot('batch-computing'));
    await dialog.oneShot('GetTipIntent', topicSlot('batch-computing'));
    await answerOnDay(dialog, daysAfter(T0, 3));
    const launch = await dialog.launch();
    expect(says(launch.text, 'launchOffer.series', { attributive: 'batch computing', name: 'batch computing' })).toBe(true);
  });

  test("a streak is greeted, and today's question is offered before an unfinished series", async () => {
    const dialog = new Dialog({ store: new MemoryUserStore(), userId: 'user-news-streak' });
    await answerOnDay(dialog, T0);
    await answerOnDay(dialog, daysAfter(T0, 1));
    await dialog.oneShot('GetTipIntent', topicSlot('postmortems'));
    const launch = await dialog.setTime(daysAfter(T0, 2)).launch();
    expect(says(launch.text, 'welcome.backStreak', { count: '2' })).toBe(true);
    expect(says(launch.text, 'launchOffer.quiz')).toBe(true);
    expect(says(launch.text, 'launchOffer.series')).toBe(false);
  });

  test('no streak greeting after a missed day: the streak is gone', async () => {
    const dialog = new Dialog({ store: new MemoryUserStore(), userId: 'user-news-streak-gone' });
    await answerOnDay(dialog, T0);
    await answerOnDay(dialog, daysAfter(T0, 1));
    const launch = await dialog.setTime(daysAfter(T0, 3)).launch();
    expect(says(launch.text, 'welcome.backStreak')).toBe(false);
    expect(says(launch.text, 'welcome.back')).toBe(true);
  });
});
