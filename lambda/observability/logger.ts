import type { Logger } from '@aws-lambda-powertools/logger';
import { privateValuesOf, redact } from './privateValues';

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
/** The current request's private values (privateValues.ts): redacted from every line. */
let privateValues: string[] = [];

/** A copy of `value` with private values redacted from every string in it (depth-bounded: log fields are shallow). */
function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redact(value, privateValues);
  if (typeof value !== 'object' || value === null) return value;
  if (depth > 6) return '[too deep]';
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  const copy: Attributes = {};
  for (const [key, item] of Object.entries(value)) copy[key] = scrub(item, depth + 1);
  return copy;
}

function write(level: 'error' | 'warn' | 'info', message: string, attributes: Attributes): void {
  instance()[level](redact(message, privateValues), scrub(attributes) as Attributes);
}

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
  error: (message: string, attributes: Attributes = {}): void => write('error', message, attributes),
  warn: (message: string, attributes: Attributes = {}): void => write('warn', message, attributes),
  info: (message: string, attributes: Attributes = {}): void => write('info', message, attributes),
  /**
   * Starts a request: its user, device and session ids and tokens are redacted from every line until
   * the next request (so an error message quoting one, such as a store error naming its key, is safe).
   */
  beginRequest(envelope: unknown): void {
    privateValues = privateValuesOf(envelope);
  },
  /** Keys every later line of this request carries (the Alexa request id); cleared by resetKeys. */
  appendKeys(keys: Attributes): void {
    requestKeys = { ...requestKeys, ...keys };
    powertools?.appendKeys(keys);
  },
  resetKeys(): void {
    requestKeys = {};
    privateValues = [];
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
