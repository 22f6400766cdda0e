import type { HandlerInput } from 'ask-sdk-core';

export type Outcome = 'answered' | 'fallback' | 'error' | 'ended';

/** Facts gathered while one request is handled, for its log line and metrics. */
export interface RequestStats {
  startedAt: number;
  reads: number;
  writes: number;
  faults: number;
  timeZoneFault?: string;
  outcome?: Outcome;
  /** JSON of the user context as stored when the turn began; absent when nothing may be saved. */
  baseline?: string;
}

const STATS_KEY = 'fortuneCookieStats';

export function requestStats(input: HandlerInput): RequestStats {
  const attributes = input.attributesManager.getRequestAttributes();
  let stats = attributes[STATS_KEY] as RequestStats | undefined;
  if (!stats) {
    stats = { startedAt: performance.now(), reads: 0, writes: 0, faults: 0 };
    attributes[STATS_KEY] = stats;
  }
  return stats;
}
