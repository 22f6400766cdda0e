/**
 * Lost updates under concurrency (issue 10, finding 5), against the DynamoDB-compatible server:
 * several sessions of one listener at once, turns back to back. STORE_TRIALS=<n> runs more trials per
 * level and prints the figures docs/operations.md quotes.
 */
import { DynamoFixture } from '../listenerMemory/support/dynamo';
import { type CrowdResult, crowd } from './support/crowd';

let dynamo: DynamoFixture;
beforeAll(async () => {
  dynamo = await DynamoFixture.start();
});
afterAll(async () => {
  await dynamo?.close();
});

const TRIALS = Number(process.env.STORE_TRIALS ?? 2);

describe.each([2, 5, 10, 20])('%i concurrent sessions of one listener', (sessions) => {
  test(`no visit lost and no cursor back, in ${TRIALS} trials`, async () => {
    const results: CrowdResult[] = [];
    for (let trial = 0; trial < TRIALS; trial++) results.push(await crowd(dynamo, `crowd-${sessions}-${trial}`, sessions));
    if (process.env.STORE_TRIALS) {
      const lossy = results.filter((r) => r.lostVisits > 0 || r.cursorsBack > 0).length;
      const lost = results.reduce((sum, r) => sum + r.lostVisits, 0);
      const back = results.reduce((sum, r) => sum + r.cursorsBack, 0);
      process.stderr.write(`sessions=${sessions} trials=${TRIALS} trials-with-loss=${lossy} visits-lost=${lost} cursors-back=${back}\n`);
    }
    for (const result of results) {
      expect(result.answered).toBe(sessions * 5);
      expect(result).toMatchObject({ lostVisits: 0, cursorsBack: 0 });
    }
  }, 300_000);
});
