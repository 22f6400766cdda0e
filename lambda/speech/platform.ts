import { LOCALES, type Locale } from '../locale';

/** Platform limits the speech composer enforces (Alexa SSML reference; docs/platform-limits.md). */
export const MAX_AUDIO_TAGS = 5;
/** outputSpeech must stay under this many characters. */
export const MAX_SSML_CHARS = 8000;

/** Alexa's say-as interpret-as values. */
export const SAY_AS_INTERPRET_AS = [
  'characters',
  'spell-out',
  'cardinal',
  'number',
  'ordinal',
  'digits',
  'fraction',
  'unit',
  'date',
  'time',
  'telephone',
  'address',
  'interjection',
  'expletive',
] as const;

/** The Polly voice that reads quoted lines in this locale. */
export function quoteVoiceOf(locale: Locale): string {
  return LOCALES[locale].quoteVoice;
}

export function supportsEmotion(locale: Locale): boolean {
  return LOCALES[locale].emotion;
}
