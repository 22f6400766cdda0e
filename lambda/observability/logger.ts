import { Logger } from '@aws-lambda-powertools/logger';

/**
 * Structured JSON logs through Powertools: one logger for the whole skill. The level comes from
 * POWERTOOLS_LOG_LEVEL (or LOG_LEVEL), so tests can silence it and operators can raise it.
 */
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'fortune-cookie' });
