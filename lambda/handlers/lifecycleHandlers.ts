import type { RequestHandler } from 'ask-sdk-core';
import type { SessionEndedRequest } from 'ask-sdk-model';
import { loggable } from '../observability/loggable';
import { logger } from '../observability/logger';
import { requestStats } from '../observability/requestStats';
import type { UserContextRepository } from '../persistence/userContextRepository';
import { respondFallback } from './conversationHandlers';
import { isRequestType, requestTypeOf } from './matchers';

/** SessionEndedRequest gets an empty response; an error reason is logged. */
export const SessionEndedHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'SessionEndedRequest'),
  handle(input) {
    const request = input.requestEnvelope.request as SessionEndedRequest;
    requestStats(input).outcome = 'ended';
    if (request.reason === 'ERROR')
      logger.warn('session ended with an error', {
        error: { type: loggable(request.error?.type), message: loggable(request.error?.message) },
      });
    return input.responseBuilder.getResponse();
  },
};

/**
 * Skill events carry no session and get an empty response. When the listener disables the skill with
 * NOT_PERSISTED, their stored data is deleted (privacy); that field is not in ask-sdk-model's type,
 * so it is read from the raw body.
 */
export function skillEventHandler(repository: UserContextRepository | undefined): RequestHandler {
  return {
    canHandle: (input) => requestTypeOf(input).startsWith('AlexaSkillEvent.'),
    async handle(input) {
      const body = (input.requestEnvelope.request as { body?: { userInformationPersistenceStatus?: string } }).body;
      const stats = requestStats(input);
      stats.outcome = 'ended';
      const disabled = isRequestType(input, 'AlexaSkillEvent.SkillDisabled');
      if (disabled && body?.userInformationPersistenceStatus === 'NOT_PERSISTED' && repository) {
        await repository.delete(input.requestEnvelope, stats);
        logger.info('skill disabled: user data deleted');
      }
      return input.responseBuilder.getResponse();
    },
  };
}

/**
 * Anything no other handler takes (an intent from a newer model, an unexpected request type):
 * a spoken fallback rather than an SDK "unable to find a handler" error.
 */
export const UnhandledRequestHandler: RequestHandler = {
  canHandle: () => true,
  handle(input) {
    logger.warn('no handler for request', { requestType: loggable(requestTypeOf(input)) });
    return respondFallback(input);
  },
};
