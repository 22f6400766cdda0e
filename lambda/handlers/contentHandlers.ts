import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { IntentRequest, Response } from 'ask-sdk-model';
import type { TopicId } from '../content/types';
import { itemOfTheDay } from '../domain/rotation';
import { advance, moveTo, nextStep } from '../domain/series';
import { respond } from '../respond';
import { type Turn, turnOf } from '../turn';
import { isIntent } from './matchers';
import { serveItem } from './serveItem';
import { requestedTopic } from './slots';

/** Today's fortune: the same for everyone on the same local day. */
export function serveFortuneOfTheDay(input: HandlerInput, welcome?: string): Response {
  const turn = turnOf(input);
  const fortunes = turn.catalog.fortunes;
  if (fortunes.length === 0) return serveTipOfTheDay(input);
  const fortune = itemOfTheDay(fortunes, turn.day.dayNumber, 'fortune');
  return serveItem(input, fortune, {
    welcome,
    lead: turn.prompts.pick('fortune.lead'),
    topic: 'fortunes',
    cardTitle: turn.prompts.text('card.fortune'),
  });
}

/** The tip of the day; `notice(title)` replaces the lead with a note naming the tip's topic. */
export function serveTipOfTheDay(input: HandlerInput, notice?: (tipTitle: string) => string): Response {
  const turn = turnOf(input);
  const tip = itemOfTheDay(turn.catalog.tips, turn.day.dayNumber, 'tip');
  const topic = tip.topics[0] as TopicId;
  const title = topicName(turn, topic);
  return serveItem(input, tip, {
    notice: notice?.(title),
    lead: notice ? undefined : turn.prompts.pick('tip.lead', { title }),
    topic,
    cardTitle: turn.prompts.text('card.tip', { title }),
  });
}

/** The listener's next unheard item of a topic's series; wraps with a notice after the last one. */
export function serveNextInSeries(input: HandlerInput, topic: TopicId): Response {
  const turn = turnOf(input);
  const series = turn.catalog.series(topic);
  const title = topicName(turn, topic);
  if (series.length === 0) return serveTipOfTheDay(input, () => turn.prompts.pick('tip.empty', { title }));
  const position = turn.user.series[topic];
  const step = nextStep(series.length, position);
  turn.user.series[topic] = advance(position, step, turn.now);
  return serveItem(input, series[step.index]!, {
    notice: step.wrapped ? turn.prompts.pick('series.wrapped') : undefined,
    lead: turn.prompts.pick('tip.lead', { title }),
    topic,
    cardTitle: turn.prompts.text('card.tip', { title }),
  });
}

export function serveSeriesIndex(input: HandlerInput, topic: TopicId, index: number, notice?: string): Response {
  const turn = turnOf(input);
  const series = turn.catalog.series(topic);
  const bounded = Math.max(0, Math.min(series.length - 1, index));
  turn.user.series[topic] = moveTo(turn.user.series[topic], bounded, turn.now);
  const title = topicName(turn, topic);
  return serveItem(input, series[bounded]!, {
    notice,
    lead: topic === 'fortunes' ? undefined : turn.prompts.pick('tip.lead', { title }),
    topic,
    cardTitle: cardTitleFor(turn, topic),
  });
}

export function topicName(turn: Turn, topic: TopicId): string {
  return turn.prompts.text(`topics.${topic}`);
}

export function cardTitleFor(turn: Turn, topic: TopicId): string {
  return topic === 'fortunes' ? turn.prompts.text('card.fortune') : turn.prompts.text('card.tip', { title: topicName(turn, topic) });
}

/** Nothing to step through yet: say so and offer a tip (a question, so the session stays open). */
export function respondNoSeries(input: HandlerInput): Response {
  const turn = turnOf(input);
  const text = turn.prompts.pick('series.nothing');
  turn.session.pending = { kind: 'tip' };
  return respond(input, { speech: turn.speech().say(text), reprompt: turn.speech().say(turn.prompts.pick('reprompt')) });
}

export const GetFortuneHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'GetFortuneIntent'),
  handle: (input) => serveFortuneOfTheDay(input),
};

export const GetTipHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'GetTipIntent'),
  handle(input) {
    const turn = turnOf(input);
    const requested = requestedTopic(input.requestEnvelope.request as IntentRequest);
    if (requested.kind === 'topic') return serveNextInSeries(input, requested.topic);
    if (requested.kind === 'unknown') {
      return serveTipOfTheDay(input, (title) => turn.prompts.pick('tip.unknownTopic', { title }));
    }
    return serveTipOfTheDay(input);
  },
};

/** "Continue", "continue the postmortem tips", and AMAZON.ResumeIntent: pick up the series where it was left. */
export const ContinueHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'ContinueIntent', 'AMAZON.ResumeIntent'),
  handle(input) {
    const turn = turnOf(input);
    const request = input.requestEnvelope.request as IntentRequest;
    const requested = request.intent.name === 'ContinueIntent' ? requestedTopic(request) : { kind: 'none' as const };
    const topic = requested.kind === 'topic' ? requested.topic : turn.user.lastSeries?.topic;
    return topic ? serveNextInSeries(input, topic) : respondNoSeries(input);
  },
};

export const NextHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NextIntent'),
  handle(input) {
    const turn = turnOf(input);
    const last = turn.session.last;
    if (last?.topic !== undefined && last.index !== undefined) {
      const length = turn.catalog.series(last.topic).length;
      const next = last.index + 1;
      if (next >= length) return serveSeriesIndex(input, last.topic, 0, turn.prompts.pick('series.wrapped'));
      return serveSeriesIndex(input, last.topic, next);
    }
    const topic = turn.user.lastSeries?.topic;
    return topic ? serveNextInSeries(input, topic) : respondNoSeries(input);
  },
};

export const PreviousHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.PreviousIntent'),
  handle(input) {
    const turn = turnOf(input);
    const last = turn.session.last;
    const topic = last?.topic ?? turn.user.lastSeries?.topic;
    if (!topic) return respondNoSeries(input);
    const current = last?.topic === topic && last.index !== undefined ? last.index : (turn.user.series[topic]?.next ?? 1) - 1;
    if (current <= 0) return serveSeriesIndex(input, topic, 0, turn.prompts.pick('series.atStart'));
    return serveSeriesIndex(input, topic, current - 1);
  },
};

export const StartOverHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.StartOverIntent'),
  handle(input) {
    const turn = turnOf(input);
    const topic = turn.session.last?.topic ?? turn.user.lastSeries?.topic;
    return topic ? serveSeriesIndex(input, topic, 0) : respondNoSeries(input);
  },
};
