/**
 * Warm latency and memory, the skill beside the floor skill in the same run: each is driven by the
 * same child (warmChild.js) in alternating runs, pinned to one core where `taskset` exists, with the
 * V8 heap flags the Lambda Node.js runtime derives from the function's configured memory size, so RSS
 * is what that function would see.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { WarmResult } from './shared';
import { median, round } from './stats';

/** `taskset -c 0` where available, so "per second on one core" is literally one core (GC threads included). */
const PIN = spawnSync('taskset', ['-c', '0', 'true']).status === 0 ? ['taskset', '-c', '0'] : [];
export const PINNED = PIN.length > 0;

/**
 * The Lambda Node.js runtime's bootstrap sizes V8's heap from AWS_LAMBDA_FUNCTION_MEMORY_SIZE: a tenth
 * of it for the young generation (half of that per semi-space), the rest for the old generation.
 */
export function lambdaHeapFlags(memorySizeMb: number): string[] {
  const newSpace = Math.floor(memorySizeMb / 10);
  return [`--max-semi-space-size=${Math.floor(newSpace / 2)}`, `--max-old-space-size=${memorySizeMb - newSpace}`];
}

/** The function's configured memory size: the stack template's MemorySize default. */
export function configuredMemorySizeMb(templateFile: string): number {
  const match = /\n {2}MemorySize:\n(?: {4}\w+:.*\n)*? {4}Default: (\d+)/.exec(readFileSync(templateFile, 'utf8'));
  if (!match) throw new Error(`no MemorySize default in ${templateFile}`);
  return Number(match[1]);
}

export interface WarmSetup {
  benchDir: string;
  rounds: number;
  warmupRounds: number;
  memorySizeMb: number;
  env: (extra?: Record<string, string>) => NodeJS.ProcessEnv;
}

export function runWarm(setup: WarmSetup, bundleFile: string, label: string, observability: boolean): WarmResult {
  const resultFile = path.join(setup.benchDir, `warm-${label}.json`);
  const logLevel = observability ? 'INFO' : 'SILENT';
  const command = [
    ...PIN,
    process.execPath,
    ...lambdaHeapFlags(setup.memorySizeMb),
    path.join(setup.benchDir, 'warmChild.js'),
    bundleFile,
    resultFile,
    String(setup.rounds),
    String(setup.warmupRounds),
  ];
  const run = spawnSync(command[0]!, command.slice(1), {
    // stdout (the skill's log and metric lines) goes to /dev/null: a file, so writes are synchronous
    // as they are for Lambda's log capture, and their cost is part of the measurement.
    env: setup.env({ POWERTOOLS_LOG_LEVEL: logLevel, AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(setup.memorySizeMb) }),
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`warm benchmark (${label}) failed: ${run.stderr}`);
  return JSON.parse(readFileSync(resultFile, 'utf8')) as WarmResult;
}

export interface WarmComparison {
  pairs: number;
  skill: WarmResult;
  floor: WarmResult;
  /** The skill with its request line off (POWERTOOLS_LOG_LEVEL=SILENT): the price of observability. */
  silent: WarmResult;
  /** Medians of per-pair ratios, skill ÷ floor. */
  launchP50Ratio: number;
  launchP99Ratio: number;
  rssRatio: number;
}

/** Alternating pairs of skill and floor runs; the reported runs are the ones with the median Launch p50. */
export function compareWarm(setup: WarmSetup, bundleFile: string, floorFile: string, pairs: number): WarmComparison {
  const skills: WarmResult[] = [];
  const floors: WarmResult[] = [];
  for (let i = 0; i < pairs; i++) {
    if (i % 2 === 0) {
      skills.push(runWarm(setup, bundleFile, `skill-${i}`, true));
      floors.push(runWarm(setup, floorFile, `floor-${i}`, true));
    } else {
      floors.push(runWarm(setup, floorFile, `floor-${i}`, true));
      skills.push(runWarm(setup, bundleFile, `skill-${i}`, true));
    }
  }
  const silent = runWarm(setup, bundleFile, 'skill-silent', false);
  const ratios = (pick: (r: WarmResult) => number) => round(median(skills.map((s, i) => pick(s) / pick(floors[i]!))), 3);
  const byLaunch = (runs: WarmResult[]) => [...runs].sort((a, b) => a.latencyUs.Launch.p50 - b.latencyUs.Launch.p50)[runs.length >> 1]!;
  return {
    pairs,
    skill: byLaunch(skills),
    floor: byLaunch(floors),
    silent,
    launchP50Ratio: ratios((r) => r.latencyUs.Launch.p50),
    launchP99Ratio: ratios((r) => r.latencyUs.Launch.p99),
    rssRatio: ratios((r) => r.rssAfterRunMiB),
  };
}
