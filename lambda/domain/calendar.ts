import { FALLBACK_TIME_ZONE, isValidTimeZone } from './timeZone';
import { zoneOffsetMinutes } from './zoneOffset';

/**
 * Local calendar days. A day is identified by its ISO date in the user's time zone and by a day number
 * (days since 1970-01-01 of that local date), so rotation and streaks are plain integer arithmetic.
 */
export interface LocalDay {
  /** YYYY-MM-DD in the user's time zone. */
  date: string;
  /** Days since 1970-01-01 of the local date: consecutive local days differ by exactly one. */
  dayNumber: number;
}

const MS_PER_DAY = 86_400_000;

// Every zone's offset is a whole number of minutes, so the local date is constant within a UTC minute:
// requests of the same minute reuse it instead of computing it again (tens of microseconds each).
const recentDays = new Map<string, LocalDay>();
const MS_PER_MINUTE = 60_000;

export function localDay(instantMs: number, timeZone: string): LocalDay {
  const key = `${timeZone} ${Math.floor(instantMs / MS_PER_MINUTE)}`;
  let day = recentDays.get(key);
  if (!day) {
    if (recentDays.size >= 256) recentDays.clear();
    day = computeLocalDay(instantMs, timeZone);
    recentDays.set(key, day);
  }
  return day;
}

function computeLocalDay(instantMs: number, timeZone: string): LocalDay {
  const zone = isValidTimeZone(timeZone) ? timeZone : FALLBACK_TIME_ZONE;
  // The local wall-clock instant, read with UTC getters: its date is the local date.
  const local = new Date(instantMs + zoneOffsetMinutes(zone, instantMs) * MS_PER_MINUTE);
  const date = local.toISOString().slice(0, 10);
  return { date, dayNumber: Math.floor(local.getTime() / MS_PER_DAY) };
}

export function dayNumberOf(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY);
}
