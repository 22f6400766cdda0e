import { type ErrorHandler, type HandlerInput, ResponseFactory } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { Prompts } from '../i18n/prompts';
import { type Locale, toSupportedLocale } from '../locale';
import { errorSummary } from '../observability/errorSummary';
import { loggable } from '../observability/loggable';
import { logger } from '../observability/logger';
import { recordRequest } from '../observability/requestRecord';
import { requestStats } from '../observability/requestStats';
import { carriedSessionAttributes } from '../session/carriedAttributes';
import { sessionAttributesFor } from '../session/sessionAttributes';
import { readSessionState } from '../session/sessionState';
import { escapeXml } from '../speech/escape';
import { findTurn, type SessionState } from '../turn';

/**
 * The last line of defence: logs the error with the request id and answers kindly, in the
 * listener's language, keeping an open session open. Works even when the turn context never got built.
 */
export function errorHandler(random: () => number): ErrorHandler {
  return {
    canHandle: () => true,
    handle(input: HandlerInput, error: Error): Response {
      const envelope = input.requestEnvelope;
      requestStats(input).outcome = 'error';
      logger.error('request failed', {
        requestId: loggable(envelope?.request?.requestId),
        error: errorSummary(error),
        // The stack starts with the message, which may quote request data: bounded too.
        stack: loggable(error?.stack, 2000),
      });
      const turn = findTurn(input);
      const locale = turn?.locale ?? toSupportedLocale((envelope?.request as { locale?: string } | undefined)?.locale);
      const prompts = turn?.prompts ?? new Prompts(locale, {}, random);
      const inSession = envelope?.session !== undefined && envelope.session.new === false;
      // A fresh builder: the failed handler may have half-built a response (a reprompt, a card).
      const builder = ResponseFactory.init();
      // Plain escaped text only: the speech composer itself may be what failed.
      let pending: SessionState['pending'];
      if (inSession) {
        const offer = escapeXml(prompts.pick('errorOpen'));
        builder.speak(offer).reprompt(offer);
        // Every errorOpen phrasing offers today's fortune, so a yes must take up that offer. respond() is
        // the writer of offers, but it may be what failed: the last line of defence writes this one itself.
        pending = { kind: 'todaysFortune' };
      } else {
        builder.speak(escapeXml(prompts.pick('error'))).withShouldEndSession(true);
      }
      const response = builder.getResponse();
      if (envelope?.session) keepOwnSessionState(input, turn?.session, locale, pending, response);
      // ask-sdk skips response interceptors after the error handler: write the request line here
      // (once; the Lambda handler's own call then does nothing), so every entry point logs it.
      recordRequest(envelope, requestStats(input));
      return response;
    },
  };
}

/**
 * The session attributes of an apology: the skill's own state only, as on any answer (the SDK would
 * otherwise echo whatever the request carried, foreign keys and all). Never throws: this is the
 * last line of defence.
 */
function keepOwnSessionState(
  input: HandlerInput,
  state: SessionState | undefined,
  locale: Locale,
  pending: SessionState['pending'],
  response: Response,
): void {
  try {
    const session = state ?? readSessionState(carriedSessionAttributes(input), locale);
    session.pending = pending;
    input.attributesManager.setSessionAttributes(sessionAttributesFor(session, response));
  } catch (error) {
    logger.error('session state could not be kept with the apology; the session starts afresh', { error: errorSummary(error) });
    input.attributesManager.setSessionAttributes({});
  }
}
