import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { ContentItem, TopicId } from '../content/types';
import type { NextStep, NextStepFacts } from '../domain/offers';
import { answeredToday, questionOfTheDay } from '../domain/quiz';
import { type Answer, respond } from '../respond';
import type { SpeechBuilder } from '../speech/speechBuilder';
import { type PendingOffer, type Turn, turnOf } from '../turn';

/** What the domain needs to choose the next step: the session's heard set and the listener's facts. */
export function nextStepFacts(turn: Turn): NextStepFacts {
  const question = questionOfTheDay(turn.catalog.questions, turn.day);
  const topic = turn.user.lastSeries?.topic;
  return {
    source: turn.catalog,
    heard: new Set(turn.session.heard ?? []),
    dayNumber: turn.day.dayNumber,
    questionOpen: question !== undefined && !answeredToday(turn.user.quiz, turn.day) && !turn.session.quizOffered,
    lastSeries: topic,
    seriesPosition: topic ? turn.user.series[topic] : undefined,
  };
}

/** The forms of a topic's name the phrasings fill in (English: name, attributive; German: nominative, dative). */
export function topicForms(turn: Turn, topic: TopicId): Record<string, string> {
  return turn.prompts.forms(`topics.${topic}`);
}

export function isFortune(turn: Turn, item: ContentItem): boolean {
  return turn.catalog.deckOf(item.id) === 'fortunes';
}

/** The series an item is served as: its first topic that is not "fortunes" for tips, "fortunes" for fortunes. */
export function topicOf(turn: Turn, item: ContentItem): TopicId {
  if (isFortune(turn, item)) return 'fortunes';
  return item.topics.find((topic) => topic !== 'fortunes') ?? item.topics[0]!;
}

/** A next step as one yes/no question and the offer a "yes" takes up; none when there is nothing left. */
function spokenStep(turn: Turn, step: NextStep, keys: 'offer' | 'launchOffer'): { text: string; offer: PendingOffer } | undefined {
  switch (step.kind) {
    case 'related': {
      const topic = topicOf(turn, step.item);
      // A fortune after a fortune is simply one more; after a tip, the fortune that jokes about it.
      const fortuneKey = step.fromDeck === 'fortunes' ? 'offer.extraFortune' : 'offer.relatedFortune';
      // A tip after a fortune is offered as a tip ("Want a tip about postmortems?"): the related phrasings
      // ("Another one on …", "Noch ein Tipp …") promise more of what was just heard, and that was a fortune.
      const tipKey = step.fromDeck === 'fortunes' ? 'offer.tip' : 'offer.related';
      const text = topic === 'fortunes' ? turn.prompts.pick(fortuneKey) : turn.prompts.pick(tipKey, topicForms(turn, topic));
      return { text, offer: { kind: 'item', itemId: step.item.id, via: 'related', topic } };
    }
    case 'quiz':
      turn.session.quizOffered = true;
      return { text: turn.prompts.pick(`${keys}.quiz`), offer: { kind: 'quiz' } };
    case 'series':
      return {
        text: turn.prompts.pick(`${keys}.series`, topicForms(turn, step.topic)),
        offer: { kind: 'item', itemId: step.item.id, via: 'series', topic: step.topic, index: step.index },
      };
    case 'tip': {
      const topic = topicOf(turn, step.item);
      return {
        text: turn.prompts.pick(`${keys}.tip`, topicForms(turn, topic)),
        offer: { kind: 'item', itemId: step.item.id, via: 'tip', topic },
      };
    }
    case 'fortune':
      return {
        text: turn.prompts.pick(`${keys}.extraFortune`),
        offer: { kind: 'item', itemId: step.item.id, via: 'fortune', topic: 'fortunes' },
      };
    case 'none':
      return undefined;
  }
}

/**
 * Ends an answer with its one next step, asked as a yes/no question (the transition clip before it at
 * most once a session; the launch in its shortest words). A one-shot just ends, except help and fallback;
 * with nothing left to offer, the session closes kindly.
 */
export function respondWithNextStep(
  input: HandlerInput,
  speech: SpeechBuilder,
  step: NextStep,
  answer: Omit<Answer, 'speech'> = {},
  options: { launch?: boolean; evenInOneShot?: boolean } = {},
): Response {
  const turn = turnOf(input);
  if (turn.oneShot && !options.evenInOneShot) return respond(input, { ...answer, speech });
  const spoken = spokenStep(turn, step, options.launch ? 'launchOffer' : 'offer');
  if (!spoken) {
    speech.say(turn.prompts.pick('offer.done')).say(turn.prompts.pick('goodbye')).clip('goodbye');
    return respond(input, { ...answer, again: undefined, speech });
  }
  if (!turn.session.transitionPlayed) {
    speech.clip('transition');
    turn.session.transitionPlayed = true;
  }
  speech.say(spoken.text);
  answer.again?.say(spoken.text);
  return respond(input, { ...answer, speech, reprompt: turn.speech().say(spoken.text), offer: spoken.offer });
}
