import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { CLIPS } from '../../lambda/speech/clips';
import { Dialog, T0 } from '../support/driver';
import { phrasings, saysOneOf } from '../support/prompts';
import { daysAfter, HOUR, storedContext, topicSlot } from './support/scenario';

const says = (text: string, key: string, values?: Record<string, string>) => saysOneOf(text, 'en-US', key, values);
const NEWS = ['news.streak', 'news.series', 'news.newDay'];

describe('first visit and returning listeners', () => {
  test('the first visit gets the welcome and a short orientation; the context records the visit', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-first' });
    const launch = await dialog.launch();
    expect(says(launch.text, 'welcome.first')).toBe(true);
    expect(says(launch.text, 'orientation')).toBe(true);
    expect(says(launch.text, 'welcome.back')).toBe(false);
    expect(launch.audio[0]).toBe(CLIPS.open);
    expect(storedContext(store, 'user-first')).toMatchObject({ visits: 1, firstVisitDate: '2026-05-14', lastVisitDate: '2026-05-14' });
  });

  test('a later visit gets a shorter "welcome back" without the orientation', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-back' });
    const first = await dialog.launch();
    await dialog.intent('AMAZON.StopIntent');
    const again = await dialog.setTime(new Date(T0.getTime() + 2 * HOUR)).launch();
    expect(says(again.text, 'welcome.back')).toBe(true);
    expect(says(again.text, 'welcome.first')).toBe(false);
    expect(says(again.text, 'orientation')).toBe(false);
    // same day: nothing new to tell
    for (const key of NEWS) expect(says(again.text, key)).toBe(false);
    // the same fortune of the day both times, so the difference is the welcome
    expect(again.card).toEqual(first.card);
    expect(again.text.length).toBeLessThan(first.text.length);
    expect(storedContext(store, 'user-back').visits).toBe(2);
  });

  test('any welcome back with news is shorter than the shortest first welcome with orientation', () => {
    const shortestFirst =
      Math.min(...phrasings('en-US', 'welcome.first').map((p) => p.length)) +
      Math.min(...phrasings('en-US', 'orientation').map((p) => p.length));
    const longestBack =
      Math.max(...phrasings('en-US', 'welcome.back').map((p) => p.length)) +
      Math.max(...NEWS.flatMap((key) => phrasings('en-US', key)).map((p) => p.length));
    expect(longestBack).toBeLessThan(shortestFirst);
  });

  test('a one-shot counts as a visit: a later launch is a return, not a first visit', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-oneshot-first' });
    await dialog.oneShot('GetFortuneIntent');
    const launch = await dialog.setTime(daysAfter(T0, 1)).launch();
    expect(says(launch.text, 'welcome.back')).toBe(true);
    expect(says(launch.text, 'orientation')).toBe(false);
  });

  test('news: a new day since the last visit', async () => {
    const dialog = new Dialog({ store: new MemoryUserStore(), userId: 'user-new-day' });
    await dialog.launch();
    const launch = await dialog.setTime(daysAfter(T0, 1)).launch();
    expect(says(launch.text, 'welcome.back')).toBe(true);
    expect(says(launch.text, 'news.newDay')).toBe(true);
  });

  test('news: an unfinished tip series', async () => {
    const dialog = new Dialog({ store: new MemoryUserStore(), userId: 'user-news-series' });
    await dialog.oneShot('GetTipIntent', topicSlot('batch-computing'));
    await dialog.oneShot('GetTipIntent', topicSlot('batch-computing'));
    const launch = await dialog.setTime(daysAfter(T0, 3)).launch();
    expect(says(launch.text, 'news.series', { title: 'batch computing' })).toBe(true);
  });

  test("news: a streak waiting for today's question comes first (over an unfinished series)", async () => {
    const dialog = new Dialog({ store: new MemoryUserStore(), userId: 'user-news-streak' });
    await dialog.oneShot('AnswerIntent', { number: { value: '0' } });
    await dialog.setTime(daysAfter(T0, 1)).oneShot('AnswerIntent', { number: { value: '0' } });
    await dialog.oneShot('GetTipIntent', topicSlot('postmortems'));
    const launch = await dialog.setTime(daysAfter(T0, 2)).launch();
    expect(says(launch.text, 'news.streak', { count: '2' })).toBe(true);
    expect(says(launch.text, 'news.series')).toBe(false);
  });

  test('no streak news after a missed day: the streak is gone', async () => {
    const dialog = new Dialog({ store: new MemoryUserStore(), userId: 'user-news-streak-gone' });
    await dialog.oneShot('AnswerIntent', { number: { value: '0' } });
    await dialog.setTime(daysAfter(T0, 1)).oneShot('AnswerIntent', { number: { value: '0' } });
    const launch = await dialog.setTime(daysAfter(T0, 3)).launch();
    expect(says(launch.text, 'news.streak')).toBe(false);
    expect(says(launch.text, 'news.newDay')).toBe(true);
  });
});
