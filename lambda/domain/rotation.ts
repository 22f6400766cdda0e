import { fnv1a } from './hash';

/**
 * Daily rotation. Each list gets one fixed shuffled order (by a hash of each id, so adding an item
 * inserts it without reshuffling the rest), and day N serves position N mod length. Every window of
 * `length` consecutive days therefore serves each item exactly once: no repeats within a deck's length.
 */
const orders = new WeakMap<readonly { id: string }[], Map<string, readonly { id: string }[]>>();

function rotationOrder<T extends { id: string }>(items: readonly T[], salt: string): readonly T[] {
  let bySalt = orders.get(items);
  if (!bySalt) {
    bySalt = new Map();
    orders.set(items, bySalt);
  }
  const cached = bySalt.get(salt) as readonly T[] | undefined;
  if (cached) return cached;
  // Each id hashed once, not twice per comparison: this runs in every cold start's first request,
  // before the engine has optimised anything (it was ~4 ms of the first request, profiled).
  const keyed = items.map((item) => ({ item, key: fnv1a(salt + item.id) }));
  keyed.sort((a, b) => a.key - b.key || a.item.id.localeCompare(b.item.id));
  const order = keyed.map((entry) => entry.item);
  bySalt.set(salt, order);
  return order;
}

export function itemOfTheDay<T extends { id: string }>(items: readonly T[], dayNumber: number, salt = 'daily'): T {
  if (items.length === 0) throw new RangeError('cannot rotate an empty list');
  const order = rotationOrder(items, salt);
  const index = ((dayNumber % order.length) + order.length) % order.length;
  return order[index] as T;
}
