import { getRequestType, type HandlerInput, type ResponseInterceptor } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { logger } from '../observability/logger';
import { requestStats } from '../observability/requestStats';

/** One structured log line per request: what was asked, how it went, what it cost. */
export function requestLogInterceptor(): ResponseInterceptor {
  return {
    process(input: HandlerInput): void {
      const envelope = input.requestEnvelope;
      const requestType = getRequestType(envelope);
      const stats = requestStats(input);
      logger.info('request', {
        requestId: envelope.request.requestId,
        requestType,
        intent: (envelope.request as Partial<IntentRequest>).intent?.name,
        locale: (envelope.request as { locale?: string }).locale,
        outcome: stats.outcome ?? 'answered',
        latencyMs: Math.round((performance.now() - stats.startedAt) * 1000) / 1000,
        storeReads: stats.reads,
        storeWrites: stats.writes,
        storeFaults: stats.faults,
        timeZoneFault: stats.timeZoneFault,
      });
    },
  };
}
