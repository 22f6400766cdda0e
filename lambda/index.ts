import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { readConfig } from './config';
import { logger } from './observability/logger';
import { errorSummary } from './persistence/userContextRepository';
import { DynamoDbUserStore } from './persistence/dynamoDbStore';
import { buildSkill } from './skill';

const config = readConfig();

// Built once per container: every request needs it, and building it per request costs latency.
const skill = buildSkill({
  skillId: config.skillId,
  store: config.tableName ? new DynamoDbUserStore({ tableName: config.tableName }) : undefined,
  timeZoneTimeoutMs: config.timeZoneTimeoutMs,
});

/** The Lambda entry point: async (newer Node.js runtimes no longer call callback-style handlers). */
export async function handler(event: RequestEnvelope, context: Context): Promise<ResponseEnvelope> {
  return skill.invoke(event, context);
}
