import type { RequestHandler } from 'ask-sdk-core';
import { turnOf } from '../turn';
import { isIntent } from './matchers';
import { respondGivenUp } from './quizGiveUp';
import { askQuestion, pendingQuestion } from './quizHandlers';

/**
 * "Next question" / "nächste Frage" (NextQuestionIntent). There is one question a day, so while today's waits
 * the listener wants to move on: it is skipped as by "skip", with the answer (listener finding: these words
 * reached Fallback, which asked the question again, or a tip series' next tip). Otherwise the next question
 * is today's: asked, or, once tried, when the next one comes.
 */
export const NextQuestionHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'NextQuestionIntent'),
  handle(input) {
    const question = pendingQuestion(turnOf(input));
    return question ? respondGivenUp(input, question, 'skipped') : askQuestion(input);
  },
};
