import { sameJson } from '../../lambda/persistence/sameJson';

const context = {
  schemaVersion: 2,
  revision: 3,
  visits: 4,
  lastVisitDate: '2026-05-14',
  lastHeard: { itemId: 'tip-1', at: 1_700_000_000_000, topic: 'docker' },
  series: { docker: { next: 2, cycle: 0, at: 1_700_000_000_000 } },
  quiz: { streak: 1, answered: 2, correct: 1, lastCorrect: true },
  phrasings: { 'welcome.back': 1 },
};

/** Pairs JSON.stringify would call alike, each also compared the other way round. */
const alike: [unknown, unknown][] = [
  [context, structuredClone(context)],
  [{ a: 1, b: undefined }, { a: 1 }],
  [{ a: [1, undefined] }, { a: [1, null] }],
  [{ a: Number.NaN }, { a: null }],
  [[], []],
  [{}, {}],
  ['x', 'x'],
  [null, null],
];

/** Pairs JSON.stringify would tell apart. */
const different: [unknown, unknown][] = [
  [context, { ...context, visits: 5 }],
  [context, { ...context, series: {} }],
  [context, { ...context, quiz: { ...context.quiz, lastCorrect: false } }],
  [context, { ...context, phrasings: { 'welcome.back': 1, 'tip.lead': 0 } }],
  [context, { ...context, lastHeard: { itemId: 'tip-1', at: 1_700_000_000_000 } }],
  [{ a: 1 }, { a: '1' }],
  [{ a: null }, {}],
  [{ a: [1, 2] }, { a: [1, 2, 3] }],
  [{ a: [] }, { a: {} }],
  [{ a: 0 }, { a: false }],
  [{ a: {} }, { a: null }],
];

test.each(alike)('alike: %j and %j', (a, b) => {
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  expect(sameJson(a, b)).toBe(true);
  expect(sameJson(b, a)).toBe(true);
});

test.each(different)('different: %j and %j', (a, b) => {
  expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
  expect(sameJson(a, b)).toBe(false);
  expect(sameJson(b, a)).toBe(false);
});

test('key order is no difference (the same context, built in another order, is nothing to write)', () => {
  expect(sameJson({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 })).toBe(true);
});
