import { dayNumberOf, localDay } from '../../lambda/domain/calendar';
import { itemOfTheDay } from '../../lambda/domain/rotation';
import { FALLBACK_TIME_ZONE, isValidTimeZone } from '../../lambda/domain/timeZone';

const HOUR = 3_600_000;
const deck = Array.from({ length: 7 }, (_, i) => ({ id: `deck-item-${i}` }));

/**
 * Local midnights written down from the zones' known offsets (not computed by the code under test):
 * [zone, local date, UTC instant of that date's local midnight, UTC instant of the next local midnight].
 */
const MIDNIGHTS: [string, string, string, string][] = [
  ['UTC', '2026-05-14', '2026-05-14T00:00:00Z', '2026-05-15T00:00:00Z'],
  ['America/Los_Angeles', '2026-05-14', '2026-05-14T07:00:00Z', '2026-05-15T07:00:00Z'], // PDT, UTC-7
  ['Europe/Berlin', '2026-05-14', '2026-05-13T22:00:00Z', '2026-05-14T22:00:00Z'], // CEST, UTC+2
  ['Asia/Kolkata', '2026-05-14', '2026-05-13T18:30:00Z', '2026-05-14T18:30:00Z'], // IST, UTC+5:30
  ['Pacific/Kiritimati', '2026-05-14', '2026-05-13T10:00:00Z', '2026-05-14T10:00:00Z'], // LINT, UTC+14
  ['America/Los_Angeles', '2026-01-15', '2026-01-15T08:00:00Z', '2026-01-16T08:00:00Z'], // PST, UTC-8
  ['Europe/Berlin', '2026-01-15', '2026-01-14T23:00:00Z', '2026-01-15T23:00:00Z'], // CET, UTC+1
];

/** DST days: [zone, local date, start, next midnight, length in hours]. */
const DST_DAYS: [string, string, string, string, number][] = [
  ['America/New_York', '2026-03-08', '2026-03-08T05:00:00Z', '2026-03-09T04:00:00Z', 23], // spring forward
  ['America/New_York', '2026-11-01', '2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z', 25], // fall back
  ['Europe/Berlin', '2026-03-29', '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z', 23],
  ['Europe/Berlin', '2026-10-25', '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z', 25],
];

function instantsWithin(start: number, end: number): number[] {
  const samples = [start, start + 1, end - 1];
  for (let t = start; t < end; t += 17 * 60_000) samples.push(t);
  return samples;
}

describe('localDay at local midnight', () => {
  test.each(MIDNIGHTS)('%s %s: one local day from its midnight to the next', (zone, date, startIso, endIso) => {
    const start = Date.parse(startIso);
    const end = Date.parse(endIso);
    const first = localDay(start, zone);
    expect(first.date).toBe(date);
    expect(first.dayNumber).toBe(dayNumberOf(date));
    for (const t of instantsWithin(start, end)) expect(localDay(t, zone)).toEqual(first);

    const before = localDay(start - 1, zone);
    const after = localDay(end, zone);
    expect(before.dayNumber).toBe(first.dayNumber - 1);
    expect(after.dayNumber).toBe(first.dayNumber + 1);
    expect(before.date < date && date < after.date).toBe(true);
  });

  test.each(MIDNIGHTS)('%s %s: the item of the day holds all day and changes exactly at midnight', (zone, _date, startIso, endIso) => {
    const start = Date.parse(startIso);
    const end = Date.parse(endIso);
    const today = itemOfTheDay(deck, localDay(start, zone).dayNumber);
    for (const t of instantsWithin(start, end)) expect(itemOfTheDay(deck, localDay(t, zone).dayNumber)).toBe(today);
    expect(itemOfTheDay(deck, localDay(start - 1, zone).dayNumber)).not.toBe(today);
    expect(itemOfTheDay(deck, localDay(end, zone).dayNumber)).not.toBe(today);
  });

  test('the same instant falls on different local dates east and west of UTC', () => {
    const instant = Date.parse('2026-05-14T12:00:00Z');
    expect(localDay(instant, 'Pacific/Kiritimati').date).toBe('2026-05-15');
    expect(localDay(instant, 'UTC').date).toBe('2026-05-14');
    expect(localDay(Date.parse('2026-05-14T06:59:59.999Z'), 'America/Los_Angeles').date).toBe('2026-05-13');
  });
});

describe('daylight-saving days', () => {
  test.each(DST_DAYS)('%s %s is one day of %i hours', (zone, date, startIso, endIso, hours) => {
    const start = Date.parse(startIso);
    const end = Date.parse(endIso);
    expect((end - start) / HOUR).toBe(hours);
    const day = localDay(start, zone);
    expect(day.date).toBe(date);
    for (const t of instantsWithin(start, end)) expect(localDay(t, zone)).toEqual(day);
    expect(localDay(start - 1, zone).dayNumber).toBe(day.dayNumber - 1);
    expect(localDay(end, zone).dayNumber).toBe(day.dayNumber + 1);
  });

  test.each(['America/New_York', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati'])(
    '%s: over a whole year, dayNumber moves by exactly one per day',
    (zone) => {
      // 12:00 UTC is at least an hour away from local midnight in each of these zones, so stepping
      // by 24 h (a DST change shifts the local hour by one) lands on the next local date every time.
      let t = Date.parse('2026-01-01T12:00:00Z');
      let previous = localDay(t, zone);
      for (let i = 0; i < 370; i++) {
        t += 24 * HOUR;
        const next = localDay(t, zone);
        expect(next.dayNumber - previous.dayNumber).toBe(1);
        expect(next.dayNumber).toBe(dayNumberOf(next.date));
        previous = next;
      }
    },
  );
});

describe('invalid time zones', () => {
  test.each(['Mars/Olympus_Mons', '', 'Europe/Berlin; DROP TABLE', 'x'.repeat(100)])('%j falls back to UTC', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
    // 23:30 UTC: any real non-UTC zone east of Greenwich would already be on the next date.
    const instant = Date.parse('2026-05-14T23:30:00Z');
    expect(localDay(instant, zone)).toEqual(localDay(instant, FALLBACK_TIME_ZONE));
    expect(localDay(instant, zone).date).toBe('2026-05-14');
  });

  test('non-strings are not time zones', () => {
    expect(isValidTimeZone(undefined)).toBe(false);
    expect(isValidTimeZone(42)).toBe(false);
    expect(isValidTimeZone('Asia/Kolkata')).toBe(true);
  });
});

describe('itemOfTheDay rotation', () => {
  const sizes = [1, 2, 5, 7, 35];

  test.each(sizes)('deck of %i: every window of N consecutive days serves each item exactly once', (n) => {
    const items = Array.from({ length: n }, (_, i) => ({ id: `item-${i}` }));
    for (const startDay of [0, 1, 20_000, 20_587, -3]) {
      const served = Array.from({ length: n }, (_, k) => itemOfTheDay(items, startDay + k).id);
      expect(new Set(served).size).toBe(n);
      expect([...served].sort()).toEqual(items.map((i) => i.id).sort());
    }
  });

  test.each(sizes)('deck of %i: day N+k serves the same item as day k', (n) => {
    const items = Array.from({ length: n }, (_, i) => ({ id: `item-${i}` }));
    for (let k = 20_580; k < 20_580 + 2 * n; k++) {
      expect(itemOfTheDay(items, k + n)).toBe(itemOfTheDay(items, k));
    }
  });

  test('the order does not depend on the order of the input list', () => {
    const items = Array.from({ length: 9 }, (_, i) => ({ id: `item-${i}` }));
    const reversed = [...items].reverse();
    for (let d = 0; d < 9; d++) expect(itemOfTheDay(reversed, d).id).toBe(itemOfTheDay(items, d).id);
  });

  test('adding an item keeps the relative order of the others', () => {
    const items = Array.from({ length: 8 }, (_, i) => ({ id: `item-${i}` }));
    const grown = [...items, { id: 'item-new' }];
    const order = (list: { id: string }[]) => Array.from({ length: list.length }, (_, d) => itemOfTheDay(list, d).id);
    expect(order(grown).filter((id) => id !== 'item-new')).toEqual(order(items));
  });

  test('the salt changes the order, whatever was asked before for the same list', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ id: `item-${i}` }));
    const order = (list: { id: string }[], salt: string) => Array.from({ length: list.length }, (_, d) => itemOfTheDay(list, d, salt).id);
    // Fresh copies: no rotation has been computed for them yet.
    const fortuneOrder = order([...items], 'fortune');
    const tipOrder = order([...items], 'tip');
    expect(fortuneOrder).not.toEqual(tipOrder);
    // The same list asked with a second salt must give that salt's order.
    const shared = [...items];
    expect(order(shared, 'fortune')).toEqual(fortuneOrder);
    expect(order(shared, 'tip')).toEqual(tipOrder);
  });

  test('an empty list is an error, not undefined', () => {
    expect(() => itemOfTheDay([], 1)).toThrow(RangeError);
  });
});
