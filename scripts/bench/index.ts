/**
 * `npm run bench`: builds the Lambda bundle, then measures in one run, beside a bare `node -e 0`:
 *   - cold start: a fresh process that requires the bundle and answers a LaunchRequest with the memory
 *     store, interleaved with bare node runs; the figure is the median of per-pair differences;
 *   - require time of the bundle (inside the fresh process);
 *   - warm latency per request kind (p50/p95/p99 over thousands of requests, memory store, instant
 *     time-zone lookup), with the skill's logs and metrics on (written to /dev/null) and with them off;
 *   - requests per second on one thread; RSS after warm-up and after the run;
 *   - bundle bytes and gzip bytes;
 *   - DynamoDB reads and writes per scripted session against the local DynamoDB-compatible server.
 * Prints a table, writes dist/bench.json, and with `--check` exits 1 when a budget is missed.
 * Options: --quick (fewer runs, for a smoke test), --check.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { startLocalDynamo } from '../../local/dynamoLocal';
import { BUNDLE_BUDGET_BYTES, BUNDLE_FILE, buildBundle, largestInputs, ROOT } from '../../tools/build/bundle';
import { launchRequest } from '../../tools/envelopes';
import { measureDynamoSessions, type SessionTraffic } from './dynamoSession';
import { REQUEST_KINDS, type WarmResult } from './shared';
import { median, round } from './stats';

const BENCH_DIR = path.join(ROOT, 'dist', 'bench');
const RESULT_FILE = path.join(ROOT, 'dist', 'bench.json');

/** The budgets of DESIGN.md ("Budgets"). */
const BUDGET = {
  coldStartOverBareMs: 30,
  warmP50Us: 40,
  warmP99Us: 250,
  rssAfterRunMiB: 80,
  bundleBytes: BUNDLE_BUDGET_BYTES,
  storeReadsPerSession: 1,
};

const quick = process.argv.includes('--quick');
const check = process.argv.includes('--check');
const COLD_PAIRS = quick ? 8 : 40;
const WARM_ROUNDS = quick ? 400 : 4000;
const WARMUP_ROUNDS = quick ? 100 : 1000;

/** Children get the same environment as bare node, without this runner's loader hooks. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_OPTIONS;
  delete env.TABLE_NAME;
  return { ...env, ...extra };
}

/** `taskset -c 0` where available, so "per second on one core" is literally one core (GC threads included). */
const PIN = spawnSync('taskset', ['-c', '0', 'true']).status === 0 ? ['taskset', '-c', '0'] : [];

async function buildHarness(): Promise<void> {
  mkdirSync(BENCH_DIR, { recursive: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { coldChild: 'scripts/bench/coldChild.ts', warmChild: 'scripts/bench/warmChild.ts' },
    outdir: BENCH_DIR,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // The bundle under test is loaded at run time by path (never bundled into the harness).
    external: ['@aws-sdk/*'],
    logLevel: 'error',
  });
  writeFileSync(
    path.join(BENCH_DIR, 'launch.json'),
    JSON.stringify(launchRequest({ timestamp: '2026-05-14T15:00:00.000Z', userId: 'amzn1.ask.account.BENCH-COLD' })),
  );
}

function timeProcess(args: string[], extraEnv: Record<string, string> = {}): { ms: number; stdout: string } {
  const t0 = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { env: childEnv(extraEnv), stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr}`);
  return { ms, stdout: run.stdout };
}

interface ColdResult {
  pairs: number;
  bareNodeMs: number;
  skillProcessMs: number;
  overBareMs: number;
  requireMs: number;
  firstRequestMs: number;
  /** Require time with TABLE_NAME set: the bundle then loads AWS SDK v3 for its DynamoDB store. */
  requireWithDynamoDbMs: number;
}

function reportOf(stdout: string): Record<string, number> {
  const line = stdout.split('\n').find((l) => l.startsWith('BENCH '));
  if (!line) throw new Error('cold child reported nothing');
  return JSON.parse(line.slice(6)) as Record<string, number>;
}

function measureColdStart(): ColdResult {
  const bare = ['-e', '0'];
  const skill = [path.join(BENCH_DIR, 'coldChild.js'), BUNDLE_FILE, path.join(BENCH_DIR, 'launch.json')];
  // Unrecorded warm-up: the first runs pay for disk caches.
  for (let i = 0; i < 3; i++) {
    timeProcess(bare);
    timeProcess(skill);
  }
  const bareMs: number[] = [];
  const skillMs: number[] = [];
  const differences: number[] = [];
  const requireMs: number[] = [];
  const firstRequestMs: number[] = [];
  for (let i = 0; i < COLD_PAIRS; i++) {
    // Alternate which goes first, so drift in the machine's load hits both alike.
    const [a, b] = i % 2 === 0 ? [bare, skill] : [skill, bare];
    const first = timeProcess(a);
    const second = timeProcess(b);
    const [bareRun, skillRun] = a === bare ? [first, second] : [second, first];
    bareMs.push(bareRun.ms);
    skillMs.push(skillRun.ms);
    differences.push(skillRun.ms - bareRun.ms);
    const report = reportOf(skillRun.stdout);
    requireMs.push(report.requireMs!);
    firstRequestMs.push(report.firstRequestMs!);
  }
  const withDynamoDb: number[] = [];
  const dynamoEnv = { TABLE_NAME: 'fortune-cookie-bench', AWS_REGION: 'us-east-1' };
  for (let i = 0; i < Math.max(5, COLD_PAIRS >> 2); i++) {
    withDynamoDb.push(reportOf(timeProcess([...skill, 'require-only'], dynamoEnv).stdout).requireMs!);
  }
  return {
    pairs: COLD_PAIRS,
    bareNodeMs: round(median(bareMs)),
    skillProcessMs: round(median(skillMs)),
    overBareMs: round(median(differences)),
    requireMs: round(median(requireMs)),
    firstRequestMs: round(median(firstRequestMs)),
    requireWithDynamoDbMs: round(median(withDynamoDb)),
  };
}

function measureWarm(observability: boolean): WarmResult {
  const resultFile = path.join(BENCH_DIR, `warm-${observability ? 'on' : 'off'}.json`);
  const extra: Record<string, string> = observability ? { POWERTOOLS_LOG_LEVEL: 'INFO' } : { POWERTOOLS_LOG_LEVEL: 'SILENT' };
  const args = [
    process.execPath,
    path.join(BENCH_DIR, 'warmChild.js'),
    BUNDLE_FILE,
    resultFile,
    String(WARM_ROUNDS),
    String(WARMUP_ROUNDS),
  ];
  const command = [...PIN, ...args];
  const run = spawnSync(
    command[0]!,
    command.slice(1),
    // stdout (the skill's log and metric lines) goes to /dev/null: a file, so writes are synchronous
    // as they are for Lambda's log capture, and their cost is part of the measurement.
    { env: childEnv(extra), stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`warm benchmark failed: ${run.stderr}`);
  return JSON.parse(readFileSync(resultFile, 'utf8')) as WarmResult;
}

async function measureDynamo(): Promise<SessionTraffic[]> {
  return measureDynamoSessions(BUNDLE_FILE, startLocalDynamo);
}

function verdict(ok: boolean): string {
  return ok ? 'ok' : 'MISSED';
}

async function main(): Promise<void> {
  const bundle = await buildBundle({ quiet: true });
  await buildHarness();
  console.log(`fortune-cookie benchmark on ${os.cpus().length} cpu(s), node ${process.version}${quick ? ' (quick)' : ''}`);
  const cold = measureColdStart();
  const warmOn = measureWarm(true);
  const warmOff = measureWarm(false);
  const dynamo = await measureDynamo();

  const worstP50 = Math.max(...REQUEST_KINDS.map((k) => warmOn.latencyUs[k].p50));
  const worstP99 = Math.max(...REQUEST_KINDS.map((k) => warmOn.latencyUs[k].p99));
  const maxReads = Math.max(...dynamo.map((s) => s.reads));
  const budgets = {
    coldStart: cold.overBareMs <= BUDGET.coldStartOverBareMs,
    warmP50: worstP50 < BUDGET.warmP50Us,
    warmP99: worstP99 < BUDGET.warmP99Us,
    rss: warmOn.rssAfterRunMiB < BUDGET.rssAfterRunMiB,
    bundle: bundle.bytes < BUDGET.bundleBytes,
    readsPerSession: maxReads <= BUDGET.storeReadsPerSession,
  };

  const lines: string[] = [];
  lines.push('');
  lines.push(`cold start (median of ${cold.pairs} interleaved pairs)`);
  lines.push(`  bare node -e 0                 ${cold.bareNodeMs.toFixed(1)} ms`);
  lines.push(`  require bundle + LaunchRequest ${cold.skillProcessMs.toFixed(1)} ms`);
  lines.push(
    `  difference                     ${cold.overBareMs.toFixed(1)} ms   budget <= ${BUDGET.coldStartOverBareMs} ms: ${verdict(budgets.coldStart)}`,
  );
  lines.push(`  of which require bundle        ${cold.requireMs.toFixed(1)} ms, first request ${cold.firstRequestMs.toFixed(1)} ms`);
  lines.push(
    `  require with TABLE_NAME set    ${cold.requireWithDynamoDbMs.toFixed(1)} ms (loads AWS SDK v3 for DynamoDB: +${(cold.requireWithDynamoDbMs - cold.requireMs).toFixed(1)} ms)`,
  );
  lines.push('');
  lines.push(
    `warm latency, us (memory store; ${WARM_ROUNDS} of each kind after ${WARMUP_ROUNDS} warm-up rounds${PIN.length ? '; pinned to one core' : ''})`,
  );
  lines.push('  kind            p50     p95     p99   | logs+metrics off: p50     p99');
  for (const kind of REQUEST_KINDS) {
    const on = warmOn.latencyUs[kind];
    const off = warmOff.latencyUs[kind];
    lines.push(
      `  ${kind.padEnd(13)} ${on.p50.toFixed(1).padStart(6)}  ${on.p95.toFixed(1).padStart(6)}  ${on.p99.toFixed(1).padStart(6)}   |                ${off.p50.toFixed(1).padStart(6)}  ${off.p99.toFixed(1).padStart(6)}`,
    );
  }
  lines.push(
    `  worst p50 ${worstP50.toFixed(1)} us (budget < ${BUDGET.warmP50Us}: ${verdict(budgets.warmP50)}), worst p99 ${worstP99.toFixed(1)} us (budget < ${BUDGET.warmP99Us}: ${verdict(budgets.warmP99)})`,
  );
  lines.push(
    `  requests/s on one thread: ${Math.round(warmOn.requestsPerSecond)} (logs+metrics off: ${Math.round(warmOff.requestsPerSecond)})`,
  );
  lines.push(
    `  RSS after warm-up ${warmOn.rssAfterWarmupMiB.toFixed(1)} MiB, after ${warmOn.requests} requests ${warmOn.rssAfterRunMiB.toFixed(1)} MiB (budget < ${BUDGET.rssAfterRunMiB}: ${verdict(budgets.rss)})`,
  );
  lines.push('');
  lines.push(`bundle ${bundle.bytes} B minified, ${bundle.gzipBytes} B gzip (budget < ${BUDGET.bundleBytes}: ${verdict(budgets.bundle)})`);
  if (!budgets.bundle) {
    lines.push('  largest inputs:');
    for (const { name, bytes } of largestInputs(bundle.metafile, 8)) lines.push(`    ${String(bytes).padStart(7)}  ${name}`);
  }
  lines.push('');
  lines.push('DynamoDB calls per scripted session (launch -> tip -> next -> repeat -> stop), counted on the wire');
  for (const session of dynamo) {
    const steps = session.steps.map((s) => `${s.say} ${s.reads}r/${s.writes}w`).join(', ');
    lines.push(`  ${session.session.padEnd(16)} reads ${session.reads}, writes ${session.writes}   (${steps})`);
  }
  lines.push(`  reads per session <= ${BUDGET.storeReadsPerSession}: ${verdict(budgets.readsPerSession)}`);
  console.log(lines.join('\n'));

  const report = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, platform: `${os.platform()} ${os.release()}` },
    quick,
    budgets: BUDGET,
    verdicts: budgets,
    bundle: { bytes: bundle.bytes, gzipBytes: bundle.gzipBytes },
    coldStart: cold,
    warm: { withLogsAndMetrics: warmOn, silent: warmOff },
    dynamo,
  };
  writeFileSync(RESULT_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwritten ${path.relative(ROOT, RESULT_FILE)}`);
  if (check && Object.values(budgets).some((ok) => ok === false)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
