/** Shapes shared by the benchmark and its child processes. */
import type { Distribution } from './stats';

export const REQUEST_KINDS = ['Launch', 'Tip one-shot', 'Help', 'Repeat', 'SessionEnded'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export interface WarmResult {
  requireMs: number;
  /** Microseconds per request kind. */
  latencyUs: Record<RequestKind, Distribution>;
  /** Requests answered per second, one thread, mixed kinds, envelopes prepared beforehand. */
  requestsPerSecond: number;
  rssAfterWarmupMiB: number;
  rssAfterRunMiB: number;
  heapUsedAfterRunMiB: number;
  requests: number;
}
