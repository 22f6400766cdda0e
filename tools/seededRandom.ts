/**
 * Deterministic randomness (mulberry32) for tests, scripted dialogs and benchmarks: the same seed
 * gives the same sequence in [0, 1), so phrasing choices repeat run after run.
 */
export function seededRandom(seed = 1): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
