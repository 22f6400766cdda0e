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

/** How the listener moves through a series: continue from their cursor, or step from the item just heard. */
export type SeriesMove = 'continue' | 'next' | 'previous' | 'startOver';

export interface SeriesMoveResult extends SeriesStep {
  /** "Previous" at the first item: it stays there. */
  atStart: boolean;
}

/**
 * The one rule for stepping through a series. `current` is the index just heard in this session (next,
 * previous and start over step from it); without one, they step from the listener's stored cursor.
 * Next past the end wraps to the first item; previous before the first stays at the first.
 */
export function stepSeries(
  length: number,
  move: SeriesMove,
  current: number | undefined,
  position: SeriesPosition | undefined,
): SeriesMoveResult {
  if (length <= 0) return { index: 0, wrapped: false, atStart: true };
  const heardLast = current ?? (position ? position.next - 1 : undefined);
  switch (move) {
    case 'startOver':
      return { index: 0, wrapped: false, atStart: false };
    case 'previous': {
      const from = heardLast ?? 0;
      if (from <= 0 || from > length) return { index: 0, wrapped: false, atStart: true };
      return { index: from - 1, wrapped: false, atStart: false };
    }
    case 'next':
      if (current !== undefined) {
        return current + 1 >= length ? { index: 0, wrapped: true, atStart: false } : { index: current + 1, wrapped: false, atStart: false };
      }
      return { ...nextStep(length, position), atStart: false };
    case 'continue':
      return { ...nextStep(length, position), atStart: false };
  }
}
