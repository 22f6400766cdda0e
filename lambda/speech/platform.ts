import { LOCALES, type Locale } from '../locale';

/** Platform limits the speech composer enforces (Alexa SSML reference; docs/platform-limits.md). */
export const MAX_AUDIO_TAGS = 5;
export const MAX_SSML_CHARS = 8000;

/** The Polly voice that reads quoted lines in this locale. */
export function quoteVoiceOf(locale: Locale): string {
  return LOCALES[locale].quoteVoice;
}

export function supportsEmotion(locale: Locale): boolean {
  return LOCALES[locale].emotion;
}
