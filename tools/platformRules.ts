/**
 * Alexa platform limits and SSML vocabulary (the reader's copy with sources: docs/platform-limits.md).
 * Tools and tests import these; what the skill enforces at run time is declared in lambda/speech/platform.ts and re-exported here.
 * The skill's own locales are declared once, in lambda/locale.ts.
 */

// The limits and values the skill itself enforces at run time live in the lambda (one home); tools use the same.
export { MAX_AUDIO_TAGS, MAX_SSML_CHARS, SAY_AS_INTERPRET_AS } from '../lambda/speech/platform';
export const MAX_BREAK_MS = 10_000;
/** prosody rate: at least 20% (or a keyword); pitch between -33.3% and +50% (or a keyword). */
export const MIN_PROSODY_RATE_PERCENT = 20;
export const MIN_PROSODY_PITCH_PERCENT = -33.3;
export const MAX_PROSODY_PITCH_PERCENT = 50;

/** Every SSML tag Alexa accepts, with the attributes each may carry. */
export const ALLOWED_TAGS: Readonly<Record<string, readonly string[]>> = {
  speak: [],
  audio: ['src'],
  break: ['strength', 'time'],
  emphasis: ['level'],
  lang: ['xml:lang'],
  p: [],
  s: [],
  phoneme: ['alphabet', 'ph'],
  prosody: ['rate', 'pitch', 'volume'],
  'say-as': ['interpret-as', 'format'],
  sub: ['alias'],
  voice: ['name'],
  w: ['role'],
  'amazon:domain': ['name'],
  'amazon:effect': ['name'],
  'amazon:emotion': ['name', 'intensity'],
};

/** Attributes without which the tag means nothing. */
export const REQUIRED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  audio: ['src'],
  lang: ['xml:lang'],
  phoneme: ['alphabet', 'ph'],
  'say-as': ['interpret-as'],
  sub: ['alias'],
  voice: ['name'],
  w: ['role'],
  'amazon:domain': ['name'],
  'amazon:effect': ['name'],
  'amazon:emotion': ['name', 'intensity'],
};

/** Keyword values of enumerated attributes (SSML standard values that Alexa documents). */
export const BREAK_STRENGTHS = ['none', 'x-weak', 'weak', 'medium', 'strong', 'x-strong'] as const;
export const EMPHASIS_LEVELS = ['strong', 'moderate', 'reduced'] as const;
export const PHONEME_ALPHABETS = ['ipa', 'x-sampa'] as const;
export const PROSODY_RATES = ['x-slow', 'slow', 'medium', 'fast', 'x-fast'] as const;
export const PROSODY_PITCHES = ['x-low', 'low', 'medium', 'high', 'x-high'] as const;
export const PROSODY_VOLUMES = ['silent', 'x-soft', 'soft', 'medium', 'loud', 'x-loud'] as const;
export const W_ROLES = ['amazon:VB', 'amazon:VBD', 'amazon:NN', 'amazon:SENSE_1'] as const;
export const EFFECT_NAMES = ['whispered'] as const;

export const EMOTION_NAMES = ['excited', 'disappointed'] as const;
export const EMOTION_INTENSITIES = ['low', 'medium', 'high'] as const;
/** amazon:emotion works in English only, not de-DE. */
export const EMOTION_LOCALES: readonly string[] = ['en-US', 'en-GB'];

/** amazon:domain names and the locales where each exists. */
export const DOMAIN_LOCALES: Readonly<Record<string, readonly string[]>> = {
  conversational: ['en-US'],
  'long-form': ['en-US'],
  music: ['en-US', 'en-GB', 'de-DE'],
  news: ['en-US'],
};

/** Polly voices usable with `<voice name>` per skill locale. */
export const VOICES_BY_LOCALE: Readonly<Record<string, readonly string[]>> = {
  'en-US': ['Ivy', 'Joanna', 'Joey', 'Justin', 'Kendra', 'Kimberly', 'Matthew', 'Salli'],
  'en-GB': ['Amy', 'Brian', 'Emma'],
  'de-DE': ['Hans', 'Marlene', 'Vicki'],
  'en-AU': ['Nicole', 'Russell'],
  'en-IN': ['Aditi', 'Raveena'],
  // No Polly voice is Canadian: Alexa skills in en-CA use the en-US voices.
  'en-CA': ['Ivy', 'Joanna', 'Joey', 'Justin', 'Kendra', 'Kimberly', 'Matthew', 'Salli'],
};

/**
 * `<lang xml:lang>` values Alexa documents. `<lang>` works on its own (Alexa's own voice reads the words by
 * that language's rules, with its accent) or inside a `<voice>`; a voice of the same language sounds best.
 */
export const LANG_LOCALES: readonly string[] = [
  'de-DE',
  'en-AU',
  'en-CA',
  'en-GB',
  'en-IN',
  'en-US',
  'es-ES',
  'es-MX',
  'es-US',
  'fr-CA',
  'fr-FR',
  'hi-IN',
  'it-IT',
  'ja-JP',
  'pt-BR',
];

/** `<voice>` may sit only directly in these (nest other tags inside voice, not voice inside them). */
export const VOICE_PARENTS: readonly string[] = ['speak', 'p', 's'];

/** Audio sources Alexa plays: own HTTPS files or the Alexa Sound Library. */
export const AUDIO_SRC_PATTERN = /^(https:\/\/\S+|soundbank:\/\/soundlibrary\/\S+)$/;
