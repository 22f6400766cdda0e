/**
 * What the terminal dialog assumes for a locale unless told otherwise: a time zone where that locale's
 * listeners live (so "today" is theirs), and a few things to say first, in the locale's own words. Every
 * example is routed by the locale's model (test/simulator/cli.test.ts runs them).
 */
import type { Locale } from '../../lambda/locale';

export const DEFAULT_TIME_ZONE_BY_LOCALE: Record<Locale, string> = {
  'en-US': 'America/Los_Angeles',
  'en-CA': 'America/Toronto',
  'en-GB': 'Europe/London',
  'en-AU': 'Australia/Sydney',
  'en-IN': 'Asia/Kolkata',
  'de-DE': 'Europe/Berlin',
};

const ENGLISH_EXAMPLES = ['open fortune cookie', 'ask fortune cookie for a tip about postmortems'];
export const EXAMPLES_BY_LOCALE: Record<Locale, readonly string[]> = {
  'en-US': ENGLISH_EXAMPLES,
  'en-CA': ENGLISH_EXAMPLES,
  'en-GB': ENGLISH_EXAMPLES,
  'en-AU': ENGLISH_EXAMPLES,
  'en-IN': ENGLISH_EXAMPLES,
  'de-DE': ['öffne glückskeks', 'frag glückskeks nach einem tipp über postmortems'],
};
