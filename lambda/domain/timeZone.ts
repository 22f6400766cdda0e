import { hasNonZeroOffset } from './zoneOffset';

/** The zone a request uses when the lookup fails, times out or answers something that is not a zone. */
export const FALLBACK_TIME_ZONE = 'UTC';

// Names already accepted, so the per-request check is a set lookup.
const acceptedZones = new Set<string>();

/**
 * An IANA zone name (Area/Location, optionally a third part): the shape V8's TZ switch and Intl agree on.
 * Bare names (UTC, EST5EDT) and ICU's custom ids such as GMT+5 go to Intl.
 */
const IANA_NAME = /^[A-Z][A-Za-z_-]*(?:\/[A-Za-z0-9_+-]+){1,2}$/;

/** True for a name Intl knows as a time zone (an IANA name such as Europe/Berlin, or UTC); the one check in the project. */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 64) return false;
  if (acceptedZones.has(timeZone)) return true;
  // Most zones answer from V8's cheap TZ switch; only names that look UTC all year pay for Intl
  // (its first formatter costs ~18 ms a process, zoneOffset.ts).
  const known = (IANA_NAME.test(timeZone) && !timeZone.startsWith('Etc/') && hasNonZeroOffset(timeZone, Date.now())) || intlKnows(timeZone);
  if (known && acceptedZones.size < 512) acceptedZones.add(timeZone);
  return known;
}

function intlKnows(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export type TimeZoneLookup = () => Promise<string | undefined>;

export interface TimeZoneResult {
  timeZone: string;
  /** Why the fallback was used, for the logs and metrics; absent when the lookup answered. */
  fault?: 'timeout' | 'error' | 'invalid';
}

/**
 * Runs the user's time-zone lookup with a hard time bound: past it the answer proceeds in UTC and a
 * late reply is ignored, so a slow Settings API never delays the answer beyond `timeoutMs`. A lookup
 * that has answered by the next microtask (a cached or in-process one) gets no timer: the timer, its
 * promise and the race were ~3 % of a warm LaunchRequest (docs/performance.md).
 */
export async function resolveTimeZone(lookup: TimeZoneLookup, timeoutMs: number): Promise<TimeZoneResult> {
  let answer: Promise<TimeZoneResult>;
  try {
    answer = Promise.resolve(lookup()).then(checked, lookupFailed);
  } catch {
    // A lookup that throws synchronously falls back like one that rejects.
    return lookupFailed();
  }
  let settled: TimeZoneResult | undefined;
  answer.then((result) => {
    settled = result;
  });
  await NEXT_MICROTASK;
  await NEXT_MICROTASK;
  if (settled) return settled;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<TimeZoneResult>((resolve) => {
    timer = setTimeout(() => resolve({ timeZone: FALLBACK_TIME_ZONE, fault: 'timeout' }), timeoutMs);
  });
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Awaited to let an already settled lookup's reactions run: one turn of the microtask queue each. */
const NEXT_MICROTASK = Promise.resolve();

function checked(zone: string | undefined): TimeZoneResult {
  return isValidTimeZone(zone) ? { timeZone: zone } : { timeZone: FALLBACK_TIME_ZONE, fault: 'invalid' };
}

function lookupFailed(): TimeZoneResult {
  return { timeZone: FALLBACK_TIME_ZONE, fault: 'error' };
}
