/** The content format's fixed vocabulary and limits, transcribed from docs/content.md. */

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'German' };

/** Deck id → the talk its items come from (fortunes may also cite a talk). */
export const DECKS = {
  batch: 'aws-batch',
  postmortems: 'data-driven-postmortems',
  delivery: 'cicd-docker',
  voice: 'voice-ui-best-practices',
  fortunes: 'classic',
} as const;
export type DeckId = keyof typeof DECKS;
export const DECK_IDS = Object.keys(DECKS) as DeckId[];

export const SOURCES: readonly string[] = Object.values(DECKS);
export const TOPICS: readonly string[] = [
  'batch-computing',
  'postmortems',
  'metrics',
  'continuous-delivery',
  'containers',
  'voice-design',
  'fortunes',
];

export const QUESTIONS_FILE = 'questions';
/** Question ids read `question-…` (singular), unlike deck items whose prefix is the deck id. */
export const QUESTION_ID_PREFIX = 'question';
export const LEXICON_FILE = 'pronunciations.json';

export const MIN_ITEMS_PER_DECK = 15;
export const MIN_QUESTIONS = 30;
export const MAX_SENTENCES = 2;
export const MAX_WORDS_PER_SENTENCE = 22;
export const MAX_SPEECH_CHARS = 240;
export const MAX_CARD_CHARS = 300;

export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** answer.id: digits, yes/no, or kebab-case. */
export const ANSWER_ID = /^(?:\d+|yes|no|[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/;
