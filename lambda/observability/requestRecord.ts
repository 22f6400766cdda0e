import type { IntentRequest, RequestEnvelope } from 'ask-sdk-model';
import { isSupportedLocale } from '../locale';
import { loggable } from './loggable';
import { logger } from './logger';
import { type RequestLineWriter, requestLineWriterFromEnvironment } from './requestLine';
import { beginRequest, type RequestStats } from './requestStats';
import { UserHasher } from './userHash';

/** Stamped into the bundle by tools/build/bundle.ts (package version and commit); unset when run from source. */
const BUILD = process.env.SKILL_BUILD;

let writer: RequestLineWriter | undefined;
let hasher: UserHasher | undefined;
/** True until the first request of this process has been recorded. */
let coldStart = true;

/**
 * Writes the request's one line (log entry and metrics, see requestLine.ts), exactly once per request,
 * whichever path it took: the response interceptor records answered requests; the Lambda handler
 * records the rest (requests the error handler answered, which skip response interceptors, and
 * requests the skill rejected).
 */
export function recordRequest(envelope: RequestEnvelope, stats: RequestStats = beginRequest(envelope)): void {
  if (stats.recorded) return;
  stats.recorded = true;
  writer ??= requestLineWriterFromEnvironment(process.env, logger.getLevelName());
  hasher ??= new UserHasher();
  const cold = coldStart;
  coldStart = false;
  if (!writer.enabled) return;

  const request = envelope?.request as (Partial<IntentRequest> & { locale?: string; type?: string }) | undefined;
  const requestType = typeof request?.type === 'string' ? request.type : 'unknown';
  const locale = request?.locale;
  const known = isSupportedLocale(locale);
  writer.publish({
    requestId: loggable(request?.requestId),
    requestType: loggable(requestType) ?? 'unknown',
    intent: dimension(request?.intent?.name ?? requestType),
    locale: known ? locale! : 'other',
    requestLocale: known ? undefined : loggable(locale),
    outcome: stats.outcome ?? 'answered',
    coldStart: cold,
    user: hasher.hash(envelope?.context?.System?.user?.userId ?? envelope?.session?.user?.userId),
    build: BUILD,
    timeZoneFault: stats.timeZoneFault,
    latencyMs: Math.round((performance.now() - stats.startedAt) * 1000) / 1000,
    storeReads: stats.reads,
    storeWrites: stats.writes,
    storeFaults: stats.faults,
  });
}

/** Dimension values come from requests: anything unexpected is one bucket, so it cannot mint metrics. */
function dimension(name: string): string {
  return /^[A-Za-z0-9_.]{1,80}$/.test(name) ? name : 'other';
}
