/**
 * Writes whose outcome the skill cannot see (issue 10, finding 5): a call that timed out after the
 * store applied it, or the AWS SDK retrying a write that had landed and reporting the retry's
 * conflict. Each write carries a token the item keeps, so the repository looks before it merges
 * again: nothing counts twice, nothing is lost. Run against the memory store and the
 * DynamoDB-compatible server.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import type { UserContext } from '../../lambda/domain/userContext';
import { logger } from '../../lambda/observability/logger';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { RevisionConflictError, type UserStore } from '../../lambda/persistence/port';
import { DynamoFixture } from '../listenerMemory/support/dynamo';
import { ForwardingStore } from '../listenerMemory/support/stores';
import { topicSlot } from '../support/content';
import { Dialog, T0 } from '../support/driver';

const DAY = 86_400_000;

/** What a timed-out call looks like to the repository (the SDK's requestTimeout). */
function timeout(): Error {
  return Object.assign(new Error('Request did not complete within 1500 ms'), { name: 'TimeoutError' });
}

type Fault = 'landed, then timed out' | 'landed, then the retry conflicted' | 'timed out, not applied';

/** Applies the faults to the next writes in order; optionally fails one later read (the check). */
class UnansweredStore extends ForwardingStore {
  saves = 0;
  reads = 0;
  constructor(
    inner: UserStore,
    private readonly faults: Fault[],
    private readonly failRead?: number,
  ) {
    super(inner);
  }
  override async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    this.reads += 1;
    if (this.reads === this.failRead) throw timeout();
    return super.getAttributes(envelope);
  }
  override async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    this.saves += 1;
    const fault = this.faults.shift();
    if (fault === 'timed out, not applied') throw timeout();
    await super.saveAttributes(envelope, attributes);
    if (fault === 'landed, then timed out') throw timeout();
    if (fault === 'landed, then the retry conflicted') throw new RevisionConflictError();
  }
}

let dynamo: DynamoFixture;
beforeAll(async () => {
  dynamo = await DynamoFixture.start();
});
afterAll(async () => {
  await dynamo?.close();
});
beforeEach(() => {
  jest.spyOn(logger, 'warn').mockImplementation(() => undefined);
  jest.spyOn(logger, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  jest.restoreAllMocks();
});

const STORES: [string, () => UserStore][] = [
  ['memory store', () => new MemoryUserStore()],
  ['DynamoDB-compatible server', () => dynamo.store()],
];

describe.each(STORES)('unanswered writes, %s', (_name, makeStore) => {
  let userCount = 0;
  /** A returning listener (3 visits stored) and a session against `faults`. */
  async function listener(faults: Fault[], failRead?: number) {
    const inner = makeStore();
    const userId = `unanswered-${_name.length}-${++userCount}`;
    for (let day = 3; day >= 1; day--) {
      await new Dialog({ store: inner, userId, at: new Date(T0.getTime() - day * DAY) }).oneShot('GetFortuneIntent');
    }
    const store = new UnansweredStore(inner, faults, failRead);
    const stored = async (): Promise<UserContext> =>
      (await inner.getAttributes({
        session: { user: { userId } },
        context: { System: { user: { userId } } },
      } as never)) as unknown as UserContext;
    return { store, stored, dialog: new Dialog({ store, userId, at: T0 }) };
  }

  test.each<Fault>(['landed, then timed out', 'landed, then the retry conflicted'])(
    'a write that %s counts once, and the session goes on saving',
    async (fault) => {
      const { store, stored, dialog } = await listener([fault]);
      await dialog.launch();
      expect((await stored()).visits).toBe(4);
      await dialog.intent('GetTipIntent', topicSlot('postmortems'));
      await dialog.intent('AMAZON.StopIntent');
      const after = await stored();
      expect(after.visits).toBe(4);
      expect(after.series.postmortems?.next).toBe(1);
      // the check read the store once; no write was repeated for the landed one
      expect(store.saves).toBe(2);
    },
  );

  test('a write that timed out without being applied is retried in the same turn', async () => {
    const { store, stored, dialog } = await listener(['timed out, not applied']);
    const launch = await dialog.launch();
    expect(launch.text.length).toBeGreaterThan(0);
    expect((await stored()).visits).toBe(4);
    expect(store.saves).toBe(2);
  });

  test('when the check cannot read either, the next turn finds the landed write and adds only what is new', async () => {
    // read 1 is the launch's load; read 2 is the check after the unanswered write
    const { stored, dialog } = await listener(['landed, then timed out'], 2);
    await dialog.launch();
    const carried = dialog.sessionAttributes as { unconfirmed?: { tokens: string[] } };
    expect(carried.unconfirmed?.tokens).toHaveLength(1);
    expect((await stored()).writes).toContain(carried.unconfirmed!.tokens[0]);
    await dialog.intent('GetTipIntent', topicSlot('postmortems'));
    const after = await stored();
    expect(after.visits).toBe(4);
    expect(after.series.postmortems?.next).toBe(1);
    expect((dialog.sessionAttributes as { unconfirmed?: unknown }).unconfirmed).toBeUndefined();
  });

  test('the item keeps a bounded list of write tokens, newest last', async () => {
    const { stored, dialog } = await listener([]);
    await dialog.launch();
    for (let i = 0; i < 20; i++) await dialog.intent('AMAZON.NextIntent');
    const tokens = (await stored()).writes ?? [];
    expect(tokens.length).toBe(16);
    expect(new Set(tokens).size).toBe(16);
  });
});
