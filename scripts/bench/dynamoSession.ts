/**
 * DynamoDB traffic of a scripted conversation (launch -> tip -> next -> repeat -> stop, then the same
 * again as a returning listener), answered by the built bundle's own Lambda handler with its own
 * DynamoDB store against the local DynamoDB-compatible server. Every call is counted on the wire by a
 * small proxy in front of that server (by its X-Amz-Target), so the figures are what DynamoDB would
 * bill, not what the skill believes it did. The time zone comes from a local stand-in for the Alexa
 * Settings API, so the handler's real lookup path runs too.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type * as LambdaBundle from '../../lambda/index';
import { type EnvelopeOptions, intentRequest, launchRequest } from '../../tools/envelopes';
import { BENCH_TABLE } from './shared';

export interface SessionStep {
  say: string;
  calls: Record<string, number>;
  reads: number;
  writes: number;
  ended: boolean;
}

export interface SessionTraffic {
  session: string;
  steps: SessionStep[];
  reads: number;
  writes: number;
}

const READS = new Set(['GetItem', 'Query', 'Scan', 'BatchGetItem']);
const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem']);

interface LocalDynamo {
  endpoint: string;
  stop(): Promise<void>;
  createUserTable(name: string): Promise<void>;
}

export async function measureDynamoSessions(
  bundlePath: string,
  startLocalDynamo: (options: { path?: string; port?: number }) => Promise<LocalDynamo>,
): Promise<SessionTraffic[]> {
  const dynamo = await startLocalDynamo({});
  const tableName = BENCH_TABLE;
  await dynamo.createUserTable(tableName);
  const counts = new Map<string, number>();
  const proxy = await countingProxy(dynamo.endpoint, counts);
  const settingsApi = await listen(
    createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify('Europe/Berlin'));
    }),
  );
  try {
    Object.assign(process.env, {
      TABLE_NAME: tableName,
      AWS_ENDPOINT_URL_DYNAMODB: `http://127.0.0.1:${port(proxy)}`,
      AWS_REGION: process.env.AWS_REGION ?? 'us-east-1',
      AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'local',
      AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
      TIME_ZONE_TIMEOUT_MS: '2000',
      // The handler's log lines would interleave with the report; the proxy counts instead.
      POWERTOOLS_LOG_LEVEL: 'SILENT',
    });
    // Loaded only now: the bundle reads its configuration once, at load.
    const bundle = require(bundlePath) as typeof LambdaBundle;
    // AWS SDK v3 warns once on Node.js < 22 (Lambda runs 22); keep the report readable.
    const emitWarning = process.emitWarning;
    process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
      if (!String(warning).includes('NodeVersionSupportWarning'))
        (emitWarning as (...a: unknown[]) => void).call(process, warning, ...rest);
    }) as typeof process.emitWarning;
    const base: EnvelopeOptions = {
      userId: 'amzn1.ask.account.BENCH-DYNAMO',
      apiEndpoint: `http://127.0.0.1:${port(settingsApi)}`,
      timestamp: '2026-05-14T15:00:00.000Z',
    };
    const script: [string, (options: EnvelopeOptions) => RequestEnvelope][] = [
      ['launch', (o) => launchRequest(o)],
      ['tip', (o) => intentRequest('GetTipIntent', {}, o)],
      ['next', (o) => intentRequest('AMAZON.NextIntent', {}, o)],
      ['repeat', (o) => intentRequest('AMAZON.RepeatIntent', {}, o)],
      ['stop', (o) => intentRequest('AMAZON.StopIntent', {}, o)],
    ];
    const sessions: SessionTraffic[] = [];
    for (const label of ['first visit', 'returning visit']) {
      const steps: SessionStep[] = [];
      let attributes: Record<string, unknown> | undefined;
      const sessionId = `amzn1.echo-api.session.bench-${sessions.length}`;
      for (const [say, make] of script) {
        const options: EnvelopeOptions = attributes
          ? { ...base, sessionId, newSession: false, sessionAttributes: attributes }
          : { ...base, sessionId, newSession: true };
        counts.clear();
        const reply: ResponseEnvelope = await bundle.handler(make(options), {} as never);
        const calls = Object.fromEntries(counts);
        steps.push({
          say,
          calls,
          reads: sum(calls, READS),
          writes: sum(calls, WRITES),
          ended: reply.response.shouldEndSession === true,
        });
        attributes = reply.sessionAttributes;
      }
      sessions.push({
        session: label,
        steps,
        reads: steps.reduce((n, s) => n + s.reads, 0),
        writes: steps.reduce((n, s) => n + s.writes, 0),
      });
    }
    return sessions;
  } finally {
    await Promise.all([close(proxy), close(settingsApi)]);
    await dynamo.stop();
  }
}

function sum(calls: Record<string, number>, kinds: Set<string>): number {
  return Object.entries(calls).reduce((n, [op, count]) => n + (kinds.has(op) ? count : 0), 0);
}

/** Forwards every request to the DynamoDB endpoint and counts it by operation. */
async function countingProxy(endpoint: string, counts: Map<string, number>): Promise<Server> {
  const target = new URL(endpoint);
  return listen(
    createServer((req, res) => {
      const operation = String(req.headers['x-amz-target'] ?? 'unknown')
        .split('.')
        .pop()!;
      counts.set(operation, (counts.get(operation) ?? 0) + 1);
      const forward = httpRequest(
        { hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        (upstream) => {
          res.writeHead(upstream.statusCode ?? 502, upstream.headers);
          upstream.pipe(res);
        },
      );
      forward.on('error', (error) => {
        res.writeHead(502);
        res.end(String(error));
      });
      req.pipe(forward);
    }),
  );
}

function listen(server: Server): Promise<Server> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function port(server: Server): number {
  return (server.address() as AddressInfo).port;
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
