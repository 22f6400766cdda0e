/** The content's vocabulary (decks, topics) and the shapes of the files under content/ (docs/content.md). */

/** Deck id → the talk its items come from (fortunes may also cite a talk), in series order: a topic's series walks the decks in this order. */
export const DECKS = {
  batch: 'aws-batch',
  postmortems: 'data-driven-postmortems',
  delivery: 'cicd-docker',
  voice: 'voice-ui-best-practices',
  fortunes: 'classic',
} as const;
export type DeckId = keyof typeof DECKS;
export const DECK_IDS = Object.keys(DECKS) as DeckId[];
/** The talks items may cite as their `source`. */
export const SOURCES: readonly string[] = Object.values(DECKS);

export const TOPIC_IDS = [
  'batch-computing',
  'postmortems',
  'metrics',
  'continuous-delivery',
  'containers',
  'voice-design',
  'fortunes',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export interface ContentItem {
  id: string;
  speech: string;
  quote?: string;
  card: string;
  topics: TopicId[];
  related: string[];
  source: string;
}

export interface QuizAnswer {
  id: string;
  spoken: string;
  synonyms: string[];
}

export interface Question {
  id: string;
  question: string;
  answer: QuizAnswer;
  explanation: string;
  topics: TopicId[];
  source: string;
}

/** A pronunciation lexicon entry: spell the term out, or read an alias in its place. */
export type Pronunciation = { sayAs: string } | { sub: string };
export type Lexicon = Record<string, Pronunciation>;

/**
 * Words of another language inside this language's speech (`content/<lang>/english-terms.json`): each is read
 * in `lang` (`<lang xml:lang>`). A term that is also a word of this language is listed in `onlyIn` with the
 * phrases where it means the foreign word.
 */
export interface ForeignTerms {
  lang: string;
  terms: string[];
  onlyIn?: Record<string, string[]>;
}
