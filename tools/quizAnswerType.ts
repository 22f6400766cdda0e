// Derives the QuizAnswerType slot type of the interaction models from the daily questions
// (content/<lang>/questions.json, see docs/content.md). Pure, so the sync script writes it and a
// validator can recompute it to prove the models are in sync with the content.

export const QUIZ_ANSWER_TYPE_NAME = 'QuizAnswerType';

/** The part of a question this needs; the rest of the item is ignored. */
export interface QuizQuestionLike {
  readonly id?: string;
  readonly answer: {
    readonly id: string;
    readonly spoken?: string;
    readonly synonyms?: readonly string[];
  };
}

/** A whole questions.json deck, or just its items. */
export type QuestionsInput = readonly QuizQuestionLike[] | { readonly items: readonly QuizQuestionLike[] };

export interface SlotTypeValue {
  id: string;
  name: { value: string; synonyms: string[] };
}

export interface SlotType {
  name: string;
  values: SlotTypeValue[];
}

// Alexa hands the skill the words it heard: lowercase letters, spaces, apostrophes and the periods of
// spelled letters ("c. i. c. d."). A digit or symbol in a slot value can never match what was said.
const SPEAKABLE = /^[\p{Ll}\p{Lo}' .]+$/u;

// Spoken forms are also read out by the skill, so they may be hyphenated or capitalized ("open-ended
// questions", "Docker"); Alexa transcribes those as plain lowercase words.
function normalize(text: string): string {
  return text
    .replace(/[-\u2010\u2011]/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * One slot value per distinct answer id, in content order so regenerating gives a stable diff.
 * name.value is the first synonym (the bare answer; the spoken form is often a longer phrase made for
 * speech, "the dot docker ignore file") or else the spoken form; synonyms are every other phrasing of
 * that answer, spoken forms included, across all questions sharing the id, normalized and deduplicated.
 * Throws when a phrasing is not speakable or names two different answers (entity resolution would
 * then hand the skill the wrong or an ambiguous id).
 */
export function buildQuizAnswerType(questions: QuestionsInput): SlotType {
  const items = 'items' in questions ? questions.items : questions;
  const phrasingsById = new Map<string, string[]>();
  const answerIdByPhrasing = new Map<string, string>();

  for (const question of items) {
    const { id, spoken, synonyms = [] } = question.answer;
    const where = `question ${question.id ?? '?'} (answer ${id})`;
    if (!id.trim()) throw new Error(`${where}: empty answer id`);
    const phrasings = phrasingsById.get(id) ?? [];
    phrasingsById.set(id, phrasings);

    for (const raw of spoken === undefined ? synonyms : [...synonyms, spoken]) {
      const phrasing = normalize(raw);
      if (!phrasing) continue;
      if (!SPEAKABLE.test(phrasing)) {
        throw new Error(`${where}: "${raw}" is not a spoken form (letters, spaces, apostrophes, periods only)`);
      }
      const owner = answerIdByPhrasing.get(phrasing);
      if (owner !== undefined && owner !== id) {
        throw new Error(`${where}: "${phrasing}" is also an answer to ${owner}`);
      }
      answerIdByPhrasing.set(phrasing, id);
      if (!phrasings.includes(phrasing)) phrasings.push(phrasing);
    }
  }

  const values: SlotTypeValue[] = [];
  for (const [id, phrasings] of phrasingsById) {
    const [value, ...synonyms] = phrasings;
    if (value === undefined) throw new Error(`answer ${id}: no spoken form or synonym`);
    values.push({ id, name: { value, synonyms } });
  }
  return { name: QUIZ_ANSWER_TYPE_NAME, values };
}
