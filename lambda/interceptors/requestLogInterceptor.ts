import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import { recordRequest } from '../observability/requestRecord';
import { requestStats } from '../observability/requestStats';

/**
 * One structured log line and one EMF metrics line per request: what was asked (request type, intent,
 * locale), how it went (outcome, latency, cold start), what it cost (store reads, writes, faults, a
 * time-zone fault), and whose it was only as a keyed hash. Fields: docs/operations.md.
 *
 * Runs last among the response interceptors, so the save is counted. ask-sdk skips response
 * interceptors when the error handler answers; the Lambda handler (lambda/index.ts) records those.
 */
export function requestLogInterceptor(): ResponseInterceptor {
  return {
    process(input: HandlerInput): void {
      recordRequest(input.requestEnvelope, requestStats(input));
    },
  };
}
