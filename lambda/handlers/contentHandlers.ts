import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { IntentRequest, Response } from 'ask-sdk-model';
import type { ContentItem, TopicId } from '../content/types';
import { extraFortune, unheardTip } from '../domain/offers';
import { itemOfTheDay } from '../domain/rotation';
import { advance, moveTo, type SeriesMove, stepSeries } from '../domain/series';
import { type Turn, turnOf } from '../turn';
import { isIntent } from './matchers';
import { respondWithNextStep, topicForms, topicOf } from './nextStep';
import { serveItem } from './serveItem';
import { requestedTopic } from './slots';

function fortuneOfTheDay(turn: Turn): ContentItem | undefined {
  const fortunes = turn.catalog.fortunes;
  return fortunes.length === 0 ? undefined : itemOfTheDay(fortunes, turn.day.dayNumber, 'fortune');
}

function heardInSession(turn: Turn, item: ContentItem): boolean {
  return (turn.session.heard ?? []).includes(item.id);
}

/** Today's fortune, the same for everyone on the same local day; asked again in the same session, an extra one. */
export function serveFortuneOfTheDay(input: HandlerInput, welcome?: string): Response {
  const turn = turnOf(input);
  const fortune = fortuneOfTheDay(turn);
  if (!fortune) return serveTipOfTheDay(input);
  if (!welcome && heardInSession(turn, fortune)) return serveExtraFortune(input);
  return serveItem(input, fortune, {
    welcome,
    lead: welcome ? undefined : turn.prompts.pick('fortune.lead'),
    topic: 'fortunes',
    cardTitle: turn.prompts.text('card.fortune'),
    launch: welcome !== undefined,
  });
}

/** "Another cookie": a fortune other than today's and unheard in this session, introduced as an extra one. */
export function serveExtraFortune(input: HandlerInput, chosen?: ContentItem): Response {
  const turn = turnOf(input);
  const fortune = chosen ?? extraFortune(turn.catalog, new Set(turn.session.heard ?? []), turn.day.dayNumber);
  if (!fortune) return serveTipOfTheDay(input);
  return serveItem(input, fortune, {
    lead: turn.prompts.pick('fortune.extraLead'),
    topic: 'fortunes',
    cardTitle: turn.prompts.text('card.extraFortune'),
  });
}

/** The tip of the day (or, heard already in this session, the next unheard one); `notice(forms)` replaces the lead. */
export function serveTipOfTheDay(input: HandlerInput, notice?: (forms: Record<string, string>) => string): Response {
  const turn = turnOf(input);
  const tip =
    unheardTip(turn.catalog, new Set(turn.session.heard ?? []), turn.day.dayNumber) ??
    itemOfTheDay(turn.catalog.tips, turn.day.dayNumber, 'tip');
  return serveTip(input, tip, topicOf(turn, tip), notice);
}

/** A tip introduced by its topic (or by a notice naming it). */
export function serveTip(
  input: HandlerInput,
  tip: ContentItem,
  topic: TopicId,
  notice?: (forms: Record<string, string>) => string,
): Response {
  const turn = turnOf(input);
  const forms = topicForms(turn, topic);
  return serveItem(input, tip, {
    notice: notice?.(forms),
    lead: notice ? undefined : turn.prompts.pick('tip.lead', forms),
    topic,
    cardTitle: turn.prompts.text('card.tip', forms),
  });
}

/**
 * Steps through a topic's series (continue, next, previous, start over: domain/series stepSeries) and
 * serves the item there, with a notice when the walk wrapped or could not go back.
 */
export function serveSeriesStep(input: HandlerInput, topic: TopicId, move: SeriesMove): Response {
  const turn = turnOf(input);
  const series = turn.catalog.series(topic);
  if (series.length === 0) return serveTipOfTheDay(input, (forms) => turn.prompts.pick('tip.empty', forms));
  const last = turn.session.last;
  const current = last?.topic === topic ? last.index : undefined;
  const position = turn.user.series[topic];
  const step = stepSeries(series.length, move, current, position);
  turn.user.series[topic] =
    move === 'continue' || move === 'next' ? advance(position, step, turn.now) : moveTo(position, step.index, turn.now);
  const notice = step.wrapped ? turn.prompts.pick('series.wrapped') : step.atStart ? turn.prompts.pick('series.atStart') : undefined;
  return serveSeriesItem(input, topic, step.index, notice);
}

/** The item at `index` of a topic's series, with the lead of its kind (tip or fortune). */
export function serveSeriesItem(input: HandlerInput, topic: TopicId, index: number, notice?: string): Response {
  const turn = turnOf(input);
  const item = turn.catalog.series(topic)[index]!;
  if (topic === 'fortunes') {
    const today = fortuneOfTheDay(turn)?.id === item.id;
    return serveItem(input, item, {
      notice,
      lead: turn.prompts.pick(today ? 'fortune.lead' : 'fortune.extraLead'),
      topic,
      cardTitle: turn.prompts.text(today ? 'card.fortune' : 'card.extraFortune'),
    });
  }
  const forms = topicForms(turn, topic);
  return serveItem(input, item, {
    notice,
    lead: turn.prompts.pick('tip.lead', forms),
    topic,
    cardTitle: turn.prompts.text('card.tip', forms),
  });
}

export function cardTitleFor(turn: Turn, item: ContentItem, topic: TopicId): string {
  if (topic !== 'fortunes') return turn.prompts.text('card.tip', topicForms(turn, topic));
  return turn.prompts.text(fortuneOfTheDay(turn)?.id === item.id ? 'card.fortune' : 'card.extraFortune');
}

/** Nothing to step through yet: say so and offer a tip (a yes/no question, so the session stays open). */
export function respondNoSeries(input: HandlerInput): Response {
  const turn = turnOf(input);
  const tip = unheardTip(turn.catalog, new Set(turn.session.heard ?? []), turn.day.dayNumber);
  const speech = turn.speech().say(turn.prompts.pick('series.nothing'));
  return respondWithNextStep(input, speech, tip ? { kind: 'tip', item: tip } : { kind: 'none' }, {}, { evenInOneShot: true });
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
    if (requested.kind === 'topic') return serveSeriesStep(input, requested.topic, 'continue');
    if (requested.kind === 'unknown') return serveTipOfTheDay(input, (forms) => turn.prompts.pick('tip.unknownTopic', forms));
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
    return topic ? serveSeriesStep(input, topic, 'continue') : respondNoSeries(input);
  },
};

/** The series next/previous/start over step in: the one just heard in this session, else the listener's last. */
function currentSeries(turn: Turn): TopicId | undefined {
  const last = turn.session.last;
  if (last?.topic !== undefined && last.index !== undefined) return last.topic;
  return turn.user.lastSeries?.topic;
}

function seriesMoveHandler(intent: string, move: SeriesMove): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, intent),
    handle(input) {
      const topic = currentSeries(turnOf(input));
      return topic ? serveSeriesStep(input, topic, move) : respondNoSeries(input);
    },
  };
}

export const NextHandler = seriesMoveHandler('AMAZON.NextIntent', 'next');
export const PreviousHandler = seriesMoveHandler('AMAZON.PreviousIntent', 'previous');
export const StartOverHandler = seriesMoveHandler('AMAZON.StartOverIntent', 'startOver');
