import { cloneJson } from '../../lambda/persistence/cloneJson';

const context = {
  schemaVersion: 2,
  revision: 3,
  visits: 4,
  lastHeard: { itemId: 'tip-1', at: 1_700_000_000_000, topic: 'docker' },
  series: { docker: { next: 2, cycle: 0, at: 1_700_000_000_000 } },
  quiz: { streak: 1, answered: 2, correct: 1 },
  phrasings: { 'welcome.back': 1 },
  list: [1, { a: [2, 3] }, null, 'x'],
};

test('a copy equals the original, as structuredClone gave it, and shares no object with it', () => {
  const copy = cloneJson(context);
  expect(copy).toStrictEqual(structuredClone(context));
  copy.series.docker!.next = 9;
  copy.quiz.streak = 7;
  (copy.list[1] as { a: number[] }).a.push(4);
  expect(context.series.docker.next).toBe(2);
  expect(context.quiz.streak).toBe(1);
  expect(context.list[1]).toEqual({ a: [2, 3] });
});

test('values that are not objects come back as they are', () => {
  for (const value of ['text', 0, -1.5, true, null, undefined]) expect(cloneJson(value)).toBe(value);
});
