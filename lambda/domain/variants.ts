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
  // The n-th allowed index, counted twice rather than collected: no Set or arrays for every phrasing picked.
  let allowed = 0;
  for (let index = 0; index < count; index++) if (!avoid.includes(index)) allowed += 1;
  if (allowed === 0) return pickVariant(count, avoid[0], random);
  let remaining = Math.min(allowed - 1, Math.floor(random() * allowed));
  for (let index = 0; index < count; index++) {
    if (avoid.includes(index)) continue;
    if (remaining === 0) return index;
    remaining -= 1;
  }
  return count - 1; // not reached: `remaining` is below the number of allowed indexes
}
