/**
 * The request line: one JSON line per request that is both the request's structured log entry and
 * its metrics in CloudWatch embedded metric format (EMF). In Lambda, CloudWatch Logs turns the `_aws`
 * block into metrics and keeps every other field searchable in Logs Insights; locally the line simply
 * appears in the log stream. Fields and metrics: docs/operations.md.
 *
 * Why not Powertools Metrics and Logger for this one line (measured with this skill's bundle on the
 * benchmark machine, docs/performance.md "Observability priced"): with Powertools `logger.info` and
 * Powertools Metrics, a warm LaunchRequest took 69-76 us at p50 and RSS reached ~170 MiB, Metrics
 * added 9.5 KB to the bundle and ~11 ms to a cold start (require + first request); with `logger.info`
 * alone (no metrics) 42-58 us; with this line 37-43 us, against 32-38 us with no line at all. The
 * budget is 40 us.
 * So the line follows Powertools' log layout (level, message, timestamp, service) and the EMF
 * specification, written directly; every other log line still goes through Powertools Logger.
 *
 * Switches: nothing is written when the log level is SILENT (tests); POWERTOOLS_METRICS_DISABLED=true
 * drops the `_aws` block (a plain log line); POWERTOOLS_METRICS_NAMESPACE sets the namespace. The line
 * carries the metrics, so it is written at every log level but SILENT.
 */

/** One request's facts. Dimension values (intent, locale, outcome) are bounded by the caller. */
export interface RequestLine {
  requestId?: string;
  requestType: string;
  intent: string;
  locale: string;
  /** The request's own locale, only when it is not one of the dimension values. */
  requestLocale?: string;
  outcome: string;
  coldStart: boolean;
  user?: string;
  build?: string;
  timeZoneFault?: string;
  latencyMs: number;
  storeReads: number;
  storeWrites: number;
  storeFaults: number;
}

export const DEFAULT_NAMESPACE = 'FortuneCookie';

/** Per-request metrics, with the dimensions intent, locale and outcome plus a service-wide roll-up. */
export const REQUEST_METRICS = [
  { Name: 'Requests', Unit: 'Count' },
  { Name: 'Errors', Unit: 'Count' },
  { Name: 'Fallbacks', Unit: 'Count' },
  { Name: 'StoreFaults', Unit: 'Count' },
  { Name: 'TimeZoneFaults', Unit: 'Count' },
  { Name: 'Latency', Unit: 'Milliseconds' },
] as const;
/** Store traffic per request, service-wide only (per-intent detail stays searchable in the line). */
export const STORE_METRICS = [
  { Name: 'StoreReads', Unit: 'Count' },
  { Name: 'StoreWrites', Unit: 'Count' },
] as const;
export const DIMENSION_SETS = [['service', 'intent', 'locale', 'outcome'], ['service']] as const;

export interface RequestLineWriterOptions {
  namespace?: string;
  service?: string;
  /** False: no line at all. */
  enabled?: boolean;
  /** False: a plain log line without the EMF block. */
  metrics?: boolean;
  write?: (line: string) => void;
}

export class RequestLineWriter {
  readonly enabled: boolean;
  readonly metrics: boolean;
  private readonly write: (line: string) => void;
  /** The EMF directives are the same on every line: serialised once. */
  private readonly directives: string;
  private readonly service: string;

  constructor(options: RequestLineWriterOptions = {}) {
    const namespace = options.namespace ?? DEFAULT_NAMESPACE;
    this.service = options.service ?? 'fortune-cookie';
    this.enabled = options.enabled ?? true;
    this.metrics = options.metrics ?? true;
    this.write = options.write ?? ((line) => process.stdout.write(line));
    this.directives = JSON.stringify([
      { Namespace: namespace, Dimensions: DIMENSION_SETS, Metrics: REQUEST_METRICS },
      { Namespace: namespace, Dimensions: [['service']], Metrics: STORE_METRICS },
    ]);
  }

  publish(line: RequestLine, now: number = Date.now()): void {
    if (!this.enabled) return;
    const body = JSON.stringify({
      level: 'INFO',
      message: 'request',
      timestamp: isoTimestamp(now),
      service: this.service,
      requestId: line.requestId,
      requestType: line.requestType,
      intent: line.intent,
      locale: line.locale,
      requestLocale: line.requestLocale,
      outcome: line.outcome,
      coldStart: line.coldStart,
      user: line.user,
      build: line.build,
      timeZoneFault: line.timeZoneFault,
      Latency: line.latencyMs,
      StoreReads: line.storeReads,
      StoreWrites: line.storeWrites,
      StoreFaults: line.storeFaults,
      TimeZoneFaults: line.timeZoneFault === undefined ? 0 : 1,
      Requests: 1,
      Errors: line.outcome === 'error' ? 1 : 0,
      Fallbacks: line.outcome === 'fallback' ? 1 : 0,
    });
    this.write(this.metrics ? `{"_aws":{"Timestamp":${now},"CloudWatchMetrics":${this.directives}},${body.slice(1)}\n` : `${body}\n`);
  }
}

/** The last whole second formatted, up to and including its decimal point ("2026-05-14T15:00:00."). */
let cachedSecond = Number.NaN;
let cachedPrefix = '';

/**
 * `new Date(now).toISOString()`, formatting the date only when the second changes: formatting took
 * 2.4 µs of the line's ~8 µs, the cached prefix 0.15 µs (a loop of 300,000 lines, docs/performance.md).
 */
export function isoTimestamp(now: number): string {
  if (!Number.isInteger(now)) return new Date(now).toISOString();
  const ms = ((now % 1000) + 1000) % 1000;
  const second = now - ms;
  if (second !== cachedSecond) {
    cachedPrefix = new Date(second).toISOString().slice(0, -4);
    cachedSecond = second;
  }
  return `${cachedPrefix}${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z`;
}

export function requestLineWriterFromEnvironment(env: NodeJS.ProcessEnv = process.env, logLevel = 'INFO'): RequestLineWriter {
  return new RequestLineWriter({
    namespace: env.POWERTOOLS_METRICS_NAMESPACE || DEFAULT_NAMESPACE,
    service: env.POWERTOOLS_SERVICE_NAME || 'fortune-cookie',
    enabled: logLevel.toUpperCase() !== 'SILENT',
    metrics: env.POWERTOOLS_METRICS_DISABLED?.toLowerCase() !== 'true',
  });
}
