import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { stepAfterSomething } from '../domain/offers';
import { currentStreak } from '../domain/quiz';
import { respond, respondAgain } from '../respond';
import { type Turn, turnOf } from '../turn';
import { cardTitleFor, serveExtraFortune, serveFortuneOfTheDay, serveSeriesItem, serveTip } from './contentHandlers';
import { isIntent, isRequestType } from './matchers';
import { nextStepFacts, respondWithNextStep, topicOf } from './nextStep';
import { askQuestion, pendingQuestion, respondQuestionAgain } from './quizHandlers';
import { serveItem } from './serveItem';

/** "Open fortune cookie": clip, a brisk welcome (shorter for returning listeners), today's fortune, one next step. */
export const LaunchHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'LaunchRequest'),
  handle(input) {
    const turn = turnOf(input);
    // With the store unreadable nobody knows whether this is a first visit: the plain first welcome.
    if (!turn.userLoaded || turn.previousVisits === 0) return serveFortuneOfTheDay(input, turn.prompts.pick('welcome.first'));
    return serveFortuneOfTheDay(input, welcomeBack(turn));
  },
};

/** A returning listener's greeting: some mention the streak or the weekday (phrasings remembered across sessions). */
function welcomeBack(turn: Turn): string {
  const streak = currentStreak(turn.user.quiz, turn.day);
  const values = { count: String(streak), weekday: turn.prompts.forms('weekdays')[String(weekdayOf(turn.day.dayNumber))] ?? '' };
  return turn.prompts.pick(streak >= 2 ? 'welcome.backStreak' : 'welcome.back', values);
}

/** 0 = Sunday: day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Help: what works, as at most three examples, then one next step. Inside a question: the question and how to answer. */
export const HelpHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
  handle(input) {
    const turn = turnOf(input);
    const question = pendingQuestion(turn);
    if (question) return respondQuestionAgain(input, question, 'quiz.help');
    const help = turn.prompts.pick('help');
    return respondWithNextStep(
      input,
      turn.speech().say(help),
      stepAfterSomething(nextStepFacts(turn)),
      {
        card: { title: turn.prompts.text('card.help'), text: help },
      },
      { evenInOneShot: true },
    );
  },
};

export function respondFallback(input: HandlerInput): Response {
  const turn = turnOf(input);
  const question = pendingQuestion(turn);
  if (question) return respondQuestionAgain(input, question, 'quiz.noAnswer');
  return respondWithNextStep(
    input,
    turn.speech().say(turn.prompts.pick('fallback')),
    stepAfterSomething(nextStepFacts(turn)),
    // Listener finding: "say that again" after a fallback repeated "I didn't catch that", not the tip before it.
    { outcome: 'fallback', notRepeated: true },
    { evenInOneShot: true },
  );
}

export const FallbackHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.FallbackIntent'),
  handle: respondFallback,
};

export function respondGoodbye(input: HandlerInput, prefix?: string): Response {
  const turn = turnOf(input);
  const speech = turn.speech();
  if (prefix) speech.say(prefix);
  speech.say(turn.prompts.pick('goodbye')).clip('goodbye');
  return respond(input, { speech });
}

/** Stop, Cancel and "go home": a short goodbye with the closing clip; the session ends. */
export const StopHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'),
  handle: (input) => respondGoodbye(input),
};

/** Yes takes up the pending offer: the item chosen when it was offered, today's question, or today's fortune. */
export const YesHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.YesIntent'),
  handle(input) {
    const turn = turnOf(input);
    const pending = turn.session.pending;
    if (pending?.kind === 'item') {
      const item = turn.catalog.item(pending.itemId);
      if (item) {
        const topic = pending.topic ?? topicOf(turn, item);
        if (pending.via === 'fortune') return serveExtraFortune(input, item);
        if (pending.via === 'tip') return serveTip(input, item, topic);
        if (pending.via === 'series' && pending.index !== undefined) {
          turn.user.series[topic] = { next: pending.index + 1, cycle: turn.user.series[topic]?.cycle ?? 0, at: turn.now };
          return serveSeriesItem(input, topic, pending.index);
        }
        return serveItem(input, item, { topic, cardTitle: cardTitleFor(turn, item, topic) });
      }
    }
    if (pending?.kind === 'quiz') return askQuestion(input);
    if (pending?.kind === 'todaysFortune') return serveFortuneOfTheDay(input);
    return respondFallback(input);
  },
};

/** No declines the offer kindly and ends the session. */
export const NoHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NoIntent'),
  handle(input) {
    const turn = turnOf(input);
    return respondGoodbye(input, turn.prompts.pick('no'));
  },
};

/**
 * "Say that again": the session's last answer exactly; in a new session, the last item this listener
 * heard (from their stored context); otherwise a short explanation and an offer of today's fortune.
 */
export const RepeatHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.RepeatIntent'),
  handle(input) {
    const turn = turnOf(input);
    if (turn.session.last) return respondAgain(input, turn.session.last);
    const heard = turn.user.lastHeard ? turn.catalog.item(turn.user.lastHeard.itemId) : undefined;
    if (heard) {
      // Replay it under the series it was served from, so the card and next/previous match what was heard.
      const servedAs = turn.user.lastHeard?.topic;
      const topic = servedAs && heard.topics.includes(servedAs) ? servedAs : topicOf(turn, heard);
      return serveItem(input, heard, { lead: turn.prompts.pick('replay.lead'), topic, cardTitle: cardTitleFor(turn, heard, topic) });
    }
    const offer = turn.prompts.pick('repeat.empty');
    return respond(input, { speech: turn.speech().say(offer), reprompt: turn.speech().say(offer), offer: { kind: 'todaysFortune' } });
  },
};
