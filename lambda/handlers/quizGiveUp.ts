import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { IntentRequest, Response } from 'ask-sdk-model';
import type { Question } from '../content/types';
import { stepAfterSomething } from '../domain/offers';
import { answeredToday, answerKind, questionOfTheDay, recordTry } from '../domain/quiz';
import { turnOf } from '../turn';
import { respondFallback } from './conversationHandlers';
import { isIntent } from './matchers';
import { nextStepFacts, respondWithNextStep } from './nextStep';
import { pendingQuestion, respondAlreadyAnswered, respondQuestionAgain } from './quizHandlers';
import { requestedTopic, resolveSlot } from './slots';

/**
 * Today's question closed kindly: the answer (and, on giving up, its explanation), then one next step.
 * The day's try is used, as by a wrong answer: a listener who heard the answer cannot then score it.
 */
export function respondGivenUp(input: HandlerInput, question: Question, how: 'givenUp' | 'skipped'): Response {
  const turn = turnOf(input);
  if (answeredToday(turn.user.quiz, turn.day)) return respondAlreadyAnswered(input);
  turn.user.quiz = recordTry(turn.user.quiz, turn.day, false);
  const speech = turn.speech().say(turn.prompts.pick(`quiz.${how}`, { answer: question.answer.spoken }));
  // A skip moves on in one breath; giving up is asking to learn, so the explanation comes too.
  if (how === 'givenUp') speech.say(question.explanation);
  return respondWithNextStep(input, speech, stepAfterSomething(nextStepFacts(turn)), {
    card: { title: turn.prompts.text('card.question'), text: `${question.question}\n${question.answer.spoken}: ${question.explanation}` },
  });
}

/** A plain "no" (AMAZON.NoIntent, or the answer slot resolved to no) to a question that is not a yes/no one. */
function isDecline(input: HandlerInput, question: Question): boolean {
  if (answerKind(question) === 'yesNo') return false;
  if (isIntent(input, 'AMAZON.NoIntent')) return true;
  if (!isIntent(input, 'AnswerIntent')) return false;
  const request = input.requestEnvelope.request as IntentRequest;
  const answer = resolveSlot(request, 'answer');
  return answer.status === 'matched' && answer.id === 'no' && resolveSlot(request, 'number').status === 'missing';
}

/**
 * "No" to "how many …?" declines the question: the listener does not want to answer (listener finding:
 * it was heard as a wrong yes/no, "That one needs a real answer, not a yes."). Registered before AnswerHandler.
 */
export const DeclineQuestionHandler: RequestHandler = {
  canHandle(input) {
    const question = pendingQuestion(turnOf(input));
    return question !== undefined && isDecline(input, question);
  },
  handle: (input) => respondGivenUp(input, pendingQuestion(turnOf(input))!, 'givenUp'),
};

/** Moving on while the question waits ("skip", "next", "weiter"): a continue naming a topic is a request of its own. */
function isSkip(input: HandlerInput): boolean {
  if (isIntent(input, 'AMAZON.NextIntent', 'AMAZON.ResumeIntent')) return true;
  return isIntent(input, 'ContinueIntent') && requestedTopic(input.requestEnvelope.request as IntentRequest).kind === 'none';
}

/**
 * "Skip" while today's question waits says it was skipped and what the answer was, then offers what is next
 * (listener finding: "skip", "next" and "überspringen" dropped the question without a word and read a fortune).
 * Registered before the series handlers.
 */
export const SkipQuestionHandler: RequestHandler = {
  canHandle: (input) => pendingQuestion(turnOf(input)) !== undefined && isSkip(input),
  handle: (input) => respondGivenUp(input, pendingQuestion(turnOf(input))!, 'skipped'),
};

/**
 * "Previous" or "start over" while today's question waits keep it: said it is still open and how to skip it,
 * then the question again (listener finding: both dropped the question without a word). Unlike "skip" they
 * do not ask to leave the question, so the day's try stays unused. Registered before the series handlers.
 */
export const QuestionStaysHandler: RequestHandler = {
  canHandle: (input) => pendingQuestion(turnOf(input)) !== undefined && isIntent(input, 'AMAZON.PreviousIntent', 'AMAZON.StartOverIntent'),
  handle: (input) => respondQuestionAgain(input, pendingQuestion(turnOf(input))!, 'quiz.stillOpen'),
};

/**
 * "I don't know", "I give up", "tell me the answer", "keine Ahnung" (QuizGiveUpIntent): while the question
 * waits, the answer told kindly and the question closed (listener finding: these reached Fallback, which
 * only asked the question again). After today's try, the answer again; otherwise the words mean nothing here.
 */
export const GiveUpHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'QuizGiveUpIntent'),
  handle(input) {
    const turn = turnOf(input);
    const question = pendingQuestion(turn);
    if (question) return respondGivenUp(input, question, 'givenUp');
    const today = questionOfTheDay(turn.catalog.questions, turn.day);
    if (today && answeredToday(turn.user.quiz, turn.day)) {
      const speech = turn
        .speech()
        .say(turn.prompts.pick('quiz.answerWas', { answer: today.answer.spoken }))
        .say(today.explanation);
      return respondWithNextStep(input, speech, stepAfterSomething(nextStepFacts(turn)));
    }
    return respondFallback(input);
  },
};
