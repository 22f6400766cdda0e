/**
 * Cold start, in one interleaved run: every round starts a fresh process of each variant (bare
 * `node -e 0`, the floor skill, the skill with the memory store, the skill in its production
 * configuration against the DynamoDB-compatible server), in an order that rotates per round so drift
 * in the machine's load hits all alike. Figures are medians of per-round differences and ratios to
 * the same round's bare node, which is what stays comparable on a shared machine.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { launchRequest } from '../../tools/envelopes';
import { BENCH_TABLE } from './shared';
import { median, round } from './stats';

export const COLD_VARIANTS = ['bare node', 'floor skill', 'memory store', 'production'] as const;
export type ColdVariant = (typeof COLD_VARIANTS)[number];

export interface ColdFigure {
  /** Median wall time of the whole process. */
  ms: number;
  /** Median of per-round (variant − bare node). */
  overBareMs: number;
  /** Median of per-round (variant ÷ bare node). */
  ratioToBare: number;
  /** Median of per-round (variant ÷ floor skill). */
  ratioToFloor: number;
  /** Inside the child: require of the bundle, and the first request (skill build + answer). */
  requireMs?: number;
  firstRequestMs?: number;
}

export interface ColdResult {
  rounds: number;
  figures: Record<ColdVariant, ColdFigure>;
}

export interface ColdSetup {
  benchDir: string;
  bundleFile: string;
  floorFile: string;
  rounds: number;
  env: (extra?: Record<string, string>) => NodeJS.ProcessEnv;
}

interface Peers {
  dynamoEndpoint: string;
  settingsEndpoint: string;
  stop(): void;
}

/** The DynamoDB-compatible server and the Settings API stand-in, in their own process. */
async function startPeers(benchDir: string, env: NodeJS.ProcessEnv): Promise<Peers> {
  const child: ChildProcess = spawn(process.execPath, [path.join(benchDir, 'servers.js')], { env, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const ready = await new Promise<{ dynamoEndpoint: string; settingsEndpoint: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('benchmark servers did not start within 20 s')), 20_000);
    child.once('exit', (code) => reject(new Error(`benchmark servers exited (${code})`)));
    lines.on('line', (line) => {
      if (!line.startsWith('SERVERS ')) return;
      clearTimeout(timer);
      resolve(JSON.parse(line.slice(8)));
    });
  });
  return { ...ready, stop: () => child.stdin!.end() };
}

function timeProcess(args: string[], env: NodeJS.ProcessEnv): { ms: number; stdout: string } {
  const t0 = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr}`);
  return { ms, stdout: run.stdout };
}

function reportOf(stdout: string): Record<string, number> {
  const line = stdout.split('\n').find((l) => l.startsWith('BENCH '));
  if (!line) throw new Error('cold child reported nothing');
  return JSON.parse(line.slice(6)) as Record<string, number>;
}

export async function measureColdStart(setup: ColdSetup): Promise<ColdResult> {
  const peers = await startPeers(setup.benchDir, setup.env());
  try {
    const child = path.join(setup.benchDir, 'coldChild.js');
    const memoryEnvelope = path.join(setup.benchDir, 'launch.json');
    const productionEnvelope = path.join(setup.benchDir, 'launch-production.json');
    const timestamp = '2026-05-14T15:00:00.000Z';
    writeFileSync(memoryEnvelope, JSON.stringify(launchRequest({ timestamp, userId: 'amzn1.ask.account.BENCH-COLD' })));
    writeFileSync(
      productionEnvelope,
      JSON.stringify(launchRequest({ timestamp, userId: 'amzn1.ask.account.BENCH-COLD', apiEndpoint: peers.settingsEndpoint })),
    );
    const productionEnv = setup.env({
      TABLE_NAME: BENCH_TABLE,
      AWS_ENDPOINT_URL_DYNAMODB: peers.dynamoEndpoint,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'bench',
      AWS_SECRET_ACCESS_KEY: 'bench',
      TIME_ZONE_TIMEOUT_MS: '2000',
    });
    const commands: Record<ColdVariant, { args: string[]; env: NodeJS.ProcessEnv }> = {
      'bare node': { args: ['-e', '0'], env: setup.env() },
      'floor skill': { args: [child, setup.floorFile, memoryEnvelope, 'memory'], env: setup.env() },
      'memory store': { args: [child, setup.bundleFile, memoryEnvelope, 'memory'], env: setup.env() },
      production: { args: [child, setup.bundleFile, productionEnvelope, 'production'], env: productionEnv },
    };
    // Unrecorded warm-up: the first runs pay for disk caches (and the first production run creates the item,
    // so every timed run is a returning listener whose GetItem finds data).
    for (let i = 0; i < 3; i++) for (const variant of COLD_VARIANTS) timeProcess(commands[variant].args, commands[variant].env);

    const samples = Object.fromEntries(
      COLD_VARIANTS.map((v) => [v, { ms: [] as number[], require: [] as number[], first: [] as number[] }]),
    );
    const overBare = Object.fromEntries(COLD_VARIANTS.map((v) => [v, [] as number[]]));
    const toBare = Object.fromEntries(COLD_VARIANTS.map((v) => [v, [] as number[]]));
    const toFloor = Object.fromEntries(COLD_VARIANTS.map((v) => [v, [] as number[]]));
    for (let r = 0; r < setup.rounds; r++) {
      const order = COLD_VARIANTS.map((_, i) => COLD_VARIANTS[(i + r) % COLD_VARIANTS.length]!);
      const ms: Partial<Record<ColdVariant, number>> = {};
      for (const variant of order) {
        const run = timeProcess(commands[variant].args, commands[variant].env);
        ms[variant] = run.ms;
        samples[variant]!.ms.push(run.ms);
        if (variant !== 'bare node') {
          const report = reportOf(run.stdout);
          samples[variant]!.require.push(report.requireMs!);
          samples[variant]!.first.push(report.firstRequestMs!);
        }
      }
      for (const variant of COLD_VARIANTS) {
        overBare[variant]!.push(ms[variant]! - ms['bare node']!);
        toBare[variant]!.push(ms[variant]! / ms['bare node']!);
        toFloor[variant]!.push(ms[variant]! / ms['floor skill']!);
      }
    }
    const figures = Object.fromEntries(
      COLD_VARIANTS.map((variant) => {
        const s = samples[variant]!;
        const figure: ColdFigure = {
          ms: round(median(s.ms)),
          overBareMs: round(median(overBare[variant]!)),
          ratioToBare: round(median(toBare[variant]!), 3),
          ratioToFloor: round(median(toFloor[variant]!), 3),
          ...(s.require.length ? { requireMs: round(median(s.require)), firstRequestMs: round(median(s.first)) } : {}),
        };
        return [variant, figure];
      }),
    ) as Record<ColdVariant, ColdFigure>;
    return { rounds: setup.rounds, figures };
  } finally {
    peers.stop();
  }
}
