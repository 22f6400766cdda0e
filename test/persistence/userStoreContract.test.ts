import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import { DynamoDBDocumentClient, GetCommand } from '../../lambda/persistence/awsSdk';
import { backupKeyOf, DynamoDbUserStore, PARTITION_KEY } from '../../lambda/persistence/dynamoDbStore';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { RevisionConflictError, type UserStore } from '../../lambda/persistence/port';
import { type LocalDynamo, startLocalDynamo } from '../../local/dynamoLocal';
import { FileUserStore } from '../../local/simulator/dialogStore';
import { launchRequest } from '../../tools/envelopes';

/**
 * What every UserStore must do, run against each store the project has: a new store's definition of
 * correct is passing this suite (README "Add a store").
 */
interface StoreUnderTest {
  store: UserStore;
  /** The raw copies of unreadable items the store keeps for a user, as stored. */
  backupsOf(userId: string): Promise<unknown[]>;
  /** The same store opened again (persistent stores), or undefined for a store that lives in memory. */
  reopen?(): Promise<UserStore>;
}

const TABLE = 'contract-users';
let dynamo: LocalDynamo;
let dir: string;

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  await dynamo.createUserTable(TABLE);
  dir = mkdtempSync(join(tmpdir(), 'store-contract-'));
});
afterAll(async () => {
  await dynamo.stop();
  rmSync(dir, { recursive: true, force: true });
});

const stores: [string, () => StoreUnderTest][] = [
  [
    'MemoryUserStore',
    () => {
      const store = new MemoryUserStore();
      return { store, backupsOf: async (userId) => store.backups.filter((b) => b.key === userId).map((b) => b.raw) };
    },
  ],
  [
    'DynamoDbUserStore (DynamoDB-compatible server)',
    () => {
      const store = new DynamoDbUserStore({ tableName: TABLE, client: dynamo.client() });
      const documents = DynamoDBDocumentClient.from(dynamo.client());
      return {
        store,
        backupsOf: async (userId) => {
          const { Item } = await documents.send(new GetCommand({ TableName: TABLE, Key: { [PARTITION_KEY]: backupKeyOf(userId) } }));
          return ((Item?.copies as { raw: string }[] | undefined) ?? []).map((copy) => JSON.parse(copy.raw));
        },
        reopen: async () => new DynamoDbUserStore({ tableName: TABLE, client: dynamo.client() }),
      };
    },
  ],
  [
    'FileUserStore (npm run dialog)',
    () => {
      const file = join(dir, `users-${Math.random().toString(36).slice(2)}.json`);
      const store = new FileUserStore(file);
      return {
        store,
        backupsOf: async (userId) => new FileUserStore(file).backups.filter((b) => b.key === userId).map((b) => b.raw),
        reopen: async () => new FileUserStore(file),
      };
    },
  ],
];

let users = 0;
const envelopeOf = (userId: string) => launchRequest({ userId }) as RequestEnvelope;
const newUser = () => `amzn1.ask.account.CONTRACT-${++users}`;

describe.each(stores)('%s keeps the UserStore contract', (_name, make) => {
  test('round trip: what is saved is read back, nested values intact; an unknown user reads as {}', async () => {
    const { store, reopen } = make();
    const user = envelopeOf(newUser());
    expect(await store.getAttributes(user)).toEqual({});
    const context = { revision: 1, visits: 3, streak: { days: 2, last: '2026-05-14' }, heard: ['tip-1', 'tip-2'], muted: false };
    await store.saveAttributes(user, context);
    expect(await store.getAttributes(user)).toEqual(context);
    if (reopen) expect(await (await reopen()).getAttributes(user)).toEqual(context);
  });

  test('copies, not shares: changing what was saved or what was read changes nothing stored', async () => {
    const { store } = make();
    const user = envelopeOf(newUser());
    const context = { revision: 1, visits: 3, streak: { days: 2 }, heard: ['tip-1'] };
    await store.saveAttributes(user, context);
    context.visits = 40;
    context.streak.days = 40;
    context.heard.push('tip-40');
    const read = (await store.getAttributes(user)) as typeof context;
    expect(read).toEqual({ revision: 1, visits: 3, streak: { days: 2 }, heard: ['tip-1'] });
    read.streak.days = 41;
    read.heard.push('tip-41');
    expect(await store.getAttributes(user)).toEqual({ revision: 1, visits: 3, streak: { days: 2 }, heard: ['tip-1'] });
  });

  test('revision conflict: a save over a revision it did not read fails and changes nothing', async () => {
    const { store } = make();
    const user = envelopeOf(newUser());
    await store.saveAttributes(user, { revision: 1, visits: 1 });
    await store.saveAttributes(user, { revision: 2, visits: 2 });
    // A second session that read revision 1 tries to write revision 2 too.
    await expect(store.saveAttributes(user, { revision: 2, visits: 99 })).rejects.toBeInstanceOf(RevisionConflictError);
    // A new user context cannot be written over an existing one either.
    await expect(store.saveAttributes(user, { revision: 1, visits: 98 })).rejects.toBeInstanceOf(RevisionConflictError);
    expect(await store.getAttributes(user)).toEqual({ revision: 2, visits: 2 });
    await expect(store.saveAttributes(user, { visits: 5 })).rejects.toThrow(/revision/);
  });

  test('unreadable item backup: copies are kept per user, in order, and survive', async () => {
    const { store, backupsOf } = make();
    const userId = newUser();
    await store.backupAttributes(envelopeOf(userId), 'not an object', 'not a user context');
    await store.backupAttributes(envelopeOf(userId), { schemaVersion: 'x' }, 'unknown schema');
    await store.backupAttributes(envelopeOf(newUser()), { other: true }, 'someone else');
    expect(await backupsOf(userId)).toEqual(['not an object', { schemaVersion: 'x' }]);
  });

  test('delete removes the context and every backup of that user, and only that user', async () => {
    const { store, backupsOf, reopen } = make();
    const leaving = newUser();
    const staying = newUser();
    for (const id of [leaving, staying]) {
      await store.saveAttributes(envelopeOf(id), { revision: 1, visits: 1 });
      await store.backupAttributes(envelopeOf(id), { broken: id }, 'test');
    }
    await store.deleteAttributes(envelopeOf(leaving));
    expect(await store.getAttributes(envelopeOf(leaving))).toEqual({});
    expect(await backupsOf(leaving)).toEqual([]);
    expect(await store.getAttributes(envelopeOf(staying))).toEqual({ revision: 1, visits: 1 });
    expect(await backupsOf(staying)).toEqual([{ broken: staying }]);
    if (reopen) expect(await (await reopen()).getAttributes(envelopeOf(leaving))).toEqual({});
    // Deleting a user with nothing stored is not an error.
    await expect(store.deleteAttributes(envelopeOf(newUser()))).resolves.toBeUndefined();
    // After a delete the user starts again from revision 1.
    await store.saveAttributes(envelopeOf(leaving), { revision: 1, visits: 1 });
    expect(await store.getAttributes(envelopeOf(leaving))).toEqual({ revision: 1, visits: 1 });
  });

  test('a request without a user id is refused, not stored under a shared key', async () => {
    const { store } = make();
    const anonymous = launchRequest({}) as RequestEnvelope;
    (anonymous.context.System as { user?: unknown }).user = undefined;
    await expect(store.getAttributes(anonymous)).rejects.toThrow(/user id/);
    await expect(store.saveAttributes(anonymous, { revision: 1 })).rejects.toThrow(/user id/);
  });
});
