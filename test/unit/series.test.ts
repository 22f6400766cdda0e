import { advance, moveTo, nextStep, stepSeries } from '../../lambda/domain/series';
import type { SeriesPosition } from '../../lambda/domain/userContext';

describe('series cursor', () => {
  test('a new listener starts at the first item, without a wrap', () => {
    expect(nextStep(5, undefined)).toEqual({ index: 0, wrapped: false });
  });

  test('walking a series serves every index once in order, then wraps and counts a cycle', () => {
    let position: SeriesPosition | undefined;
    const served: number[] = [];
    const wraps: boolean[] = [];
    for (let i = 0; i < 8; i++) {
      const step = nextStep(3, position);
      served.push(step.index);
      wraps.push(step.wrapped);
      position = advance(position, step, 1000 + i);
    }
    expect(served).toEqual([0, 1, 2, 0, 1, 2, 0, 1]);
    expect(wraps).toEqual([false, false, false, true, false, false, true, false]);
    expect(position).toEqual({ next: 2, cycle: 2, at: 1007 });
  });

  test('advance points at the following item and stamps the time', () => {
    expect(advance({ next: 1, cycle: 4, at: 1 }, { index: 1, wrapped: false }, 99)).toEqual({ next: 2, cycle: 4, at: 99 });
  });

  test('a series that shrank below the cursor wraps to the start', () => {
    expect(nextStep(3, { next: 10, cycle: 0, at: 0 })).toEqual({ index: 0, wrapped: true });
    expect(nextStep(3, { next: -1, cycle: 0, at: 0 })).toEqual({ index: 0, wrapped: true });
  });

  test('moveTo jumps to an index and keeps the cycle', () => {
    expect(moveTo({ next: 7, cycle: 3, at: 1 }, 2, 50)).toEqual({ next: 3, cycle: 3, at: 50 });
    expect(moveTo(undefined, 0, 50)).toEqual({ next: 1, cycle: 0, at: 50 });
    // After moving back, the walk continues from there.
    expect(nextStep(10, moveTo({ next: 7, cycle: 1, at: 1 }, 2, 5))).toEqual({ index: 3, wrapped: false });
  });
});

describe('stepSeries: next, previous, start over, continue', () => {
  test('next steps from the item just heard and wraps after the last', () => {
    expect(stepSeries(3, 'next', 0, undefined)).toEqual({ index: 1, wrapped: false, atStart: false });
    expect(stepSeries(3, 'next', 2, undefined)).toEqual({ index: 0, wrapped: true, atStart: false });
  });

  test('without an item heard in the session, next and continue step from the stored cursor', () => {
    const position = { next: 2, cycle: 0, at: 1 };
    expect(stepSeries(5, 'next', undefined, position).index).toBe(2);
    expect(stepSeries(5, 'continue', undefined, position).index).toBe(2);
  });

  test('previous steps back and stays at the first item with a notice', () => {
    expect(stepSeries(5, 'previous', 3, undefined)).toEqual({ index: 2, wrapped: false, atStart: false });
    expect(stepSeries(5, 'previous', 0, undefined)).toEqual({ index: 0, wrapped: false, atStart: true });
    expect(stepSeries(5, 'previous', undefined, { next: 3, cycle: 0, at: 1 }).index).toBe(1);
  });

  test('start over goes to the first item', () => {
    expect(stepSeries(5, 'startOver', 4, { next: 5, cycle: 2, at: 1 })).toEqual({ index: 0, wrapped: false, atStart: false });
  });
});
