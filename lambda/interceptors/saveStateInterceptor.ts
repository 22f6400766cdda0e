import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import { errorSummary } from '../observability/errorSummary';
import { logger } from '../observability/logger';
import { requestStats } from '../observability/requestStats';
import type { UserContextRepository } from '../persistence/userContextRepository';
import { findTurn } from '../turn';

/**
 * After the response is built: saves the user's context when the turn changed it (no write
 * otherwise), and puts the session state back into session attributes. A failed save never fails the
 * answer: it is logged, and the next turn of the session tries again.
 */
export function saveStateInterceptor(repository: UserContextRepository | undefined): ResponseInterceptor {
  return {
    async process(input: HandlerInput): Promise<void> {
      const turn = findTurn(input);
      if (!turn) return;
      const stats = requestStats(input);
      if (repository && stats.baseline !== undefined) {
        try {
          turn.user = await repository.saveIfChanged(input.requestEnvelope, turn.user, stats.baseline, stats);
          turn.session.user = turn.user;
          turn.session.unsaved = undefined;
        } catch (error) {
          stats.faults += 1;
          turn.session.unsaved = true;
          logger.error('user store write failed; will retry next turn', { error: errorSummary(error) });
        }
      }
      if (input.requestEnvelope.session) input.attributesManager.setSessionAttributes({ ...turn.session });
    },
  };
}
