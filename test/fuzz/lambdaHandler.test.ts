import '../support/env';
import { writeFileSync } from 'node:fs';
import type { MemoryUserStore as MemoryStoreType } from '../../lambda/persistence/memoryStore';
import { DEFAULT_SKILL_ID } from '../../tools/envelopes';
import { FUZZ_TIMESTAMP } from '../../tools/fuzz/corpus';
import { type Handler, runFuzz } from '../../tools/fuzz/run';
import { seededRandom } from '../support/random';

/**
 * The Lambda entry point (lambda/index.ts's handler, as deployed) fed seeded mutated envelopes, with
 * the memory store in place of DynamoDB and an instant time-zone lookup (no network). FUZZ_COUNT and
 * FUZZ_SEED (npm run fuzz -- --count N --seed S) run more; the default stays within a few seconds.
 * Counts by outcome class are printed on one line (`fuzz: {...}`) and recorded in docs/operations.md.
 */
const COUNT = Number(process.env.FUZZ_COUNT ?? 3000);
const SEED = Number(process.env.FUZZ_SEED ?? 10);

function loadHandler(): { handler: Handler; store: MemoryStoreType } {
  const saved = { ...process.env };
  Object.assign(process.env, { SKILL_ID: DEFAULT_SKILL_ID, TABLE_NAME: '' });
  let loaded: { handler: Handler; store: MemoryStoreType } | undefined;
  try {
    jest.isolateModules(() => {
      const { MemoryUserStore } = require('../../lambda/persistence/memoryStore') as typeof import('../../lambda/persistence/memoryStore');
      const store = new MemoryUserStore();
      const skillModule = jest.requireActual('../../lambda/skill') as typeof import('../../lambda/skill');
      // The handler builds its skill at load: give it the memory store, a seeded random source and a fixed clock.
      jest.doMock('../../lambda/skill', () => ({
        ...skillModule,
        buildSkill: (options: Parameters<typeof skillModule.buildSkill>[0]) =>
          skillModule.buildSkill({
            ...options,
            store,
            random: seededRandom(SEED),
            now: () => Date.parse(FUZZ_TIMESTAMP),
            timeZoneLookup: async () => 'Europe/Berlin',
          }),
      }));
      loaded = { handler: (require('../../lambda/index') as { handler: Handler }).handler, store };
    });
  } finally {
    process.env = saved;
  }
  return loaded!;
}

test(
  `the Lambda handler survives ${COUNT} mutated envelopes (seed ${SEED})`,
  async () => {
    const { handler, store } = loadHandler();
    const report = await runFuzz(handler, store, { count: COUNT, seed: SEED });
    process.stdout.write(`fuzz: ${JSON.stringify({ ...report, failures: report.failures.length })}\n`);
    // Every failing case, to read or replay (npm run fuzz -- --dump FILE).
    if (process.env.FUZZ_DUMP) writeFileSync(process.env.FUZZ_DUMP, JSON.stringify(report.failures, null, 1));
    expect(report.failures.slice(0, 5)).toEqual([]);
    expect(report.count).toBe(COUNT);
    // Every class is reached: the mix tests all three paths (a mutation set that only ever answers normally tests little).
    expect(report.outcomes.spokenError).toBeGreaterThan(0);
    expect(report.outcomes.rejected).toBeGreaterThan(0);
  },
  Math.max(60_000, COUNT * 10),
);
