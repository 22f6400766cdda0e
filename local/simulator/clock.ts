/**
 * The simulated clock: what each request's timestamp says (Alexa's "now", which the skill uses for
 * daily content and streaks). Without a start date it follows real time; with one, it starts there and
 * moves on either with real time (interactive) or by a fixed step per turn (scripted, reproducible).
 */
export class SimClock {
  private anchor?: number;
  private anchorReal = Date.now();
  private turns = 0;

  constructor(options: { start?: Date; stepMs?: number } = {}) {
    this.stepMs = options.stepMs;
    if (options.start) this.set(options.start);
  }

  /** Milliseconds between turns in scripted mode; undefined follows real time. */
  stepMs?: number;

  /** Moves the clock to a date; the next turn happens then. */
  set(date: Date): void {
    if (!Number.isFinite(date.getTime())) throw new Error('invalid date');
    this.anchor = date.getTime();
    this.anchorReal = Date.now();
    this.turns = 0;
  }

  get isSet(): boolean {
    return this.anchor !== undefined;
  }

  /** The time of the next request. */
  next(): Date {
    if (this.anchor === undefined) return new Date();
    const elapsed = this.stepMs === undefined ? Date.now() - this.anchorReal : this.turns * this.stepMs;
    this.turns += 1;
    return new Date(this.anchor + elapsed);
  }

  /** The time the clock reads now, without counting a turn. */
  peek(): Date {
    if (this.anchor === undefined) return new Date();
    const elapsed = this.stepMs === undefined ? Date.now() - this.anchorReal : this.turns * this.stepMs;
    return new Date(this.anchor + elapsed);
  }
}

/** The offset of a time zone from UTC at an instant, in ms (positive east of Greenwich). */
export function timeZoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * Reads a --date value: "YYYY-MM-DD" is noon that day in the given time zone (so the skill's local
 * day is that date); anything else must be an ISO 8601 timestamp.
 */
export function parseDate(text: string | Date, timeZone = 'UTC'): Date {
  if (text instanceof Date) return text;
  const trimmed = String(text).trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const noonUtc = Date.UTC(y, m - 1, d, 12, 0, 0);
    const noon = new Date(noonUtc);
    // Date.UTC rolls 2026-02-30 over to March 2 and month 13 into the next year: refuse instead.
    if (noon.getUTCFullYear() !== y || noon.getUTCMonth() !== m - 1 || noon.getUTCDate() !== d) throw new Error(`not a date: ${trimmed}`);
    return new Date(noonUtc - timeZoneOffsetMs(noonUtc, timeZone));
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) throw new Error(`not a date (use YYYY-MM-DD or an ISO timestamp): ${trimmed}`);
  const parsed = new Date(trimmed);
  if (!Number.isFinite(parsed.getTime())) throw new Error(`not a date: ${trimmed}`);
  return parsed;
}
