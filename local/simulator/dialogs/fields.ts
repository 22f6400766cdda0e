import { isValidTimeZone } from '../../../lambda/domain/timeZone';
import { SUPPORTED_LOCALES } from '../../../lambda/locale';
import { parseDate } from '../clock';
import type { Text } from './types';

/**
 * The values of a dialog file's keys, checked when the file is read, so that a typo is that file's failure
 * with the key named (and not an exception in the middle of a run). `fail` throws with the file and position.
 */
export type Fail = (problem: string, key?: string) => never;

export function asText(value: unknown, key: string, fail: Fail): Text | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return fail(`${key} must be a string or a list of strings`, key);
}

export function asObject(value: unknown, key: string, fail: Fail): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) return fail(`${key} must be a mapping`, key);
  return value as Record<string, unknown>;
}

export function asLocale(value: unknown, fail: Fail): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)) return value;
  return fail(`locale ${JSON.stringify(value)} is not one of the skill's locales (${[...SUPPORTED_LOCALES].sort().join(', ')})`, 'locale');
}

export function asTimeZone(value: unknown, fail: Fail): string | undefined {
  if (value === undefined) return undefined;
  if (isValidTimeZone(value)) return value;
  return fail(`timeZone ${JSON.stringify(value)} is not an IANA time zone (such as Europe/Berlin)`, 'timeZone');
}

/** A date the runner's clock accepts: YYYY-MM-DD that exists (no 2026-02-30) or an ISO timestamp. */
export function asDate(value: unknown, timeZone: string, fail: Fail): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = value instanceof Date ? value.toISOString() : String(value);
  try {
    parseDate(text, timeZone);
  } catch {
    return fail(`date ${JSON.stringify(text)} is not a date (YYYY-MM-DD that exists, or an ISO timestamp)`, 'date');
  }
  return text;
}

export function asRegExps(value: unknown, fail: Fail): Text | undefined {
  const matches = asText(value, 'matches', fail);
  for (const pattern of matches === undefined ? [] : [matches].flat()) {
    try {
      new RegExp(pattern, 'i');
    } catch {
      fail(`matches has an invalid regular expression: ${pattern}`, 'matches');
    }
  }
  return matches;
}
