import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { ContentItem, TopicId } from '../content/types';
import { rememberHeard, stepAfterItem, stepAfterLaunch } from '../domain/offers';
import type { SpeechBuilder } from '../speech/speechBuilder';
import { type Turn, turnOf } from '../turn';
import { isFortune, nextStepFacts, respondWithNextStep, topicOf } from './nextStep';

export interface ServeOptions {
  /** A brand welcome: the opening clip and an excited greeting before everything else. */
  welcome?: string;
  /** Said before the item (a phrasing such as "Here is a tip about metrics."). */
  lead?: string;
  /** Said before the lead (for example "That was the whole series!"). */
  notice?: string;
  /** The series the item belongs to, for next and previous; defaults to the item's own series. */
  topic?: TopicId;
  cardTitle: string;
  /** The launch's fortune is followed by the launch's next step (today's question first). */
  launch?: boolean;
}

/**
 * Speaks one content item with its reveal clip and card, records it as heard (in the session and in
 * the listener's context), and, in an open session, offers the one next step. One-shots end after the answer.
 */
export function serveItem(input: HandlerInput, item: ContentItem, options: ServeOptions): Response {
  const turn = turnOf(input);
  const topic = options.topic ?? topicOf(turn, item);
  const index = turn.catalog.series(topic).findIndex((candidate) => candidate.id === item.id);
  const speech = turn.speech();
  if (options.welcome) speech.clip('open').sayExcited(options.welcome);
  if (options.notice) speech.say(options.notice);
  if (options.lead) speech.say(options.lead);
  speakItem(turn, speech, item);

  turn.session.heard = rememberHeard(turn.session.heard, item.id);
  turn.user.lastHeard = { itemId: item.id, at: turn.now, topic };
  // The daily fortune is not a series the listener is working through: "continue" keeps its tips.
  if (topic !== 'fortunes') turn.user.lastSeries = { topic, at: turn.now };

  // "Say that again" after the launch repeats the fortune and the offer, not the welcome and its clips
  // (listener finding: the whole launch came back, opening chime, greeting and transition clip included).
  const again = options.welcome ? speakItem(turn, turn.speech(), item) : undefined;
  const facts = nextStepFacts(turn);
  const step = options.launch ? stepAfterLaunch(facts) : stepAfterItem(item, facts);
  return respondWithNextStep(
    input,
    speech,
    step,
    {
      again,
      card: { title: options.cardTitle, text: item.card },
      remember: { itemId: item.id, topic, index: index >= 0 ? index : undefined },
    },
    { launch: options.launch },
  );
}

/** An item after its reveal clip; a fortune is read by the cookie's own voice, a tip's quote too. */
export function speakItem(turn: Turn, speech: SpeechBuilder, item: ContentItem): SpeechBuilder {
  speech.clip('reveal');
  if (isFortune(turn, item)) speech.quote(item.quote ? `${item.speech} ${item.quote}` : item.speech);
  else {
    speech.say(item.speech);
    if (item.quote) speech.quote(item.quote);
  }
  return speech;
}
