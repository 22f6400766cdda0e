/**
 * A zone's offset from UTC at an instant, from V8's own time-zone support instead of Intl: Node.js
 * documents that assigning `process.env.TZ` at run time switches the zone `Date` uses, and reading
 * `getTimezoneOffset()` under it costs ~0.3 ms for a process's first zone. The first
 * `Intl.DateTimeFormat` of a process costs ~18 ms (ICU builds its date formatting, whatever the options
 * or locale: measured for 12 variants, see docs/performance.md), half of a memory-store cold start.
 * The switch is synchronous and restored before returning, so no other code ever sees it. Where
 * `process.env` is not the real environment (jest gives each test file a copy), the switch does
 * nothing; a one-time probe notices and Intl answers instead.
 */
export function zoneOffsetMinutes(timeZone: string, instantMs: number): number {
  return tzSwitchWorks() ? offsetByTzSwitch(timeZone, instantMs) : offsetByIntl(timeZone, instantMs);
}

let switchWorks: boolean | undefined;

/** Kolkata is UTC+5:30 all year and has never been anything else since 1945: a safe probe. */
export function tzSwitchWorks(): boolean {
  switchWorks ??= offsetByTzSwitch('Asia/Kolkata', 0) === 330;
  return switchWorks;
}

function offsetByTzSwitch(timeZone: string, instantMs: number): number {
  const previous = process.env.TZ;
  process.env.TZ = timeZone;
  try {
    return -new Date(instantMs).getTimezoneOffset();
  } finally {
    // Assigning undefined would set the string "undefined": remove the variable instead.
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The offset from Intl: the zone's wall-clock fields at the instant, read back as if they were UTC. */
export function offsetByIntl(timeZone: string, instantMs: number): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const field: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(instantMs))) field[part.type] = Number(part.value);
  const wallClock = Date.UTC(field.year!, field.month! - 1, field.day!, field.hour!, field.minute!);
  return Math.round((wallClock - Math.floor(instantMs / 60_000) * 60_000) / 60_000);
}

const DAY_MS = 86_400_000;

/**
 * True when V8 knows the zone by this name. An unknown name behaves as UTC, so a zone whose offset is
 * not zero at some point of the year (sampled every 30 days around the instant) is known; for the few
 * that are UTC all year (and unknown names) the caller asks Intl.
 */
export function hasNonZeroOffset(timeZone: string, instantMs: number): boolean {
  if (!tzSwitchWorks()) return false;
  for (let day = 0; day < 365; day += 30) if (offsetByTzSwitch(timeZone, instantMs + day * DAY_MS) !== 0) return true;
  return false;
}
