import type { Question } from '../content/types';
import type { Language } from '../locale';
import { withoutHedges } from './answerHedges';
import type { LocalDay } from './calendar';
import { dayNumberOf } from './calendar';
import { itemOfTheDay } from './rotation';
import { spokenNumber } from './spokenNumber';
import { normaliseSpoken as normalise } from './spokenText';
import type { QuizState } from './userContext';

/**
 * The daily question: one a day, the same for everyone on a local day, one try per day.
 * A streak counts consecutive local days with a try and is gone after a missed day.
 */
export function questionOfTheDay(questions: readonly Question[], day: LocalDay): Question | undefined {
  return questions.length === 0 ? undefined : itemOfTheDay(questions, day.dayNumber, 'question');
}

export function answeredToday(quiz: QuizState, day: LocalDay): boolean {
  return quiz.lastAnsweredDate === day.date;
}

/** The streak as it stands today: kept if the last try was today or yesterday, else 0. */
export function currentStreak(quiz: QuizState, day: LocalDay): number {
  if (!quiz.lastAnsweredDate) return 0;
  const gap = day.dayNumber - dayNumberOf(quiz.lastAnsweredDate);
  return gap === 0 || gap === 1 ? quiz.streak : 0;
}

export function recordTry(quiz: QuizState, day: LocalDay, correct: boolean): QuizState {
  if (answeredToday(quiz, day)) return quiz;
  return {
    ...quiz,
    lastAnsweredDate: day.date,
    lastCorrect: correct,
    streak: currentStreak(quiz, day) + 1,
    answered: quiz.answered + 1,
    correct: quiz.correct + (correct ? 1 : 0),
  };
}

/** What the listener said, in whichever form the model delivered it. */
export interface GivenAnswer {
  /** Entity-resolved id of the answer slot. */
  answerId?: string;
  /** The AMAZON.NUMBER slot's value. */
  number?: string;
  /** The words heard when entity resolution found no match. */
  spoken?: string;
}

/**
 * Judges an answer. A number counts by its value as said: for a question asked "in thousands" whose
 * answer is 21 (spoken "twenty-one thousand"), 21, 21000, "twenty-one" and "twenty-one thousand" all
 * count; "one hundred percent" is 100.
 */
export function isCorrect(question: Question, given: GivenAnswer, language: Language = 'en'): boolean {
  const expected = question.answer.id;
  if (given.answerId !== undefined && given.answerId === expected) return true;
  // The words as said and without a leading hedge ("I think it's …", "ungefähr …").
  const spoken = given.spoken ? [given.spoken, withoutHedges(given.spoken, language)] : [];
  const values = expectedValues(question, language);
  if (values.size > 0) {
    for (const said of [given.number, ...spoken]) {
      const value = said === undefined ? undefined : spokenNumber(said, language);
      if (value !== undefined && values.has(value)) return true;
    }
  }
  const heard = new Set(spoken.map(normalise).filter((words) => words !== ''));
  return [question.answer.spoken, ...question.answer.synonyms, expected].some((form) => heard.has(normalise(form)));
}

/** The values a numeric answer may be given as: its id and the value of each written form. */
export function expectedValues(question: Question, language: Language): Set<number> {
  if (!/^\d+$/.test(question.answer.id)) return new Set();
  const values = new Set([Number(question.answer.id)]);
  for (const form of [question.answer.spoken, ...question.answer.synonyms]) {
    const value = spokenNumber(form, language);
    if (value !== undefined) values.add(value);
  }
  return values;
}

/** What kind of answer the question wants, so help and re-asks can say how to answer. */
export function answerKind(question: Question): 'yesNo' | 'number' | 'words' {
  if (question.answer.id === 'yes' || question.answer.id === 'no') return 'yesNo';
  return /^\d+$/.test(question.answer.id) ? 'number' : 'words';
}

export function hasAnswer(given: GivenAnswer): boolean {
  return given.answerId !== undefined || given.number !== undefined || (given.spoken ?? '').trim() !== '';
}
