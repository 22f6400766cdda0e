/** Platform limits and per-locale voice facts (from the Alexa SSML reference). */
export type Locale = 'en-US' | 'en-GB' | 'de-DE';
export const SUPPORTED_LOCALES: readonly Locale[] = ['en-US', 'en-GB', 'de-DE'];
export const DEFAULT_LOCALE: Locale = 'en-US';

export const MAX_AUDIO_TAGS = 5;
export const MAX_SSML_CHARS = 8000;

/** The Polly voice that reads quoted lines: a contrast to Alexa's own voice, valid for the locale. */
export const QUOTE_VOICE: Record<Locale, string> = {
  'en-US': 'Matthew',
  'en-GB': 'Brian',
  'de-DE': 'Hans',
};

/** amazon:emotion works in en-US and en-GB only. */
export function supportsEmotion(locale: Locale): boolean {
  return locale !== 'de-DE';
}

export function toSupportedLocale(locale: string | undefined): Locale {
  const exact = SUPPORTED_LOCALES.find((l) => l === locale);
  if (exact) return exact;
  if (locale?.startsWith('de')) return 'de-DE';
  if (locale === 'en-IN' || locale === 'en-AU' || locale === 'en-CA') return 'en-GB';
  return DEFAULT_LOCALE;
}

export function languageOf(locale: Locale): 'en' | 'de' {
  return locale === 'de-DE' ? 'de' : 'en';
}
