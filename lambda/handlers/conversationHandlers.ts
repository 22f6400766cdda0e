import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { newsSinceLastVisit, type VisitNews } from '../domain/news';
import { respond, respondAgain } from '../respond';
import { type Turn, turnOf } from '../turn';
import { cardTitleFor, serveFortuneOfTheDay, serveTipOfTheDay, topicName } from './contentHandlers';
import { isIntent, isRequestType } from './matchers';
import { serveItem } from './serveItem';

/** "Open fortune cookie": clip, a brisk welcome (shorter for returning listeners), today's fortune, an offer. */
export const LaunchHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'LaunchRequest'),
  handle(input) {
    const turn = turnOf(input);
    // With the store unreadable nobody knows whether this is a first visit: a plain welcome, no orientation.
    if (!turn.userLoaded) return serveFortuneOfTheDay(input, turn.prompts.pick('welcome.first'));
    if (turn.previousVisits === 0) {
      return serveFortuneOfTheDay(input, `${turn.prompts.pick('welcome.first')} ${turn.prompts.pick('orientation')}`);
    }
    const news = newsSinceLastVisit(turn.user, turn.previousVisitDate, turn.day, (topic) => turn.catalog.series(topic).length);
    return serveFortuneOfTheDay(input, `${turn.prompts.pick('welcome.back')} ${newsLine(turn, news)}`.trim());
  },
};

function newsLine(turn: Turn, news: VisitNews): string {
  switch (news.kind) {
    case 'streak':
      return turn.prompts.pick('news.streak', { count: String(news.count) });
    case 'series':
      return turn.prompts.pick('news.series', { title: topicName(turn, news.topic) });
    case 'newDay':
      return turn.prompts.pick('news.newDay');
    case 'none':
      return '';
  }
}

export const HelpHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
  handle(input) {
    const turn = turnOf(input);
    const help = turn.prompts.pick('help');
    return respond(input, {
      speech: turn.speech().say(help),
      reprompt: turn.speech().say(turn.prompts.pick('reprompt')),
      card: { title: turn.prompts.text('card.help'), text: help },
    });
  },
};

export function respondFallback(input: HandlerInput): Response {
  const turn = turnOf(input);
  return respond(input, {
    speech: turn.speech().say(turn.prompts.pick('fallback')),
    reprompt: turn.speech().say(turn.prompts.pick('reprompt')),
    outcome: 'fallback',
  });
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

/** Yes takes up the pending offer: the related item, or a tip. */
export const YesHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.YesIntent'),
  handle(input) {
    const turn = turnOf(input);
    const pending = turn.session.pending;
    turn.session.pending = undefined;
    if (pending?.kind === 'related') {
      const item = turn.catalog.item(pending.itemId);
      if (item) return serveItem(input, item, { cardTitle: cardTitleFor(turn, item.topics[0]!) });
    }
    if (pending?.kind === 'tip') return serveTipOfTheDay(input);
    if (pending?.kind === 'fortune') return serveFortuneOfTheDay(input);
    return respondFallback(input);
  },
};

/** No declines the offer kindly and ends the session. */
export const NoHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NoIntent'),
  handle(input) {
    const turn = turnOf(input);
    turn.session.pending = undefined;
    return respondGoodbye(input, turn.prompts.pick('no'));
  },
};

/**
 * "Say that again": the session's last answer exactly; in a new session, the last item this listener
 * heard (from their stored context); otherwise a short explanation and an offer.
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
      const topic = servedAs && heard.topics.includes(servedAs) ? servedAs : heard.topics[0]!;
      return serveItem(input, heard, { lead: turn.prompts.pick('replay.lead'), topic, cardTitle: cardTitleFor(turn, topic) });
    }
    // Every "nothing to repeat" phrasing offers today's fortune.
    turn.session.pending = { kind: 'fortune' };
    return respond(input, {
      speech: turn.speech().say(turn.prompts.pick('repeat.empty')),
      reprompt: turn.speech().say(turn.prompts.pick('reprompt')),
    });
  },
};
