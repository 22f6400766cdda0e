/**
 * npm run fuzz -- [--count N] [--seed S] [--dump FILE]
 *
 * The Lambda handler's fuzz test (test/fuzz/lambdaHandler.test.ts) with more envelopes than the
 * default 3,000 `npm test` runs, or another seed. Prints the counts per outcome class (handled
 * normally, spoken error, rejected) and, with --dump, writes every failing case to FILE.
 */
import { spawnSync } from 'node:child_process';
import { readFlags } from '../local/cliFlags';

const USAGE = 'npm run fuzz -- [--count N] [--seed S] [--dump FILE]';
const { values } = readFlags(USAGE, {
  options: { count: { type: 'string', default: '3000' }, seed: { type: 'string', default: '10' }, dump: { type: 'string' } },
});
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(seed)) {
  console.error(`usage: ${USAGE}   (N a positive integer, S an integer)`);
  process.exit(2);
}
const env = { ...process.env, FUZZ_COUNT: String(count), FUZZ_SEED: String(seed), ...(values.dump ? { FUZZ_DUMP: values.dump } : {}) };
const run = spawnSync('npx', ['jest', '--runInBand', 'test/fuzz/lambdaHandler.test.ts'], { env, stdio: 'inherit' });
process.exit(run.status ?? 1);
