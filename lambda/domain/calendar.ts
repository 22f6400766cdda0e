import { FALLBACK_TIME_ZONE, isValidTimeZone } from './timeZone';

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

// Creating an Intl.DateTimeFormat costs tens of microseconds; keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

// Every zone's offset is a whole number of minutes, so the local date is constant within a UTC minute:
// requests of the same minute reuse it instead of formatting the date again (a few microseconds each).
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
  const parts = formatterFor(zone).formatToParts(new Date(instantMs));
  const field = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const year = field('year');
  const month = field('month');
  const day = field('day');
  return {
    date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    dayNumber: Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY),
  };
}

export function dayNumberOf(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY);
}
