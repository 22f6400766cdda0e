import { diffContext, MAX_CHANGES } from '../../local/web/contextDiff';

describe('stored-context diff between turns', () => {
  test('names added, removed and changed keys by dotted path, nested objects key by key', () => {
    const before = { visits: 1, quiz: { streak: 2, correct: 2 }, lastTipId: 'a', seen: ['x'] };
    const after = { visits: 2, quiz: { streak: 0, correct: 2, lastCorrect: false }, seen: ['x', 'y'], locale: 'en-US' };
    expect(diffContext(before, after)).toEqual({
      changes: [
        { path: 'lastTipId', kind: 'removed', before: 'a' },
        { path: 'locale', kind: 'added', after: 'en-US' },
        { path: 'quiz.lastCorrect', kind: 'added', after: false },
        { path: 'quiz.streak', kind: 'changed', before: 2, after: 0 },
        { path: 'seen', kind: 'changed', before: ['x'], after: ['x', 'y'] },
        { path: 'visits', kind: 'changed', before: 1, after: 2 },
      ],
      more: 0,
    });
  });

  test('no context before (a first visit, a reset) is an empty one; an unchanged context has no changes', () => {
    expect(diffContext(null, { visits: 1 }).changes).toEqual([{ path: 'visits', kind: 'added', after: 1 }]);
    expect(diffContext({ visits: 1 }, null).changes).toEqual([{ path: 'visits', kind: 'removed', before: 1 }]);
    expect(diffContext({ a: { b: [1] } }, { a: { b: [1] } })).toEqual({ changes: [], more: 0 });
    // An object that becomes a value is one change, not a walk into it.
    expect(diffContext({ a: { b: 1 } }, { a: 3 }).changes).toEqual([{ path: 'a', kind: 'changed', before: { b: 1 }, after: 3 }]);
  });

  test('stays bounded: changes past the cap are counted, not listed', () => {
    const after = Object.fromEntries(Array.from({ length: MAX_CHANGES + 7 }, (_, i) => [`k${i}`, i]));
    const diff = diffContext({}, after);
    expect(diff.changes).toHaveLength(MAX_CHANGES);
    expect(diff.more).toBe(7);
  });
});
