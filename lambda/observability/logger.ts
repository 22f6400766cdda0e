import type { Logger } from '@aws-lambda-powertools/logger';

type Attributes = Record<string, unknown>;

/**
 * Structured JSON logs through Powertools, created on the first warning or error. An answered request
 * writes only its request line (requestRecord.ts), so a container that never logs anything else does
 * not pay Powertools' load time (about 4 ms) in its cold start. Level: POWERTOOLS_LOG_LEVEL,
 * AWS_LAMBDA_LOG_LEVEL or LOG_LEVEL, as Powertools reads it.
 */
let powertools: Logger | undefined;
let requestKeys: Attributes = {};
let levelOverride: string | undefined;

function instance(): Logger {
  if (!powertools) {
    const { Logger: PowertoolsLogger } = require('@aws-lambda-powertools/logger') as typeof import('@aws-lambda-powertools/logger');
    powertools = new PowertoolsLogger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'fortune-cookie' });
    powertools.appendKeys(requestKeys);
    if (levelOverride) powertools.setLogLevel(levelOverride as Parameters<Logger['setLogLevel']>[0]);
  }
  return powertools;
}

export const logger = {
  error: (message: string, attributes: Attributes = {}): void => instance().error(message, attributes),
  warn: (message: string, attributes: Attributes = {}): void => instance().warn(message, attributes),
  info: (message: string, attributes: Attributes = {}): void => instance().info(message, attributes),
  /** Keys every later line of this request carries (the Alexa request id); cleared by resetKeys. */
  appendKeys(keys: Attributes): void {
    requestKeys = { ...requestKeys, ...keys };
    powertools?.appendKeys(keys);
  },
  resetKeys(): void {
    requestKeys = {};
    powertools?.resetKeys();
  },
  /** Changes the level at run time (tests, or an operator's debug switch). */
  setLogLevel(level: string): void {
    levelOverride = level.toUpperCase();
    powertools?.setLogLevel(levelOverride as Parameters<Logger['setLogLevel']>[0]);
  },
  getLevelName(): string {
    if (levelOverride) return levelOverride;
    const level = process.env.POWERTOOLS_LOG_LEVEL ?? process.env.AWS_LAMBDA_LOG_LEVEL ?? process.env.LOG_LEVEL ?? 'INFO';
    return level.toUpperCase();
  },
};
