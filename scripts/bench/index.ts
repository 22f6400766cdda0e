/**
 * `npm run bench`: builds the Lambda bundle and the floor skill (a bare ask-sdk-core + i18next skill,
 * scripts/bench/floorSkill.ts), then measures in one run:
 *   - cold start (cold.ts): bare `node -e 0`, the floor, the skill with the memory store and the skill
 *     in its production configuration (TABLE_NAME set, a real GetItem against the DynamoDB-compatible
 *     server on loopback), interleaved; ratios and differences to bare node and to the floor;
 *   - warm latency per request kind and RSS after 20,000 requests (warm.ts), skill beside floor, with the
 *     Lambda runtime's heap flags for the function's configured memory size;
 *   - bundle bytes; DynamoDB reads and writes per scripted session, counted on the wire.
 * Prints a table and the JSON (also written to dist/bench.json); `--check` exits 1 when a target is missed.
 * Options: --quick (fewer runs, for a smoke test), --check.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { startLocalDynamo } from '../../local/dynamoLocal';
import { BUNDLE_FILE, buildBundle, ROOT } from '../../tools/build/bundle';
import { measureColdStart } from './cold';
import { measureDynamoSessions } from './dynamoSession';
import { formatReport, type Report, TARGETS, verdictsOf } from './report';
import { compareWarm, configuredMemorySizeMb, PINNED } from './warm';

const BENCH_DIR = path.join(ROOT, 'dist', 'bench');
const FLOOR_FILE = path.join(BENCH_DIR, 'floor.js');
const RESULT_FILE = path.join(ROOT, 'dist', 'bench.json');
const TEMPLATE_FILE = path.join(ROOT, 'infrastructure', 'cfn-deployer', 'skill-stack.yaml');

const quick = process.argv.includes('--quick');
const check = process.argv.includes('--check');

/** Children get the same environment as bare node, without this runner's loader hooks or a table. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_OPTIONS;
  delete env.TABLE_NAME;
  delete env.AWS_ENDPOINT_URL_DYNAMODB;
  return { ...env, ...extra };
}

async function buildHarness(): Promise<void> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const common = { absWorkingDir: ROOT, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' } as const;
  await build({
    ...common,
    entryPoints: {
      coldChild: 'scripts/bench/coldChild.ts',
      warmChild: 'scripts/bench/warmChild.ts',
      servers: 'scripts/bench/servers.ts',
    },
    outdir: BENCH_DIR,
    external: ['@aws-sdk/*', 'dynalite'],
  });
  // The floor gets the same treatment as the skill's bundle (minified, names kept).
  await build({ ...common, entryPoints: ['scripts/bench/floorSkill.ts'], outfile: FLOOR_FILE, minify: true, keepNames: true });
}

async function main(): Promise<void> {
  const bundle = await buildBundle({ quiet: true });
  await buildHarness();
  const memorySizeMb = configuredMemorySizeMb(TEMPLATE_FILE);
  console.log(`fortune-cookie benchmark on ${os.cpus().length} cpu(s), node ${process.version}${quick ? ' (quick)' : ''}`);
  const cold = await measureColdStart({
    benchDir: BENCH_DIR,
    bundleFile: BUNDLE_FILE,
    floorFile: FLOOR_FILE,
    rounds: quick ? 6 : 30,
    env: childEnv,
  });
  const warmSetup = { benchDir: BENCH_DIR, rounds: quick ? 600 : 3000, warmupRounds: quick ? 200 : 1000, memorySizeMb, env: childEnv };
  // Five pairs, not three: on this VM a run now and then is 1.5-2x slower in every request kind at once
  // (something outside it takes the core for seconds), and the median of five per-pair ratios outlasts
  // two such runs (docs/performance.md, 2026-12-03 evening).
  const warm = compareWarm(warmSetup, BUNDLE_FILE, FLOOR_FILE, quick ? 1 : 5);
  const dynamo = await measureDynamoSessions(BUNDLE_FILE, startLocalDynamo);

  const report: Report = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, platform: `${os.platform()} ${os.release()}` },
    quick,
    pinnedToOneCore: PINNED,
    memorySizeMb,
    targets: TARGETS,
    verdicts: verdictsOf(cold, warm, dynamo),
    bundle: { bytes: bundle.bytes, gzipBytes: bundle.gzipBytes, beside: bundle.besideBytes },
    coldStart: cold,
    warm,
    dynamo,
  };
  writeFileSync(RESULT_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(formatReport(report));
  console.log(
    `\nJSON (also in ${path.relative(ROOT, RESULT_FILE)}):\n${JSON.stringify({ targets: report.targets, verdicts: report.verdicts, bundle: report.bundle, coldStart: cold.figures, warm: { launchP50Ratio: warm.launchP50Ratio, launchP99Ratio: warm.launchP99Ratio, rssRatio: warm.rssRatio } })}`,
  );
  if (check && Object.values(report.verdicts).some((ok) => !ok)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
