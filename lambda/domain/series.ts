import type { SeriesPosition } from './userContext';

/**
 * A topic's items form a series that each listener walks in order. Storage per user and topic is a
 * constant-size cursor (next index and cycle count), whatever the series length; walking the series
 * serves no item twice until every item has been served, then starts a new cycle.
 */
export interface SeriesStep {
  index: number;
  /** The walk passed the end and started over at the first item. */
  wrapped: boolean;
}

export function nextStep(length: number, position: SeriesPosition | undefined): SeriesStep {
  const next = position?.next ?? 0;
  if (next >= length || next < 0) return { index: 0, wrapped: position !== undefined && length > 0 };
  return { index: next, wrapped: false };
}

/** The cursor after serving `step`: the following item is next. */
export function advance(position: SeriesPosition | undefined, step: SeriesStep, now: number): SeriesPosition {
  const cycle = (position?.cycle ?? 0) + (step.wrapped ? 1 : 0);
  return { next: step.index + 1, cycle, at: now };
}

/** Moving to an index explicitly (previous, start over) keeps the cycle. */
export function moveTo(position: SeriesPosition | undefined, index: number, now: number): SeriesPosition {
  return { next: index + 1, cycle: position?.cycle ?? 0, at: now };
}
