/** The content format's limits (docs/content.md); the vocabulary itself lives in lambda/locale.ts and lambda/content/types.ts. */
import type { Language } from '../../lambda/locale';

/** Language names for validation messages. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'German' };

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
