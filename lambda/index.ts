import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { readConfig } from './config';
import { isForAnotherSkill, lastResortResponse } from './lastResort';
import { errorSummary } from './observability/errorSummary';
import { loggable } from './observability/loggable';
import { logger } from './observability/logger';
import { recordRequest } from './observability/requestRecord';
import { beginRequest } from './observability/requestStats';
import type { UserStore } from './persistence/port';
import { buildSkill } from './skill';

const config = readConfig();

// Built once per container: every request needs it, and building it per request costs latency.
const skill = buildSkill({
  skillId: config.skillId,
  store: config.tableName ? dynamoDbStore(config.tableName) : undefined,
  timeZoneTimeoutMs: config.timeZoneTimeoutMs,
});

/**
 * The DynamoDB store, loaded only when a table is configured: loading AWS SDK v3 costs tens of
 * milliseconds, which runs without a table (local tools, the benchmark's memory store) should not pay.
 * esbuild keeps the module in the bundle but evaluates it only on this require.
 */
function dynamoDbStore(tableName: string): UserStore {
  const { DynamoDbUserStore } = require('./persistence/dynamoDbStore') as typeof import('./persistence/dynamoDbStore');
  return new DynamoDbUserStore({ tableName });
}

/**
 * The Lambda entry point: async (newer Node.js runtimes no longer call callback-style handlers).
 * Every request gets its log line and metrics here even when no response interceptor ran: the error
 * handler's answers skip them, and a request for another skill id is rejected before any handler.
 */
export async function handler(event: RequestEnvelope, context: Context): Promise<ResponseEnvelope> {
  const stats = beginRequest(event);
  logger.beginRequest(event);
  // Every other log line of this request (warnings, store faults) carries the Alexa request id too.
  const requestId = loggable(event?.request?.requestId);
  logger.appendKeys({ requestId });
  try {
    return await skill.invoke(event, context);
  } catch (error) {
    stats.outcome = 'error';
    if (isForAnotherSkill(event, config.skillId)) {
      logger.error('request rejected', { requestId, error: errorSummary(error) });
      throw error;
    }
    logger.error('request could not be dispatched; answered with an apology', {
      requestId,
      error: errorSummary(error),
    });
    return lastResortResponse(event);
  } finally {
    recordRequest(event, stats);
    logger.resetKeys();
  }
}

// The same skill with other dependencies (a memory store, an instant time-zone lookup), taken from
// this very bundle by the benchmark (scripts/bench), so what is measured is what is deployed.
export { MemoryUserStore } from './persistence/memoryStore';
export { buildSkill } from './skill';
