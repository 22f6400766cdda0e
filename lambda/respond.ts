import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { logger } from './observability/logger';
import { type Outcome, requestStats } from './observability/requestStats';
import type { SpeechBuilder } from './speech/speechBuilder';
import { type LastAnswer, type PendingOffer, turnOf } from './turn';

export interface Answer {
  speech: SpeechBuilder;
  /** A reprompt keeps the session open (the speech must then end with a question); none ends it. */
  reprompt?: SpeechBuilder;
  card?: { title: string; text: string };
  /** The content item answered, as the place next and previous step from. */
  remember?: Pick<LastAnswer, 'itemId' | 'topic' | 'index'>;
  /** What a following "yes" takes up; kept only while the session stays open. */
  offer?: PendingOffer;
  outcome?: Outcome;
  /** What "say that again" replays, when not the speech itself (the launch without its welcome and clips). */
  again?: SpeechBuilder;
  /** Not said again: "say that again" after it replays the answer before it (a fallback is no content). */
  notRepeated?: boolean;
}

/**
 * The one place a response is assembled and the one place that decides whether the session ends:
 * it stays open exactly when there is a reprompt.
 */
export function respond(input: HandlerInput, answer: Answer): Response {
  const turn = turnOf(input);
  const ssml = answer.speech.build();
  if (answer.speech.droppedClips.length > 0) {
    logger.warn('speech had more clips than the platform allows; extra clips dropped', { dropped: answer.speech.droppedClips });
  }
  const repromptSsml = answer.reprompt?.build();
  const builder = input.responseBuilder.speak(ssml);
  if (answer.card) builder.withStandardCard(answer.card.title, answer.card.text);
  if (repromptSsml) {
    builder.reprompt(repromptSsml);
  } else {
    builder.withShouldEndSession(true);
  }
  // The only writer of the pending offer: each answer replaces it, so an old offer never lingers.
  turn.session.pending = repromptSsml ? answer.offer : undefined;
  // Every answer can be repeated; only content answers move the place that next/previous step from.
  const place = answer.remember ?? { itemId: turn.session.last?.itemId, topic: turn.session.last?.topic, index: turn.session.last?.index };
  if (!answer.notRepeated) {
    const offer = repromptSsml ? answer.offer : undefined;
    turn.session.last = { ssml: answer.again ? answer.again.build() : ssml, repromptSsml, card: answer.card, ...place, offer };
  }
  requestStats(input).outcome = answer.outcome ?? 'answered';
  return builder.getResponse();
}

/** Replays a stored answer exactly (speech, reprompt and card), for "say that again". */
export function respondAgain(input: HandlerInput, last: LastAnswer): Response {
  // The replay asks what the answer asked, so a yes takes up that offer, not one a fallback made since.
  const turn = turnOf(input);
  turn.session.pending = last.repromptSsml ? (last.offer ?? turn.session.pending) : undefined;
  const builder = input.responseBuilder.speak(last.ssml);
  if (last.card) builder.withStandardCard(last.card.title, last.card.text);
  if (last.repromptSsml) builder.reprompt(last.repromptSsml);
  else builder.withShouldEndSession(true);
  requestStats(input).outcome = 'answered';
  return builder.getResponse();
}
