import {
  emptyUserContext,
  mergeUserContexts,
  UnreadableUserContextError,
  USER_CONTEXT_SCHEMA_VERSION,
  type UserContext,
  upgrade,
} from '../../lambda/domain/userContext';

function context(overrides: Partial<UserContext>): UserContext {
  return { ...emptyUserContext(), ...overrides };
}

describe('upgrade', () => {
  test('nothing stored is an empty current context', () => {
    expect(upgrade(undefined)).toEqual(emptyUserContext());
    expect(upgrade(null)).toEqual(emptyUserContext());
    expect(emptyUserContext().schemaVersion).toBe(USER_CONTEXT_SCHEMA_VERSION);
  });

  test('v0 keeps lastItemId (as lastHeard) and visits', () => {
    const upgraded = upgrade({ lastItemId: 'fortunes-smile', visits: 12 });
    expect(upgraded.schemaVersion).toBe(2);
    expect(upgraded.visits).toBe(12);
    expect(upgraded.lastHeard?.itemId).toBe('fortunes-smile');
    expect(upgraded.series).toEqual({});
    expect(upgraded.quiz).toEqual({ streak: 0, answered: 0, correct: 0 });
  });

  test('v0 with an explicit schemaVersion 0 and a revision keeps the revision', () => {
    const upgraded = upgrade({ schemaVersion: 0, lastItemId: 'batch-job-queues', visits: 2, revision: 5 });
    expect(upgraded).toMatchObject({ schemaVersion: 2, revision: 5, visits: 2, lastHeard: { itemId: 'batch-job-queues' } });
  });

  test('v0 with wrong field types keeps what it can', () => {
    const upgraded = upgrade({ lastItemId: 7, visits: 'many' });
    expect(upgraded.visits).toBe(0);
    expect(upgraded.lastHeard).toBeUndefined();
  });

  test('v1 round-trips and fills missing parts', () => {
    const stored = context({
      revision: 3,
      visits: 4,
      lastHeard: { itemId: 'voice-slots', at: 10 },
      series: { postmortems: { next: 2, cycle: 0, at: 9 } },
      quiz: { streak: 2, answered: 5, correct: 4, lastAnsweredDate: '2026-05-13' },
    });
    expect(upgrade(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
    const partial = upgrade({ schemaVersion: 1, visits: 1, quiz: { streak: 1 } });
    expect(partial.series).toEqual({});
    expect(partial.quiz).toEqual({ streak: 1, answered: 0, correct: 0 });
  });

  test.each([3, 99, '1', 2.5])('an unknown or future version %j throws UnreadableUserContextError', (version) => {
    expect(() => upgrade({ schemaVersion: version, visits: 1 })).toThrow(UnreadableUserContextError);
  });

  test.each([['a string'], [42], [true], [[1, 2]]])('a non-object %j throws UnreadableUserContextError', (raw) => {
    expect(() => upgrade(raw)).toThrow(UnreadableUserContextError);
  });

  test('the error keeps the raw value for the backup', () => {
    try {
      upgrade({ schemaVersion: 3 });
      throw new Error('expected a throw');
    } catch (error) {
      expect(error).toBeInstanceOf(UnreadableUserContextError);
      expect((error as UnreadableUserContextError).raw).toEqual({ schemaVersion: 3 });
    }
  });
});

describe('mergeUserContexts', () => {
  const stored = context({
    revision: 8,
    visits: 10,
    firstVisitDate: '2026-01-02',
    lastVisitDate: '2026-05-13',
    lastHeard: { itemId: 'stored-item', at: 2000 },
    lastSeries: { topic: 'postmortems', at: 2000 },
    series: {
      postmortems: { next: 4, cycle: 0, at: 2000 },
      metrics: { next: 1, cycle: 0, at: 500 },
    },
  });
  const mine = context({
    revision: 7,
    visits: 9,
    firstVisitDate: '2026-01-05',
    lastVisitDate: '2026-05-14',
    lastHeard: { itemId: 'my-item', at: 3000 },
    lastSeries: { topic: 'batch-computing', at: 3000 },
    series: {
      'batch-computing': { next: 2, cycle: 0, at: 3000 },
      metrics: { next: 3, cycle: 0, at: 2500 },
    },
  });

  test('neither side loses series progress: every topic kept, the later position wins', () => {
    const merged = mergeUserContexts(stored, mine);
    expect(merged.series).toEqual({
      postmortems: { next: 4, cycle: 0, at: 2000 },
      metrics: { next: 3, cycle: 0, at: 2500 },
      'batch-computing': { next: 2, cycle: 0, at: 3000 },
    });
  });

  test('counters take the larger value, dates the earliest first and latest last visit', () => {
    const merged = mergeUserContexts(stored, mine);
    expect(merged.visits).toBe(10);
    expect(merged.firstVisitDate).toBe('2026-01-02');
    expect(merged.lastVisitDate).toBe('2026-05-14');
  });

  test('timestamped fields take the later one from either side', () => {
    expect(mergeUserContexts(stored, mine).lastHeard?.itemId).toBe('my-item');
    expect(mergeUserContexts(mine, stored).lastHeard?.itemId).toBe('my-item');
    expect(mergeUserContexts(stored, { ...mine, lastHeard: undefined }).lastHeard?.itemId).toBe('stored-item');
  });

  test('the merged context carries the stored revision, so the next write is conditional on it', () => {
    expect(mergeUserContexts(stored, mine).revision).toBe(8);
  });

  test('a quiz answer given on either side is kept', () => {
    const answeredYesterday = { streak: 3, answered: 7, correct: 6, lastAnsweredDate: '2026-05-13' };
    const answeredToday = { streak: 4, answered: 8, correct: 7, lastAnsweredDate: '2026-05-14' };
    expect(mergeUserContexts(context({ quiz: answeredYesterday }), context({ quiz: answeredToday })).quiz).toEqual(answeredToday);
    expect(mergeUserContexts(context({ quiz: answeredToday }), context({ quiz: answeredYesterday })).quiz).toEqual(answeredToday);
  });

  test('merging is stable: merging the result again changes nothing', () => {
    const once = mergeUserContexts(stored, mine);
    expect(mergeUserContexts(once, mine)).toEqual(once);
  });
});

describe('phrasing memory (schema v2)', () => {
  test('a v1 item upgrades to v2 with no phrasings remembered', () => {
    const upgraded = upgrade({ schemaVersion: 1, revision: 3, visits: 7, series: {}, quiz: { streak: 0, answered: 0, correct: 0 } });
    expect(upgraded).toMatchObject({ schemaVersion: 2, revision: 3, visits: 7, phrasings: {} });
  });

  test('only known recurring prompts with small indexes are kept (bounded)', () => {
    const upgraded = upgrade({ schemaVersion: 2, phrasings: { 'welcome.back': 3, 'made.up': 1, 'tip.lead': -1, 'fortune.lead': 'x' } });
    expect(upgraded.phrasings).toEqual({ 'welcome.back': 3 });
  });

  test('a merge keeps the phrasings this session heard and the store’s others', () => {
    const base = { ...emptyUserContext(), phrasings: { 'welcome.back': 1, 'tip.lead': 2 } };
    const mine = { ...base, phrasings: { 'welcome.back': 4, 'tip.lead': 2 } };
    const stored = { ...base, phrasings: { 'welcome.back': 1, 'tip.lead': 0 } };
    expect(mergeUserContexts(stored, mine, base).phrasings).toEqual({ 'welcome.back': 4, 'tip.lead': 0 });
  });
});
