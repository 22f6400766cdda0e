import type { RequestEnvelope } from 'ask-sdk-model';
import { logger } from '../../lambda/observability/logger';
import { DynamoDbUserStore } from '../../lambda/persistence/dynamoDbStore';
import { Dialog, type Reply, T0 } from '../support/driver';
import { saysOneOf } from '../support/prompts';
import { DynamoFixture, TABLE } from './support/dynamo';
import { CountingStore, daysAfter, en, servedItem, topicSlot } from './support/scenario';
import { BlackHole, ForwardingStore, SlowStore } from './support/stores';

let dynamo: DynamoFixture;

beforeAll(async () => {
  dynamo = await DynamoFixture.start({ onDisk: true });
});

afterAll(async () => {
  await dynamo?.close();
});

afterEach(() => jest.restoreAllMocks());

const postmortems = en.series('postmortems');

/** A listener with history: `tips` postmortem tips heard by one-shots, a day apart, before T0. */
async function listenerWithHistory(userId: string, tips: number) {
  const dialog = new Dialog({ store: dynamo.store(), userId });
  for (let i = 0; i < tips; i++) await dialog.setTime(daysAfter(T0, i - tips)).oneShot('GetTipIntent', topicSlot('postmortems'));
  return dynamo.rawItem(userId);
}

/** An answer the listener can use: speech that is not an apology, with content or a question. */
function expectRealAnswer(reply: Reply): void {
  expect(reply.text.length).toBeGreaterThan(0);
  expect(saysOneOf(reply.text, 'en-US', 'error')).toBe(false);
  expect(saysOneOf(reply.text, 'en-US', 'errorOpen')).toBe(false);
}

const loggedAbout = (spy: jest.SpyInstance, pattern: RegExp) => spy.mock.calls.some(([message]) => pattern.test(String(message)));

describe('the DynamoDB-compatible server goes down mid-dialog', () => {
  test('after launch: later turns still answer from content, the failed writes are logged, and the stored data is intact after the restart', async () => {
    const user = 'outage-after-launch';
    await listenerWithHistory(user, 2);
    const store = new CountingStore(dynamo.store());
    const dialog = new Dialog({ store, userId: user });
    const launch = await dialog.launch();
    expect(saysOneOf(launch.text, 'en-US', 'welcome.back')).toBe(true);
    const good = await dynamo.rawItem(user);
    expect(good?.attributes).toMatchObject({ visits: 3, series: { postmortems: { next: 2 } } });

    const error = jest.spyOn(logger, 'error');
    await dynamo.stop();
    try {
      const resumed = await dialog.intent('ContinueIntent');
      expectRealAnswer(resumed);
      expect(servedItem(resumed).id).toBe(postmortems[2]!.id);
      expect(resumed.open).toBe(true);
      const next = await dialog.intent('AMAZON.NextIntent');
      expect(servedItem(next).id).toBe(postmortems[3]!.id);
      expectRealAnswer(await dialog.intent('AMAZON.HelpIntent'));
      expect(loggedAbout(error, /write failed/)).toBe(true);
      expect(store.failures).toBeGreaterThan(0);
    } finally {
      await dynamo.restart();
    }

    // nothing was overwritten while the store was down
    expect(await dynamo.rawItem(user)).toEqual(good);

    // the next turn saves what the session has: the outage's progress is not lost either
    const after = await dialog.intent('AMAZON.NextIntent');
    expect(servedItem(after).id).toBe(postmortems[4]!.id);
    const stored = await dynamo.context(user);
    expect(stored).toMatchObject({ visits: 3, series: { postmortems: { next: 5 } }, lastHeard: { itemId: postmortems[4]!.id } });
    expect(stored.revision).toBe((good?.revision as number) + 1);
  });

  test('before launch: the session answers without memory, writes nothing, and picks up the real context once the store is back', async () => {
    const user = 'outage-before-launch';
    const good = await listenerWithHistory(user, 5);
    const store = new CountingStore(dynamo.store());
    const dialog = new Dialog({ store, userId: user });
    const error = jest.spyOn(logger, 'error');

    await dynamo.stop();
    try {
      const launch = await dialog.launch();
      expectRealAnswer(launch);
      expect(launch.card?.title).toBe("Today's fortune");
      expect(loggedAbout(error, /read failed/)).toBe(true);
      const tip = await dialog.intent('GetTipIntent', topicSlot('metrics'));
      expectRealAnswer(tip);
      expect(servedItem(tip).id).toBe(en.series('metrics')[0]!.id);
      // a context it could not read is never written over
      expect(store.writes).toBe(0);
    } finally {
      await dynamo.restart();
    }
    expect(await dynamo.rawItem(user)).toEqual(good);

    // the store is back: this turn reads the real context and continues the real series
    const resumed = await dialog.intent('ContinueIntent', topicSlot('postmortems'));
    expect(servedItem(resumed).id).toBe(postmortems[5]!.id);
    const stored = await dynamo.context(user);
    expect(stored.visits).toBeGreaterThanOrEqual((good?.attributes as { visits: number } | undefined)?.visits ?? Number.NaN);
    expect(stored.series.postmortems).toMatchObject({ next: 6 });
    expect(stored.revision).toBe((good?.revision as number) + 1);
  });
});

/** Saves fail with DynamoDB's throttling error the first `failures` times. */
class ThrottlingStore extends ForwardingStore {
  constructor(
    inner: DynamoDbUserStore,
    private failures: number,
  ) {
    super(inner);
  }
  override async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    if (this.failures > 0) {
      this.failures -= 1;
      throw Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), {
        name: 'ProvisionedThroughputExceededException',
        $metadata: { httpStatusCode: 400 },
      });
    }
    return super.saveAttributes(envelope, attributes);
  }
}

describe('a slow or throttling store', () => {
  test('reads that time out: the skill still answers (without memory), logs it, and writes nothing', async () => {
    const user = 'slow-reads';
    const good = await listenerWithHistory(user, 3);
    const slow = new SlowStore(dynamo.store(), 300);
    const store = new CountingStore(slow);
    const error = jest.spyOn(logger, 'error');
    const dialog = new Dialog({ store, userId: user });
    try {
      const started = Date.now();
      const launch = await dialog.launch();
      expect(Date.now() - started).toBeLessThan(2000);
      expectRealAnswer(launch);
      expect(loggedAbout(error, /read failed/)).toBe(true);
      expectRealAnswer(await dialog.intent('AMAZON.HelpIntent'));
      expect(store.writes).toBe(0);
      expect(await dynamo.rawItem(user)).toEqual(good);
    } finally {
      slow.close();
    }
  });

  test('a read that is slow but succeeds: the answer waits for it and has the memory', async () => {
    const user = 'slow-but-fine';
    await listenerWithHistory(user, 1);
    const slow = new SlowStore(dynamo.store(), 200, true);
    const dialog = new Dialog({ store: slow, userId: user });
    const launch = await dialog.launch();
    expect(saysOneOf(launch.text, 'en-US', 'welcome.back')).toBe(true);
  });

  test('throttled writes: the answer comes, the fault is logged, and the next turn saves', async () => {
    const user = 'throttled';
    await listenerWithHistory(user, 1);
    const error = jest.spyOn(logger, 'error');
    const dialog = new Dialog({ store: new ThrottlingStore(dynamo.store(), 1), userId: user });
    const launch = await dialog.launch();
    expectRealAnswer(launch);
    expect(loggedAbout(error, /write failed/)).toBe(true);
    expect((await dynamo.context(user)).visits).toBe(1);

    const help = await dialog.intent('AMAZON.HelpIntent');
    expectRealAnswer(help);
    // the help turn changed nothing itself, but carries the launch's unsaved visit
    expect((await dynamo.context(user)).visits).toBe(2);
  });

  test('the production client bounds a store that accepts connections and never answers', async () => {
    const hole = await BlackHole.start();
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_DYNAMODB: hole.endpoint,
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
    });
    const error = jest.spyOn(logger, 'error');
    const warn = jest.spyOn(logger, 'warn');
    try {
      // the store exactly as the Lambda builds it: no client passed in
      const store = new DynamoDbUserStore({ tableName: TABLE });
      const dialog = new Dialog({ store, userId: 'black-hole' });
      const started = Date.now();
      const launch = await dialog.launch();
      const elapsed = Date.now() - started;
      expectRealAnswer(launch);
      expect(hole.accepted).toBeGreaterThan(0);
      // ended by the client's request timeout (1.5 s per attempt) or the answer's time budget (2.8 s)
      expect(loggedAbout(error, /read failed/) || loggedAbout(warn, /read ran out of the time budget/)).toBe(true);
      expect(elapsed).toBeGreaterThanOrEqual(1400);
      expect(elapsed).toBeLessThan(5000);
    } finally {
      process.env = saved;
      await hole.stop();
    }
  });
});
