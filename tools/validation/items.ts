/** Field-level checks of one deck item or one question (docs/content.md); cross-item checks live in content.ts. */
import { SOURCES, TOPIC_IDS } from '../../lambda/content/types';
import { ANSWER_ID, KEBAB, MAX_CARD_CHARS, MAX_SENTENCES, MAX_SPEECH_CHARS, MAX_WORDS_PER_SENTENCE } from './contentRules';
import { isNonEmptyString, isRecord, type JsonRecord } from './json';
import type { ValidationProblem } from './problem';
import { countWords, endsLikeASentence, markupIn, splitSentences, unlistedTerms } from './text';

export type ItemContext = { file: string; idPrefix: string; language: string; lexicon: ReadonlySet<string>; lexiconFile: string };
/** What later cross-item checks need from an item. */
export type ItemSummary = { id: string; related: string[]; source?: string; answerId?: string; texts: ItemText[] };
/** A text field as the listener hears or reads it, for the our-own-words check. */
export type ItemText = { field: string; text: string };

const TEXT_FIELDS = ['speech', 'quote', 'card', 'question', 'explanation'];

const DECK_ITEM_FIELDS = ['id', 'speech', 'quote', 'card', 'topics', 'related', 'source'];
const QUESTION_FIELDS = ['id', 'question', 'answer', 'explanation', 'topics', 'related', 'source'];
const ANSWER_FIELDS = ['id', 'spoken', 'synonyms'];

/** Collects problems for one item, naming the item by id (or by position when the id is unusable). */
class ItemReport {
  readonly problems: ValidationProblem[] = [];
  constructor(
    private readonly file: string,
    readonly itemId: string,
  ) {}
  add(field: string | undefined, message: string): void {
    this.problems.push({ file: this.file, itemId: this.itemId, ...(field === undefined ? {} : { field }), message });
  }
}

export function checkDeckItem(raw: unknown, index: number, ctx: ItemContext): { problems: ValidationProblem[]; item?: ItemSummary } {
  return checkItem(raw, index, ctx, DECK_ITEM_FIELDS, (item, report) => {
    const speech = requireText(item, 'speech', report);
    const quote = item.quote === undefined ? undefined : requireText(item, 'quote', report);
    const card = requireText(item, 'card', report);
    if (speech !== undefined) {
      if (!endsLikeASentence(speech)) report.add('speech', 'must end with ".", "!" or "?"');
      // The quote is spoken right after the speech, so the two share the sentence budget.
      const sentences = splitSentences(speech).length + (quote === undefined ? 0 : splitSentences(quote).length);
      if (sentences > MAX_SENTENCES) {
        report.add('speech', `has ${sentences} sentences${quote === undefined ? '' : ' counting quote'} (at most ${MAX_SENTENCES})`);
      }
      checkSentences('speech', speech, Number.POSITIVE_INFINITY, report);
      const length = speech.length + (quote?.length ?? 0);
      if (length > MAX_SPEECH_CHARS) report.add('speech', `speech plus quote is ${length} characters (at most ${MAX_SPEECH_CHARS})`);
      checkSpoken('speech', speech, ctx, report);
    }
    if (quote !== undefined) {
      checkSentences('quote', quote, Number.POSITIVE_INFINITY, report);
      checkSpoken('quote', quote, ctx, report);
    }
    if (card !== undefined) {
      if (card.length > MAX_CARD_CHARS) report.add('card', `is ${card.length} characters (at most ${MAX_CARD_CHARS})`);
      const markup = markupIn(card);
      if (markup !== undefined) report.add('card', markup);
    }
    return requireIdList(item, 'related', report);
  });
}

export function checkQuestion(raw: unknown, index: number, ctx: ItemContext): { problems: ValidationProblem[]; item?: ItemSummary } {
  let answerId: string | undefined;
  const result = checkItem(raw, index, ctx, QUESTION_FIELDS, (item, report) => {
    const question = requireText(item, 'question', report);
    if (question !== undefined) {
      if (!question.trim().endsWith('?')) report.add('question', 'must end with "?"');
      checkSentences('question', question, MAX_SENTENCES, report);
      checkSpoken('question', question, ctx, report);
    }
    const explanation = requireText(item, 'explanation', report);
    if (explanation !== undefined) {
      checkSentences('explanation', explanation, 1, report);
      checkSpoken('explanation', explanation, ctx, report);
    }
    answerId = checkAnswer(item.answer, ctx, report);
    // Questions need not point at related items, but any they name must exist.
    return item.related === undefined ? [] : requireIdList(item, 'related', report);
  });
  return result.item === undefined || answerId === undefined ? result : { ...result, item: { ...result.item, answerId } };
}

function checkItem(
  raw: unknown,
  index: number,
  ctx: ItemContext,
  fields: readonly string[],
  checkBody: (item: JsonRecord, report: ItemReport) => string[],
): { problems: ValidationProblem[]; item?: ItemSummary } {
  if (!isRecord(raw)) return { problems: [{ file: ctx.file, itemId: `items[${index}]`, message: 'must be an object' }] };
  const id = raw.id;
  const usableId = isNonEmptyString(id);
  const report = new ItemReport(ctx.file, usableId ? id : `items[${index}]`);
  if (!usableId) report.add('id', 'is required (a non-empty string)');
  else if (!id.startsWith(`${ctx.idPrefix}-`) || !KEBAB.test(id)) report.add('id', `must be kebab-case starting with "${ctx.idPrefix}-"`);
  for (const key of Object.keys(raw)) if (!fields.includes(key)) report.add(key, 'is not a known field');
  const related = checkBody(raw, report);
  checkTopicsAndSource(raw, report);
  const source = typeof raw.source === 'string' ? { source: raw.source } : {};
  return { problems: report.problems, ...(usableId ? { item: { id, related, ...source, texts: textsOf(raw) } } : {}) };
}

function textsOf(item: JsonRecord): ItemText[] {
  const texts = TEXT_FIELDS.filter((field) => isNonEmptyString(item[field])).map((field) => ({ field, text: item[field] as string }));
  const answer = item.answer;
  if (isRecord(answer) && isNonEmptyString(answer.spoken)) texts.push({ field: 'answer.spoken', text: answer.spoken });
  return texts;
}

function requireText(item: JsonRecord, field: string, report: ItemReport): string | undefined {
  const value = item[field];
  if (isNonEmptyString(value)) return value;
  report.add(field, value === undefined ? 'is required' : 'must be a non-empty string');
  return undefined;
}

/** At most `max` sentences, each short enough to take in on one hearing. */
function checkSentences(field: string, text: string, max: number, report: ItemReport): void {
  const sentences = splitSentences(text);
  if (sentences.length > max) report.add(field, `has ${sentences.length} sentences (at most ${max})`);
  sentences.forEach((sentence, i) => {
    const words = countWords(sentence);
    if (words > MAX_WORDS_PER_SENTENCE) report.add(field, `sentence ${i + 1} has ${words} words (at most ${MAX_WORDS_PER_SENTENCE})`);
  });
}

/** Text that reaches Alexa: plain text, and every acronym in the language's pronunciation lexicon. */
function checkSpoken(field: string, text: string, ctx: ItemContext, report: ItemReport): void {
  const markup = markupIn(text);
  if (markup !== undefined) report.add(field, markup);
  for (const term of unlistedTerms(text, ctx.lexicon)) {
    report.add(field, `"${term}" is not in ${ctx.lexiconFile} (add it with sayAs or sub)`);
  }
}

function requireIdList(item: JsonRecord, field: string, report: ItemReport): string[] {
  const value = item[field];
  if (!Array.isArray(value) || value.length === 0) {
    report.add(field, 'must be a non-empty array of item ids');
    return [];
  }
  const ids = value.filter(isNonEmptyString);
  if (ids.length !== value.length) report.add(field, 'must contain only non-empty strings');
  return ids;
}

function checkTopicsAndSource(item: JsonRecord, report: ItemReport): void {
  const topics = item.topics;
  if (!Array.isArray(topics) || topics.length === 0) report.add('topics', 'must be a non-empty array of topic ids');
  else {
    for (const topic of topics) {
      if (typeof topic !== 'string' || !(TOPIC_IDS as readonly string[]).includes(topic))
        report.add('topics', `"${String(topic)}" is not a topic id (${TOPIC_IDS.join(', ')})`);
    }
    if (new Set(topics).size !== topics.length) report.add('topics', 'lists a topic twice');
  }
  if (item.source === undefined) report.add('source', 'is required');
  else if (typeof item.source !== 'string' || !SOURCES.includes(item.source)) {
    report.add('source', `"${String(item.source)}" is not a talk id (${SOURCES.join(', ')})`);
  }
}

function checkAnswer(answer: unknown, ctx: ItemContext, report: ItemReport): string | undefined {
  if (!isRecord(answer)) {
    report.add('answer', answer === undefined ? 'is required' : 'must be an object with id, spoken, synonyms');
    return undefined;
  }
  for (const key of Object.keys(answer)) if (!ANSWER_FIELDS.includes(key)) report.add(`answer.${key}`, 'is not a known field');
  const spoken = answer.spoken;
  if (!isNonEmptyString(spoken)) report.add('answer.spoken', 'must be a non-empty string');
  else checkSpoken('answer.spoken', spoken, ctx, report);
  const synonyms = answer.synonyms;
  if (!Array.isArray(synonyms) || synonyms.length === 0) report.add('answer.synonyms', 'must be a non-empty array');
  else {
    for (const synonym of synonyms) {
      if (!isNonEmptyString(synonym)) report.add('answer.synonyms', 'must contain only non-empty strings');
      else if (synonym !== synonym.toLocaleLowerCase(ctx.language) || synonym !== synonym.trim()) {
        report.add('answer.synonyms', `"${synonym}" must be lowercase and trimmed (it is a slot synonym)`);
      }
    }
    if (new Set(synonyms).size !== synonyms.length) report.add('answer.synonyms', 'lists a synonym twice');
  }
  const id = answer.id;
  if (typeof id !== 'string' || !ANSWER_ID.test(id)) {
    report.add('answer.id', `${JSON.stringify(id)} must be digits, "yes", "no" or kebab-case`);
    return undefined;
  }
  return id;
}
