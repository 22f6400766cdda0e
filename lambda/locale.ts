/**
 * The skill's locales and content languages: the one list. Adding a locale means an entry here, its
 * interaction model (skill-package/interactionModels/custom/<locale>.json), its skill.json publishing
 * entry, and phrasing overrides in lambda/i18n where the locale words things differently; content only
 * when the language is new. Tools, the simulator and the tests import this list instead of re-declaring it.
 */

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

interface LocaleFacts {
  /** Which content decks and base phrasings the locale speaks. */
  readonly language: Language;
  /** The Polly voice that reads quoted lines: a contrast to Alexa's own voice, valid for the locale. */
  readonly quoteVoice: string;
  /** amazon:emotion is available (en-US and en-GB only, per the Alexa SSML reference). */
  readonly emotion: boolean;
}

export const LOCALES = {
  'en-US': { language: 'en', quoteVoice: 'Matthew', emotion: true },
  'en-GB': { language: 'en', quoteVoice: 'Brian', emotion: true },
  'de-DE': { language: 'de', quoteVoice: 'Hans', emotion: false },
  'en-AU': { language: 'en', quoteVoice: 'Russell', emotion: false },
  // No Polly voice speaks Canadian English; Alexa offers the en-US voices there, the closest accent.
  'en-CA': { language: 'en', quoteVoice: 'Matthew', emotion: false },
  'en-IN': { language: 'en', quoteVoice: 'Aditi', emotion: false },
} as const satisfies Record<string, LocaleFacts>;

export type Locale = keyof typeof LOCALES;
export const SUPPORTED_LOCALES = Object.keys(LOCALES) as Locale[];
export const DEFAULT_LOCALE: Locale = 'en-US';

export function isSupportedLocale(locale: unknown): locale is Locale {
  return typeof locale === 'string' && Object.hasOwn(LOCALES, locale);
}

/** The closest supported locale: exact, else the same language's first locale, else the default. */
export function toSupportedLocale(locale: unknown): Locale {
  if (isSupportedLocale(locale)) return locale;
  // Requests are untrusted JSON: a locale that is not a string (a number, a list) gets the default.
  const language = typeof locale === 'string' ? locale.slice(0, 2).toLowerCase() : undefined;
  const sameLanguage = SUPPORTED_LOCALES.filter((candidate) => LOCALES[candidate].language === language);
  // English variants without a model of their own (en-NZ, en-IE ...) are closest to British English.
  return sameLanguage.find((candidate) => candidate === 'en-GB') ?? sameLanguage[0] ?? DEFAULT_LOCALE;
}

export function languageOf(locale: Locale): Language {
  return LOCALES[locale].language;
}

export function localesOf(language: Language): Locale[] {
  return SUPPORTED_LOCALES.filter((locale) => LOCALES[locale].language === language);
}
