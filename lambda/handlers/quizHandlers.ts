import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { IntentRequest, Response } from 'ask-sdk-model';
import type { Question } from '../content/types';
import { stepAfterSomething } from '../domain/offers';
import {
  answeredToday,
  answerKind,
  currentStreak,
  type GivenAnswer,
  hasAnswer,
  isCorrect,
  questionOfTheDay,
  recordTry,
} from '../domain/quiz';
import { respond } from '../respond';
import type { SpeechBuilder } from '../speech/speechBuilder';
import { type Turn, turnOf } from '../turn';
import { serveSeriesStep } from './contentHandlers';
import { isIntent } from './matchers';
import { nextStepFacts, respondWithNextStep } from './nextStep';
import { resolveSlot } from './slots';
import { topicNamed } from './topicWords';

/** The question waiting for an answer in this session, if any. */
export function pendingQuestion(turn: Turn): Question | undefined {
  const pending = turn.session.pending;
  return pending?.kind === 'question' ? turn.catalog.question(pending.questionId) : undefined;
}

/** Asks today's question (the session stays open for the answer, even after a one-shot), unless it was answered today. */
export function askQuestion(input: HandlerInput): Response {
  const turn = turnOf(input);
  const question = questionOfTheDay(turn.catalog.questions, turn.day);
  if (!question)
    return respondWithNextStep(input, turn.speech().say(turn.prompts.pick('quiz.none')), stepAfterSomething(nextStepFacts(turn)));
  if (answeredToday(turn.user.quiz, turn.day)) return respondAlreadyAnswered(input);
  turn.session.quizOffered = true;
  const speech = turn.speech().clip('question').say(turn.prompts.pick('quiz.lead')).say(question.question);
  return respondQuestion(input, speech.say(turn.prompts.pick('quiz.prompt')), question);
}

/** Keeps a question answerable: the reprompt repeats it with how to answer. */
function respondQuestion(input: HandlerInput, speech: SpeechBuilder, question: Question, options: { reasked?: boolean } = {}): Response {
  const turn = turnOf(input);
  const reprompt = turn
    .speech()
    .say(turn.prompts.pick(`quiz.how.${answerKind(question)}`))
    .say(question.question);
  return respond(input, {
    speech,
    // Said again, a re-ask replays the question and how to answer it, not the correction before it
    // (listener finding: after a stray "yes", repeat said "That one needs a real answer" once more).
    again: options.reasked ? reprompt : undefined,
    reprompt,
    card: { title: turn.prompts.text('card.question'), text: question.question },
    offer: { kind: 'question', questionId: question.id },
  });
}

/** Help, a stray yes or words not understood while a question waits: the question again and how to answer it. */
export function respondQuestionAgain(input: HandlerInput, question: Question, key: string): Response {
  const turn = turnOf(input);
  const speech = turn
    .speech()
    .say(turn.prompts.pick(key))
    .say(turn.prompts.pick(`quiz.how.${answerKind(question)}`))
    .say(question.question);
  return respondQuestion(input, speech, question, { reasked: true });
}

export const DailyQuestionHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'DailyQuestionIntent'),
  handle: askQuestion,
};

/**
 * An answer counts only while today's question waits in this session: "the answer is zero", a number,
 * or yes/no for a yes/no question. Outside a question the words never use the day's try: a topic they
 * name gets its tip, anything else gets today's question asked.
 */
export const AnswerHandler: RequestHandler = {
  canHandle(input) {
    if (isIntent(input, 'AnswerIntent')) return true;
    return isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NoIntent') && pendingQuestion(turnOf(input)) !== undefined;
  },
  handle(input) {
    const turn = turnOf(input);
    const request = input.requestEnvelope.request as IntentRequest;
    const question = pendingQuestion(turn);
    const given = givenAnswer(request);
    if (!question) {
      const topic = topicNamed(turn, [given.spoken, given.answerId]);
      return topic ? serveSeriesStep(input, topic, 'continue') : askQuestion(input);
    }
    if (answeredToday(turn.user.quiz, turn.day)) return respondAlreadyAnswered(input);
    const yesNo = given.answerId === 'yes' || given.answerId === 'no';
    if (yesNo && request.intent.name !== 'AnswerIntent' && answerKind(question) !== 'yesNo') {
      return respondQuestionAgain(input, question, 'quiz.notYesNo');
    }
    if (!hasAnswer(given)) return respondQuestionAgain(input, question, 'quiz.noAnswer');

    const correct = isCorrect(question, given, turn.language);
    turn.user.quiz = recordTry(turn.user.quiz, turn.day, correct);
    const speech = turn.speech();
    if (correct) speech.clip('correct').sayExcited(turn.prompts.pick('quiz.correct'));
    else speech.clip('wrong').say(turn.prompts.pick('quiz.wrong', { answer: question.answer.spoken }));
    speech.say(question.explanation).say(streakLine(turn));
    return respondWithNextStep(input, speech, stepAfterSomething(nextStepFacts(turn)), {
      card: { title: turn.prompts.text('card.question'), text: `${question.question}\n${question.answer.spoken}: ${question.explanation}` },
    });
  },
};

function givenAnswer(request: IntentRequest): GivenAnswer {
  const name = request.intent?.name;
  if (name === 'AMAZON.YesIntent') return { answerId: 'yes' };
  if (name === 'AMAZON.NoIntent') return { answerId: 'no' };
  const answer = resolveSlot(request, 'answer');
  const number = resolveSlot(request, 'number');
  return {
    answerId: answer.status === 'matched' ? answer.id : undefined,
    spoken: answer.status === 'missing' ? undefined : answer.spoken,
    number: number.status === 'missing' || number.spoken === '?' ? undefined : number.spoken,
  };
}

function streakLine(turn: Turn): string {
  const streak = currentStreak(turn.user.quiz, turn.day);
  return streak <= 1 ? turn.prompts.pick('quiz.streakStart') : turn.prompts.pick('quiz.streak', { count: String(streak) });
}

export function respondAlreadyAnswered(input: HandlerInput): Response {
  const turn = turnOf(input);
  const speech = turn.speech().say(turn.prompts.pick('quiz.already'));
  if (currentStreak(turn.user.quiz, turn.day) >= 2) speech.say(streakLine(turn));
  return respondWithNextStep(input, speech, stepAfterSomething(nextStepFacts(turn)));
}
