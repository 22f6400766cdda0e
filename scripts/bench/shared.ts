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
  /** After the warm-up and timed rounds, i.e. after `requests` requests. */
  rssAfterRunMiB: number;
  heapUsedAfterRunMiB: number;
  /** Requests answered before RSS was read (warm-up and timed rounds; the throughput phase comes after). */
  requests: number;
}

/** The user table the benchmark creates on the local DynamoDB-compatible server. */
export const BENCH_TABLE = 'fortune-cookie-bench';
