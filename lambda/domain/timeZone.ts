/** The zone a request uses when the lookup fails, times out or answers something that is not a zone. */
export const FALLBACK_TIME_ZONE = 'UTC';

// Names already accepted, so the per-request check does not build an Intl.DateTimeFormat each time.
const acceptedZones = new Set<string>();

/** True for a name Intl knows as a time zone (an IANA name such as Europe/Berlin, or UTC); the one check in the project. */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 64) return false;
  if (acceptedZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    return false;
  }
  if (acceptedZones.size < 512) acceptedZones.add(timeZone);
  return true;
}

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
