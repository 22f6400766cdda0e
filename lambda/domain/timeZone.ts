import { FALLBACK_TIME_ZONE, isValidTimeZone } from './calendar';

export type TimeZoneLookup = () => Promise<string | undefined>;

export interface TimeZoneResult {
  timeZone: string;
  /** Why the fallback was used, for the logs and metrics; absent when the lookup answered. */
  fault?: 'timeout' | 'error' | 'invalid';
}

/**
 * Runs the user's time-zone lookup with a hard time bound: past it the answer proceeds in UTC and a
 * late reply is ignored, so a slow Settings API never delays the answer beyond `timeoutMs`.
 */
export async function resolveTimeZone(lookup: TimeZoneLookup, timeoutMs: number): Promise<TimeZoneResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<TimeZoneResult>((resolve) => {
    timer = setTimeout(() => resolve({ timeZone: FALLBACK_TIME_ZONE, fault: 'timeout' }), timeoutMs);
  });
  // Promise.resolve().then: a lookup that throws synchronously falls back like one that rejects.
  const answer = Promise.resolve()
    .then(lookup)
    .then(
      (zone): TimeZoneResult => (isValidTimeZone(zone) ? { timeZone: zone } : { timeZone: FALLBACK_TIME_ZONE, fault: 'invalid' }),
      (): TimeZoneResult => ({ timeZone: FALLBACK_TIME_ZONE, fault: 'error' }),
    );
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
