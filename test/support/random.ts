export { seededRandom } from '../../tools/seededRandom';

/** Cycles through fixed values: for tests that need particular draws. */
export function sequenceRandom(...values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length]!;
}
