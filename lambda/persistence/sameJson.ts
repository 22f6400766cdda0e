/**
 * Whether two JSON-like values would be stored alike: what `JSON.stringify(a) === JSON.stringify(b)`
 * answered, without serialising both on every turn (it was a tenth of a warm turn's CPU, twice per
 * turn: docs/performance.md). As in JSON, a property whose value is undefined counts as absent and a
 * non-finite number as null; unlike it, key order does not matter (the same context built in another
 * order is no change, so it is no reason to write). Hand-written: node's util.isDeepStrictEqual tells
 * `{ a: undefined }` from `{}`, which JSON, and so the store, does not.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' || typeof b === 'number') return asJsonNumber(a) === asJsonNumber(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i] ?? null, b[i] ?? null)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let defined = 0;
  for (const key in left) {
    if (!Object.hasOwn(left, key) || left[key] === undefined) continue;
    if (!sameJson(left[key], right[key])) return false;
    defined += 1;
  }
  for (const key in right) if (Object.hasOwn(right, key) && right[key] !== undefined) defined -= 1;
  return defined === 0;
}

function asJsonNumber(value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}
