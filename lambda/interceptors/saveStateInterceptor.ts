import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { errorSummary } from '../observability/errorSummary';
import { logger } from '../observability/logger';
import { requestStats } from '../observability/requestStats';
import type { UserContextRepository } from '../persistence/userContextRepository';
import { sessionAttributesFor } from '../session/sessionAttributes';
import { findTurn } from '../turn';

/**
 * After the response is built: has the repository save the user's context (it decides whether and
 * what), and puts the session state back into session attributes. A failed save never fails the
 * answer: it is logged, and the next turn of the session tries again.
 */
export function saveStateInterceptor(repository: UserContextRepository | undefined): ResponseInterceptor {
  return {
    async process(input: HandlerInput, response?: Response): Promise<void> {
      const turn = findTurn(input);
      if (!turn) return;
      if (repository && turn.memory) {
        const stats = requestStats(input);
        try {
          const saved = await repository.save(input.requestEnvelope, { ...turn.memory, context: turn.user }, stats, turn.deadline);
          turn.user = saved.context;
          Object.assign(
            turn.session,
            { user: undefined, storedBase: undefined, readOnly: undefined, unconfirmed: undefined },
            repository.sessionState(saved),
          );
        } catch (error) {
          // The repository gives up on store faults itself; anything else must still not fail the answer.
          stats.faults += 1;
          logger.error('saving user context failed', { error: errorSummary(error) });
        }
      }
      // Only the skill's own state goes back, bounded so the response stays under 24 KB.
      if (input.requestEnvelope.session) input.attributesManager.setSessionAttributes(sessionAttributesFor(turn.session, response ?? {}));
    },
  };
}
