import { TOPIC_IDS } from '../../lambda/content/types';
import { type UserContext, WRITE_TOKENS_KEPT } from '../../lambda/domain/userContext';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { Dialog, T0 } from '../support/driver';
import { saysOneOf } from '../support/prompts';
import { DAY, daysAfter, en, servedItem, storedContext, topicSlot } from './support/scenario';

const USER = 'user-no-repeats';

/** The stored item's JSON length, less the last-heard item id (ids differ in length). */
/** The write tokens (a bounded list, WRITE_TOKENS_KEPT) fill up over the first writes: measured apart. */
function withoutWriteTokens(context: UserContext): UserContext {
  expect((context.writes ?? []).length).toBeLessThanOrEqual(WRITE_TOKENS_KEPT);
  const { writes: _tokens, ...rest } = context;
  return rest;
}

function sizeWithoutIds(context: UserContext): number {
  return JSON.stringify(withoutWriteTokens(context)).length - (context.lastHeard?.itemId.length ?? 0);
}

describe('no repeats until the series is exhausted', () => {
  const topic = 'postmortems' as const;
  const series = en.series(topic);

  test('the deck is big enough for the test to mean something', () => {
    expect(series.length).toBeGreaterThanOrEqual(20);
  });

  test('walking a whole series with one-shots (one a day) serves every item once, then wraps with a notice and starts over', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: USER });
    const sizes: number[] = [];
    const heard: string[] = [];
    for (let day = 0; day < series.length; day++) {
      const reply = await dialog.setTime(daysAfter(T0, day)).oneShot('GetTipIntent', topicSlot(topic));
      expect(saysOneOf(reply.text, 'en-US', 'series.wrapped')).toBe(false);
      expect(reply.ended).toBe(true);
      heard.push(servedItem(reply).id);
      sizes.push(sizeWithoutIds(storedContext(store, USER)));
    }
    expect(new Set(heard).size).toBe(series.length);
    expect([...heard].sort()).toEqual(series.map((item) => item.id).sort());

    const wrapped = await dialog.setTime(daysAfter(T0, series.length)).oneShot('GetTipIntent', topicSlot(topic));
    expect(saysOneOf(wrapped.text, 'en-US', 'series.wrapped')).toBe(true);
    expect(servedItem(wrapped).id).toBe(heard[0]);
    const position = storedContext(store, USER).series[topic];
    expect(position).toMatchObject({ next: 1, cycle: 1 });

    // the second cycle again serves each item once, without another notice until it is exhausted
    const second: string[] = [servedItem(wrapped).id];
    for (let i = 1; i < series.length; i++) {
      const reply = await dialog.setTime(daysAfter(T0, series.length + i)).oneShot('GetTipIntent', topicSlot(topic));
      expect(saysOneOf(reply.text, 'en-US', 'series.wrapped')).toBe(false);
      second.push(servedItem(reply).id);
    }
    expect(second).toEqual(heard);

    // constant-size storage: the stored item does not grow with the number of tips heard; only the
    // counters (visits, revision, next, cycle) gain a digit, and the last-heard id varies in length
    sizes.push(sizeWithoutIds(storedContext(store, USER)));
    expect(Math.max(...sizes) - sizes[0]!).toBeLessThanOrEqual(6);
    expect(JSON.stringify(withoutWriteTokens(storedContext(store, USER))).length).toBeLessThan(400);
  });

  test('a listener who has heard many items of every series stores no list of them: one cursor per topic', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-every-topic' });
    let at = T0.getTime();
    for (const topic of TOPIC_IDS) {
      for (let i = 0; i < 12; i++) {
        at += DAY / 4;
        await dialog.setTime(new Date(at)).oneShot('GetTipIntent', topicSlot(topic));
      }
    }
    const stored = storedContext(store, 'user-every-topic');
    expect(Object.keys(stored.series).sort()).toEqual([...TOPIC_IDS].sort());
    for (const position of Object.values(stored.series)) expect(Object.keys(position!).sort()).toEqual(['at', 'cycle', 'next']);
    // far below a list of heard ids (7 topics x 12 ids of ~30 characters would be > 2500)
    expect(JSON.stringify(withoutWriteTokens(stored)).length).toBeLessThan(1000);
    expect(stored.writes).toHaveLength(WRITE_TOKENS_KEPT);
  });

  test('in an open session, next walks the same series without repeats and wraps at the end with the notice', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-next-walk' });
    const voice = en.series('voice-design');
    await dialog.launch();
    const heard = [servedItem(await dialog.intent('GetTipIntent', topicSlot('voice-design'))).id];
    for (let i = 1; i < voice.length; i++) heard.push(servedItem(await dialog.intent('AMAZON.NextIntent')).id);
    expect(new Set(heard).size).toBe(voice.length);
    const wrapped = await dialog.intent('AMAZON.NextIntent');
    expect(saysOneOf(wrapped.text, 'en-US', 'series.wrapped')).toBe(true);
    expect(servedItem(wrapped).id).toBe(voice[0]!.id);
  });
});
