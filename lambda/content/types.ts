/** Shapes of the content files under content/ (see docs/content.md). */

export type Language = 'en' | 'de';

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

export interface DeckFile {
  deck: string;
  language: Language;
  title: string;
  items: ContentItem[];
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

export interface QuestionFile {
  deck: 'questions';
  language: Language;
  title: string;
  items: Question[];
}

/** A pronunciation lexicon entry: spell the term out, or read an alias in its place. */
export type Pronunciation = { sayAs: string } | { sub: string };
export type Lexicon = Record<string, Pronunciation>;
