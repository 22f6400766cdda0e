import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { IntentRequest, Response } from 'ask-sdk-model';
import { answeredToday, currentStreak, type GivenAnswer, hasAnswer, isCorrect, questionOfTheDay, recordTry } from '../domain/quiz';
import { respond } from '../respond';
import type { SpeechBuilder } from '../speech/speechBuilder';
import { type Turn, turnOf } from '../turn';
import { isIntent } from './matchers';
import { resolveSlot } from './slots';

/** "Today's question": asks it (the session stays open for the answer) unless it was answered today. */
export const DailyQuestionHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'DailyQuestionIntent'),
  handle(input) {
    const turn = turnOf(input);
    const question = questionOfTheDay(turn.catalog.questions, turn.day);
    if (!question) return respondWithOffer(input, turn.speech().say(turn.prompts.pick('quiz.none')));
    if (answeredToday(turn.user.quiz, turn.day)) return respondAlreadyAnswered(input);
    turn.session.askedQuestionId = question.id;
    turn.session.pending = { kind: 'question' };
    const speech = turn
      .speech()
      .clip('question')
      .say(turn.prompts.pick('quiz.lead'))
      .say(question.question)
      .say(turn.prompts.pick('quiz.prompt'));
    return respond(input, {
      speech,
      reprompt: turn.speech().say(question.question).say(turn.prompts.pick('quiz.reprompt')),
      card: { title: turn.prompts.text('card.question'), text: question.question },
    });
  },
};

/**
 * An answer to today's question: "the answer is zero" in the session that asked it, as a one-shot,
 * or a plain yes/no while a question is waiting. One try per day.
 */
export const AnswerHandler: RequestHandler = {
  canHandle(input) {
    if (isIntent(input, 'AnswerIntent')) return true;
    return isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NoIntent') && turnOf(input).session.pending?.kind === 'question';
  },
  handle(input) {
    const turn = turnOf(input);
    const question = questionOfTheDay(turn.catalog.questions, turn.day);
    if (!question) return respondWithOffer(input, turn.speech().say(turn.prompts.pick('quiz.none')));
    if (answeredToday(turn.user.quiz, turn.day)) return respondAlreadyAnswered(input);

    const given = givenAnswer(input.requestEnvelope.request as IntentRequest);
    if (!hasAnswer(given)) {
      turn.session.askedQuestionId = question.id;
      turn.session.pending = { kind: 'question' };
      return respond(input, {
        speech: turn.speech().say(turn.prompts.pick('quiz.noAnswer')).say(question.question),
        reprompt: turn.speech().say(turn.prompts.pick('quiz.reprompt')),
      });
    }

    const correct = isCorrect(question, given);
    turn.user.quiz = recordTry(turn.user.quiz, turn.day, correct);
    turn.session.askedQuestionId = undefined;
    turn.session.pending = undefined;
    const speech = turn.speech();
    if (correct) speech.clip('correct').sayExcited(turn.prompts.pick('quiz.correct'));
    else speech.clip('wrong').say(turn.prompts.pick('quiz.wrong', { answer: question.answer.spoken }));
    speech.say(question.explanation).say(streakLine(turn));
    return respondWithOffer(input, speech, {
      title: turn.prompts.text('card.question'),
      text: `${question.question}\n${question.answer.spoken}: ${question.explanation}`,
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
    spoken: answer.status === 'unmatched' ? answer.spoken : undefined,
    number: number.status === 'missing' || number.spoken === '?' ? undefined : number.spoken,
  };
}

function streakLine(turn: Turn): string {
  const streak = currentStreak(turn.user.quiz, turn.day);
  return streak <= 1 ? turn.prompts.pick('quiz.streakStart') : turn.prompts.pick('quiz.streak', { count: String(streak) });
}

function respondAlreadyAnswered(input: HandlerInput): Response {
  const turn = turnOf(input);
  const speech = turn.speech().say(turn.prompts.pick('quiz.already'));
  if (currentStreak(turn.user.quiz, turn.day) >= 2) speech.say(streakLine(turn));
  return respondWithOffer(input, speech);
}

/** In an open session, close with an offer of a tip; a one-shot just ends. */
function respondWithOffer(input: HandlerInput, speech: SpeechBuilder, card?: { title: string; text: string }): Response {
  const turn = turnOf(input);
  if (turn.oneShot) return respond(input, { speech, card });
  turn.session.pending = { kind: 'tip' };
  const offer = turn.prompts.pick('offer.general');
  speech.clip('transition').say(offer);
  return respond(input, { speech, reprompt: turn.speech().say(offer), card });
}
