/**
 * Child process of the warm benchmark (bundled to dist/bench/warmChild.js, run with plain `node`):
 * the skill from the built Lambda bundle with a memory store and an instant time-zone lookup answers
 * thousands of requests of each kind, interleaved; each request's latency is timed around
 * `skill.invoke` only (envelopes are made outside the timed part). Reports percentiles per request
 * kind, requests per second on this one thread, and RSS after warm-up and after the timed rounds
 * (before the throughput phase, so the count of requests behind it is exact), as JSON to the file
 * named in argv (stdout carries the skill's own log lines). The same child drives the floor skill.
 *
 * argv: <bundle path> <result JSON file> <rounds> <warm-up rounds>
 */
import { writeFileSync } from 'node:fs';
import type { RequestEnvelope } from 'ask-sdk-model';
import type * as LambdaBundle from '../../lambda/index';
import { intentRequest, launchRequest, sessionEndedRequest } from '../../tools/envelopes';
import { REQUEST_KINDS, type RequestKind, type WarmResult } from './shared';
import { type Distribution, distribution, MIB } from './stats';

const TIMESTAMP = '2026-05-14T15:00:00.000Z';
const USERS = 64;

async function main(): Promise<void> {
  const [bundlePath, resultPath, roundsArg, warmupArg] = process.argv.slice(2) as [string, string, string, string];
  const rounds = Number(roundsArg);
  const warmupRounds = Number(warmupArg);

  const started = performance.now();
  const bundle = require(bundlePath) as typeof LambdaBundle;
  const requireMs = performance.now() - started;
  const skill = bundle.buildSkill({ store: new bundle.MemoryUserStore(), timeZoneLookup: async () => 'Europe/Berlin' });
  const context = {} as never;

  // Session attributes as a real second turn carries them: taken from a launch's response.
  const opened = await skill.invoke(launchRequest({ timestamp: TIMESTAMP, userId: 'amzn1.ask.account.BENCH-SESSION' }), context);
  const sessionAttributes = JSON.stringify(opened.sessionAttributes ?? {});
  const inSession = (userId: string) => ({
    timestamp: TIMESTAMP,
    userId,
    newSession: false,
    sessionId: 'amzn1.echo-api.session.bench',
    sessionAttributes: JSON.parse(sessionAttributes) as Record<string, unknown>,
  });

  let userIndex = 0;
  const nextUser = () => `amzn1.ask.account.BENCH-${(userIndex++ % USERS).toString().padStart(4, '0')}`;
  const makers: Record<RequestKind, () => RequestEnvelope> = {
    Launch: () => launchRequest({ timestamp: TIMESTAMP, userId: nextUser() }),
    'Tip one-shot': () => intentRequest('GetTipIntent', {}, { timestamp: TIMESTAMP, userId: nextUser() }),
    Help: () => intentRequest('AMAZON.HelpIntent', {}, inSession(nextUser())),
    Repeat: () => intentRequest('AMAZON.RepeatIntent', {}, inSession(nextUser())),
    SessionEnded: () => sessionEndedRequest('USER_INITIATED', inSession(nextUser())),
  };

  const samples = Object.fromEntries(REQUEST_KINDS.map((kind) => [kind, [] as number[]])) as Record<RequestKind, number[]>;
  async function round(record: boolean): Promise<void> {
    for (const kind of REQUEST_KINDS) {
      const envelope = makers[kind]();
      const t0 = performance.now();
      const response = await skill.invoke(envelope, context);
      const elapsed = performance.now() - t0;
      if (record) samples[kind].push(elapsed * 1000);
      if (kind !== 'SessionEnded' && !response.response.outputSpeech) throw new Error(`${kind} got no speech`);
    }
  }

  for (let i = 0; i < warmupRounds; i++) await round(false);
  const rssAfterWarmup = process.memoryUsage().rss;
  for (let i = 0; i < rounds; i++) await round(true);
  const afterRounds = process.memoryUsage();
  const requestsBeforeThroughput = 1 + (warmupRounds + rounds) * REQUEST_KINDS.length;

  // Throughput: batches of prepared envelopes, answered back to back.
  const batch = 500;
  let answered = 0;
  let busyMs = 0;
  while (busyMs < 2000) {
    const envelopes: RequestEnvelope[] = [];
    for (let i = 0; i < batch; i++) envelopes.push(makers[REQUEST_KINDS[i % REQUEST_KINDS.length]!]());
    const t0 = performance.now();
    for (const envelope of envelopes) await skill.invoke(envelope, context);
    busyMs += performance.now() - t0;
    answered += batch;
  }

  const result: WarmResult = {
    requireMs,
    latencyUs: Object.fromEntries(REQUEST_KINDS.map((kind) => [kind, distribution(samples[kind])])) as Record<RequestKind, Distribution>,
    requestsPerSecond: answered / (busyMs / 1000),
    rssAfterWarmupMiB: rssAfterWarmup / MIB,
    rssAfterRunMiB: afterRounds.rss / MIB,
    heapUsedAfterRunMiB: afterRounds.heapUsed / MIB,
    requests: requestsBeforeThroughput,
  };
  writeFileSync(resultPath, JSON.stringify(result));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
