import { pickVariant, pickVariantAvoiding } from '../../lambda/domain/variants';
import { seededRandom, sequenceRandom } from '../support/random';

describe('pickVariant', () => {
  test.each([3, 4, 7])('with %i phrasings it never repeats the last index and reaches every other one', (count) => {
    const random = seededRandom(count);
    for (let last = 0; last < count; last++) {
      const seen = new Set<number>();
      for (let draw = 0; draw < 500; draw++) {
        const pick = pickVariant(count, last, random);
        expect(pick).not.toBe(last);
        expect(Number.isInteger(pick) && pick >= 0 && pick < count).toBe(true);
        seen.add(pick);
      }
      expect(seen.size).toBe(count - 1);
    }
  });

  test('a chain of picks never repeats itself', () => {
    const random = seededRandom(99);
    let last: number | undefined;
    for (let i = 0; i < 1000; i++) {
      const pick = pickVariant(5, last, random);
      expect(pick).not.toBe(last);
      last = pick;
    }
  });

  test('extreme random values stay in range and still skip the last index', () => {
    for (const value of [0, 0.5, 0.999999999999, 1 - Number.EPSILON]) {
      for (let last = 0; last < 4; last++) {
        const pick = pickVariant(4, last, () => value);
        expect(pick).not.toBe(last);
        expect(pick).toBeGreaterThanOrEqual(0);
        expect(pick).toBeLessThan(4);
      }
      const first = pickVariant(4, undefined, () => value);
      expect(first).toBeGreaterThanOrEqual(0);
      expect(first).toBeLessThan(4);
    }
  });

  test('without a previous pick every index can come up', () => {
    const seen = new Set<number>();
    const random = seededRandom(5);
    for (let i = 0; i < 200; i++) seen.add(pickVariant(4, undefined, random));
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
  });

  test('an out-of-range last index is treated as no previous pick', () => {
    const seen = new Set<number>();
    const random = seededRandom(6);
    for (let i = 0; i < 200; i++) seen.add(pickVariant(3, 7, random));
    expect([...seen].sort()).toEqual([0, 1, 2]);
    expect(pickVariant(3, -1, () => 0)).toBe(0);
  });

  test('count 1 always gives 0, whatever the last index', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 20; i++) {
      expect(pickVariant(1, undefined, random)).toBe(0);
      expect(pickVariant(1, 0, random)).toBe(0);
    }
  });

  test('count 2 alternates', () => {
    const random = sequenceRandom(0, 0.3, 0.6, 0.99);
    let last = pickVariant(2, undefined, random);
    for (let i = 0; i < 20; i++) {
      const pick = pickVariant(2, last, random);
      expect(pick).toBe(1 - last);
      last = pick;
    }
  });
});

describe('pickVariantAvoiding picks what the list-based rule picked', () => {
  /** The rule as first written: the allowed indexes as a list, then one of them. */
  function byList(count: number, avoid: readonly (number | undefined)[], random: () => number): number | 'fallback' {
    const excluded = new Set(avoid.filter((index): index is number => index !== undefined && index >= 0 && index < count));
    const allowed = Array.from({ length: count }, (_, index) => index).filter((index) => !excluded.has(index));
    if (allowed.length === 0) return 'fallback';
    return allowed[Math.min(allowed.length - 1, Math.floor(random() * allowed.length))]!;
  }

  test('for every count to 8, every pair of avoided indexes (in range, out of range, none) and 9 draws', () => {
    const avoidable = [undefined, -1, 0, 1, 2, 3, 5, 7, 9];
    const draws = [0, 0.1, 0.25, 0.4, 0.5, 0.66, 0.8, 0.95, 1 - 2 ** -53];
    let compared = 0;
    for (let count = 1; count <= 8; count++) {
      for (const first of avoidable) {
        for (const second of avoidable) {
          for (const draw of draws) {
            const expected = byList(count, [first, second], () => draw);
            if (expected === 'fallback') continue;
            expect(pickVariantAvoiding(count, [first, second], () => draw)).toBe(expected);
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });
});
