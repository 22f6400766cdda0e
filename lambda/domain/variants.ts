/**
 * Picks one phrasing from a list, never the one used last time for the same prompt key.
 * `random` returns a number in [0, 1) and is injected so tests are deterministic.
 */
export function pickVariant(count: number, lastIndex: number | undefined, random: () => number): number {
  if (count <= 1) return 0;
  if (lastIndex === undefined || lastIndex < 0 || lastIndex >= count) {
    return Math.min(count - 1, Math.floor(random() * count));
  }
  // Choose among the other count-1 phrasings and skip over the last one.
  const pick = Math.min(count - 2, Math.floor(random() * (count - 1)));
  return pick >= lastIndex ? pick + 1 : pick;
}

/**
 * Picks one phrasing avoiding every index in `avoid` (the one heard last in this session and the one
 * heard last in any session), as long as at least one other phrasing is left.
 */
export function pickVariantAvoiding(count: number, avoid: readonly (number | undefined)[], random: () => number): number {
  const excluded = new Set(avoid.filter((index): index is number => index !== undefined && index >= 0 && index < count));
  const allowed = Array.from({ length: count }, (_, index) => index).filter((index) => !excluded.has(index));
  if (allowed.length === 0) return pickVariant(count, avoid[0], random);
  return allowed[Math.min(allowed.length - 1, Math.floor(random() * allowed.length))]!;
}
