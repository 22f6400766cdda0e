import i18next from 'i18next';
import { LANGUAGES, type Language, type Locale, languageOf, SUPPORTED_LOCALES } from '../locale';
import { de } from './de';
import { en } from './en';
import { enGB } from './enGB';

/** Each language's phrasings, and the few a locale words differently (falling back to its language's). */
const BASE_PHRASINGS: Record<Language, object> = { en, de };
const LOCALE_OVERRIDES: Partial<Record<Locale, object>> = { 'en-GB': enGB };

/**
 * i18next is set up once per container (not per request, which triples warm latency) and
 * synchronously, since the resources are bundled. A locale falls back to its language for keys it doesn't override.
 *
 * The Lambda bundle does not run this module: tools/build/phrasingTable.ts asks it, at build time,
 * for every key of every locale and puts the answers in the bundle in its place, so a cold start
 * neither loads nor initialises i18next (about 10 ms of the first request, docs/performance.md).
 */
let instance: typeof i18next | undefined;

function translator(): typeof i18next {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      initAsync: false,
      resources: {
        ...Object.fromEntries(Object.entries(LOCALE_OVERRIDES).map(([locale, tree]) => [locale, { translation: tree }])),
        ...Object.fromEntries(Object.entries(BASE_PHRASINGS).map(([language, tree]) => [language, { translation: tree }])),
      },
      fallbackLng: { ...Object.fromEntries(SUPPORTED_LOCALES.map((locale) => [locale, [languageOf(locale)]])), default: ['en'] },
      supportedLngs: [...LANGUAGES, ...SUPPORTED_LOCALES],
      returnObjects: true,
      // Values are escaped by the speech composer, not here: i18next's HTML escaping is not SSML's.
      interpolation: { escapeValue: false },
    });
  }
  return instance;
}

/** What `key` holds for `locale` (a phrasing list, a text, a set of forms), uninterpolated; the key itself when missing. */
export function resolvePhrasing(locale: Locale, key: string): unknown {
  return translator().getFixedT(locale)(key, { returnObjects: true, skipInterpolation: true });
}
