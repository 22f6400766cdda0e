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
  const order = [...items].sort((a, b) => fnv1a(salt + a.id) - fnv1a(salt + b.id) || a.id.localeCompare(b.id));
  bySalt.set(salt, order);
  return order;
}

export function itemOfTheDay<T extends { id: string }>(items: readonly T[], dayNumber: number, salt = 'daily'): T {
  if (items.length === 0) throw new RangeError('cannot rotate an empty list');
  const order = rotationOrder(items, salt);
  const index = ((dayNumber % order.length) + order.length) % order.length;
  return order[index] as T;
}
