import type { Locale } from '../lambda/locale';

/**
 * English locales whose interaction model is a copy of another locale's: their listeners ask the same
 * way, and one model to grow keeps them from drifting apart. `npm run models:sync` writes the copies and
 * `npm run models:sync -- --check` fails when one differs from its source; the copies are validated like
 * every model (npm run validate) and calibrated (test/nlu/calibration/<locale>.yaml).
 */
export const DERIVED_MODELS: Partial<Record<Locale, Locale>> = {
  'en-AU': 'en-GB',
  'en-CA': 'en-US',
  'en-IN': 'en-GB',
};
