/**
 * npm run fuzz -- [--count N] [--seed S] [--dump FILE]
 *
 * The Lambda handler's fuzz test (test/fuzz/lambdaHandler.test.ts) with more envelopes than the
 * default 3,000 `npm test` runs, or another seed. Prints the counts per outcome class (handled
 * normally, spoken error, rejected) and, with --dump, writes every failing case to FILE.
 */
import { spawnSync } from 'node:child_process';
import { readFlags } from '../local/cliFlags';
import { unwritablePath } from '../local/simulator/writeWithFolders';

const USAGE = 'npm run fuzz -- [--count N] [--seed S] [--dump FILE]';
// The test's Jest timeout is N × 10 ms, and a timer past 2^31 ms fires at once (Node's TimeoutOverflowWarning).
const MAX_COUNT = 1_000_000;
const { values } = readFlags(USAGE, {
  options: {
    count: { type: 'string', default: '3000' },
    seed: { type: 'string', default: '10' },
    dump: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(
    `${USAGE}\n  --count N    envelopes to send, 1-${MAX_COUNT} (default 3000)\n  --seed S     an integer (default 10)\n  --dump FILE  write every failing case to FILE (JSON)`,
  );
  process.exit(0);
}
/** One line naming the flag and its value, exit 2 (it was the usage line alone, whichever value was wrong). */
function refuse(problem: string): never {
  console.error(`${problem}\nusage: ${USAGE}`);
  process.exit(2);
}
const count = /^\d+$/.test(values.count) ? Number(values.count) : Number.NaN;
if (!(count >= 1 && count <= MAX_COUNT)) refuse(`--count ${JSON.stringify(values.count)}: a whole number 1-${MAX_COUNT}`);
const seed = /^-?\d+$/.test(values.seed) ? Number(values.seed) : Number.NaN;
if (!Number.isSafeInteger(seed)) refuse(`--seed ${JSON.stringify(values.seed)}: an integer`);
// Checked before the run: the test writes the file only at the end.
const unwritable = values.dump === undefined ? undefined : unwritablePath(values.dump);
if (unwritable) refuse(`--dump ${values.dump}: ${unwritable}`);
const env = { ...process.env, FUZZ_COUNT: String(count), FUZZ_SEED: String(seed), ...(values.dump ? { FUZZ_DUMP: values.dump } : {}) };
const run = spawnSync('npx', ['jest', '--runInBand', 'test/fuzz/lambdaHandler.test.ts'], { env, stdio: 'inherit' });
process.exit(run.status ?? 1);
