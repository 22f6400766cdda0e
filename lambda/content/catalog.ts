import type { Language } from '../locale';
import type { Pronouncer } from '../speech/pronunciation';
import { compileLexicon } from '../speech/pronunciation';
import type { ContentItem, ForeignTerms, Lexicon, Question, TopicId } from './types';
import { DECK_IDS, type DeckId, TOPIC_IDS } from './types';

export interface CatalogSource {
  decks: unknown[];
  questions: unknown;
  lexicon: unknown;
  /** `english-terms.json`, where the language has one. */
  foreignTerms?: unknown;
}

export interface Catalog {
  readonly language: Language;
  item(id: string): ContentItem | undefined;
  deckOf(itemId: string): DeckId | undefined;
  deckTitle(deck: DeckId): string;
  /** All items tagged with the topic, in deck order: the series a listener walks through. */
  series(topic: TopicId): readonly ContentItem[];
  /** Every item except classic fortunes: the pool for "a tip" without a topic. */
  readonly tips: readonly ContentItem[];
  readonly fortunes: readonly ContentItem[];
  readonly questions: readonly Question[];
  question(id: string): Question | undefined;
  readonly pronounce: Pronouncer;
}

export type ContentProblemLogger = (problem: { deck: string; itemId?: string; message: string }) => void;

/**
 * Builds a catalog from parsed content. The build-time validator (tools/validation) is the strict
 * check; this one only keeps a broken file or item from crashing the skill: it is skipped and logged,
 * and the rest of the content keeps answering.
 */
export function buildCatalog(language: Language, source: CatalogSource, logProblem: ContentProblemLogger): Catalog {
  const items = new Map<string, ContentItem>();
  const deckOfItem = new Map<string, DeckId>();
  const deckTitles = new Map<DeckId, string>();
  const decks = new Map<DeckId, ContentItem[]>();

  for (const raw of source.decks) {
    const deckId = (raw as { deck?: unknown })?.deck;
    if (!isDeckId(deckId) || !Array.isArray((raw as { items?: unknown }).items)) {
      logProblem({ deck: String(deckId ?? 'unknown'), message: 'deck file is malformed and was skipped' });
      continue;
    }
    const deckFile = raw as { title?: unknown; items: unknown[] };
    deckTitles.set(deckId, typeof deckFile.title === 'string' ? deckFile.title : deckId);
    const kept: ContentItem[] = [];
    for (const item of deckFile.items) {
      const problem = contentItemProblem(item);
      if (problem) {
        logProblem({ deck: deckId, itemId: (item as { id?: string })?.id, message: problem });
        continue;
      }
      const valid = item as ContentItem;
      if (items.has(valid.id)) {
        logProblem({ deck: deckId, itemId: valid.id, message: 'duplicate id skipped' });
        continue;
      }
      items.set(valid.id, valid);
      deckOfItem.set(valid.id, deckId);
      kept.push(valid);
    }
    decks.set(deckId, kept);
  }

  const ordered = DECK_IDS.flatMap((deck) => decks.get(deck) ?? []);
  const seriesByTopic = new Map<TopicId, ContentItem[]>(
    TOPIC_IDS.map((topic) => [topic, ordered.filter((item) => item.topics.includes(topic))]),
  );
  const questions = readQuestions(source.questions, logProblem);
  const questionsById = new Map(questions.map((q) => [q.id, q]));
  const lexicon = isRecord(source.lexicon) ? (source.lexicon as Lexicon) : {};

  return {
    language,
    item: (id) => items.get(id),
    deckOf: (id) => deckOfItem.get(id),
    deckTitle: (deck) => deckTitles.get(deck) ?? deck,
    series: (topic) => seriesByTopic.get(topic) ?? [],
    tips: ordered.filter((item) => deckOfItem.get(item.id) !== 'fortunes'),
    fortunes: decks.get('fortunes') ?? [],
    questions,
    question: (id) => questionsById.get(id),
    pronounce: compileLexicon(lexicon, readForeignTerms(source.foreignTerms, logProblem)),
  };
}

export function isDeckId(value: unknown): value is DeckId {
  return typeof value === 'string' && (DECK_IDS as readonly string[]).includes(value);
}

function contentItemProblem(item: unknown): string | undefined {
  if (!isRecord(item)) return 'item is not an object';
  for (const field of ['id', 'speech', 'card'] as const) {
    if (typeof item[field] !== 'string' || (item[field] as string).trim() === '') return `${field} is missing`;
  }
  if (item.quote !== undefined && typeof item.quote !== 'string') return 'quote is not text';
  if (!Array.isArray(item.topics) || item.topics.length === 0) return 'topics are missing';
  if (!Array.isArray(item.related)) return 'related is missing';
  return undefined;
}

function readQuestions(raw: unknown, logProblem: ContentProblemLogger): Question[] {
  const list = isRecord(raw) && Array.isArray(raw.items) ? raw.items : undefined;
  if (!list) {
    logProblem({ deck: 'questions', message: 'question file is malformed and was skipped' });
    return [];
  }
  return list.filter((q): q is Question => {
    const ok =
      isRecord(q) &&
      typeof q.id === 'string' &&
      typeof q.question === 'string' &&
      typeof q.explanation === 'string' &&
      isRecord(q.answer) &&
      typeof q.answer.id === 'string' &&
      typeof q.answer.spoken === 'string' &&
      Array.isArray(q.answer.synonyms);
    if (!ok) logProblem({ deck: 'questions', itemId: (q as { id?: string })?.id, message: 'question is malformed' });
    return ok;
  });
}

/** A malformed list is logged and left out: the speech keeps its acronyms, only the English words lose their tag. */
function readForeignTerms(raw: unknown, logProblem: ContentProblemLogger): ForeignTerms | undefined {
  if (raw === undefined) return undefined;
  const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
  const onlyIn = isRecord(raw) ? raw.onlyIn : undefined;
  if (
    !isRecord(raw) ||
    typeof raw.lang !== 'string' ||
    !strings(raw.terms) ||
    (onlyIn !== undefined && !(isRecord(onlyIn) && Object.values(onlyIn).every(strings)))
  ) {
    logProblem({ deck: 'english-terms', message: 'foreign term list is malformed and was skipped' });
    return undefined;
  }
  return raw as unknown as ForeignTerms;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
