import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { ContentItem, TopicId } from '../content/types';
import { respond } from '../respond';
import type { SpeechBuilder } from '../speech/speechBuilder';
import { type PendingOffer, type Turn, turnOf } from '../turn';

export interface ServeOptions {
  /** A brand welcome: the opening clip and an excited greeting before everything else. */
  welcome?: string;
  /** Said before the item (a phrasing such as "Here is a tip about metrics."). */
  lead?: string;
  /** Said before the lead (for example "That was the whole series!"). */
  notice?: string;
  /** The series the item belongs to, for next and previous; defaults to the item's first topic. */
  topic?: TopicId;
  cardTitle: string;
}

/**
 * Speaks one content item with its reveal clip and card, records it as heard, and, in an open
 * session, offers a related item. One-shots end after the answer: they never ask.
 */
export function serveItem(input: HandlerInput, item: ContentItem, options: ServeOptions): Response {
  const turn = turnOf(input);
  const topic = options.topic ?? (item.topics[0] as TopicId);
  const index = turn.catalog.series(topic).findIndex((candidate) => candidate.id === item.id);
  const speech = turn.speech();
  if (options.welcome) speech.clip('open').sayExcited(options.welcome);
  if (options.notice) speech.say(options.notice);
  if (options.lead) speech.say(options.lead);
  speakItem(speech, item);

  turn.user.lastHeard = { itemId: item.id, at: turn.now, topic };
  // The daily fortune is not a series the listener is working through: "continue" keeps its tips.
  if (topic !== 'fortunes') turn.user.lastSeries = { topic, at: turn.now };

  let reprompt: SpeechBuilder | undefined;
  if (!turn.oneShot) {
    const offer = offerAfter(turn, item);
    turn.session.pending = offer.pending;
    speech.clip('transition').say(offer.text);
    reprompt = turn.speech().say(offer.text);
  }
  return respond(input, {
    speech,
    reprompt,
    card: { title: options.cardTitle, text: item.card },
    remember: { itemId: item.id, topic, index: index >= 0 ? index : undefined },
  });
}

export function speakItem(speech: SpeechBuilder, item: ContentItem): SpeechBuilder {
  speech.clip('reveal').say(item.speech);
  if (item.quote) speech.quote(item.quote);
  return speech;
}

/** The offer that follows an item: a related one when the catalog has it, else a general offer. */
function offerAfter(turn: Turn, item: ContentItem): { text: string; pending: PendingOffer } {
  const related = item.related
    .map((id) => turn.catalog.item(id))
    .find((candidate): candidate is ContentItem => candidate !== undefined && candidate.id !== item.id);
  if (!related) return { text: turn.prompts.pick('offer.general'), pending: { kind: 'tip' } };
  const relatedTopic = related.topics[0] as TopicId;
  const text =
    relatedTopic === 'fortunes'
      ? turn.prompts.pick('anotherFortune')
      : turn.prompts.pick('offer.related', { title: turn.prompts.text(`topics.${relatedTopic}`) });
  return { text, pending: { kind: 'related', itemId: related.id } };
}
