import { emptyUserContext, mergeUserContexts, type UserContext } from '../../lambda/domain/userContext';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { Dialog, T0 } from '../support/driver';
import { en, servedItem, storedContext, topicSlot } from './support/scenario';
import { ReadBarrier } from './support/stores';

const T = T0.getTime();

function context(overrides: Partial<UserContext>): UserContext {
  return { ...emptyUserContext(), ...overrides };
}

/** The merge a session makes when its conditional write lost: `base` is what it loaded. */
describe("three-way merge of a session's changes into what another session stored", () => {
  const base = context({
    revision: 4,
    visits: 6,
    series: { postmortems: { next: 2, cycle: 0, at: T }, metrics: { next: 1, cycle: 0, at: T } },
    lastHeard: { itemId: 'postmortems-x', at: T },
    quiz: { streak: 1, answered: 3, correct: 2, lastAnsweredDate: '2026-05-13' },
  });

  test("both sessions' visits count", () => {
    const stored = { ...base, revision: 5, visits: 7 };
    const mine = { ...base, visits: 7 };
    expect(mergeUserContexts(stored, mine, base).visits).toBe(8);
  });

  test("a field this session did not touch keeps the other session's newer value, even with equal timestamps", () => {
    const stored = { ...base, revision: 5, series: { ...base.series, postmortems: { next: 3, cycle: 0, at: T } } };
    const mine = { ...base, series: { ...base.series, metrics: { next: 2, cycle: 0, at: T } } };
    const merged = mergeUserContexts(stored, mine, base);
    expect(merged.series.postmortems).toEqual({ next: 3, cycle: 0, at: T });
    expect(merged.series.metrics).toEqual({ next: 2, cycle: 0, at: T });
    expect(merged.revision).toBe(5);
  });

  test('a field this session changed wins a tie; a strictly later stored change wins over it', () => {
    const stored = { ...base, revision: 5, lastHeard: { itemId: 'theirs', at: T + 5 } };
    expect(mergeUserContexts(stored, { ...base, lastHeard: { itemId: 'mine', at: T + 5 } }, base).lastHeard?.itemId).toBe('mine');
    expect(mergeUserContexts(stored, { ...base, lastHeard: { itemId: 'mine', at: T + 4 } }, base).lastHeard?.itemId).toBe('theirs');
  });

  test("an untouched quiz keeps the other session's answer; a changed one is kept", () => {
    const answered = { streak: 2, answered: 4, correct: 3, lastAnsweredDate: '2026-05-14', lastCorrect: true };
    expect(mergeUserContexts({ ...base, quiz: answered }, base, base).quiz).toEqual(answered);
    expect(mergeUserContexts(base, { ...base, quiz: answered }, base).quiz).toEqual(answered);
  });
});

describe('the same on the memory store, through the skill', () => {
  test('two concurrent one-shots of one listener both land, with both visits counted', async () => {
    const memory = new MemoryUserStore();
    const barrier = new ReadBarrier(memory);
    const a = new Dialog({ store: barrier, userId: 'merge-user' });
    const b = new Dialog({ store: barrier, userId: 'merge-user' });
    barrier.arm(2);
    const [tipA, tipB] = await Promise.all([
      a.oneShot('GetTipIntent', topicSlot('postmortems')),
      b.oneShot('GetTipIntent', topicSlot('metrics')),
    ]);
    expect(servedItem(tipA).id).toBe(en.series('postmortems')[0]!.id);
    expect(servedItem(tipB).id).toBe(en.series('metrics')[0]!.id);
    expect(storedContext(memory, 'merge-user')).toMatchObject({
      visits: 2,
      revision: 2,
      series: { postmortems: { next: 1 }, metrics: { next: 1 } },
    });
  });
});
