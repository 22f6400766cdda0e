import '../support/env';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { backupKeyOf, DynamoDbUserStore, PARTITION_KEY } from '../../lambda/persistence/dynamoDbStore';
import { RevisionConflictError } from '../../lambda/persistence/port';
import { type LocalDynamo, startLocalDynamo } from '../../local/dynamoLocal';
import { launchRequest } from '../../tools/envelopes';

// The SDK's notice about future Node versions is not what these tests are about.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const TABLE = 'fortune-cookie-users';
const envelopeOf = (userId: string) => launchRequest({ userId });

describe('startLocalDynamo in memory', () => {
  let dynamo: LocalDynamo;
  let store: DynamoDbUserStore;

  beforeAll(async () => {
    dynamo = await startLocalDynamo();
    store = new DynamoDbUserStore({ tableName: TABLE, client: dynamo.client() });
  });
  afterAll(() => dynamo.stop());

  test('listens on a free loopback port and creates the user table idempotently, ACTIVE, keyed by id', async () => {
    expect(dynamo.endpoint).toBe(`http://127.0.0.1:${dynamo.port}`);
    expect(dynamo.port).toBeGreaterThan(0);
    await dynamo.createUserTable(TABLE);
    await dynamo.createUserTable(TABLE);
    const { Table } = await dynamo.client().send(new DescribeTableCommand({ TableName: TABLE }));
    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(Table?.KeySchema).toEqual([{ AttributeName: PARTITION_KEY, KeyType: 'HASH' }]);
    expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
  });

  test('DynamoDbUserStore: get, conditional save, conflict, backup, delete', async () => {
    const user = envelopeOf('amzn1.ask.account.STORE');
    expect(await store.getAttributes(user)).toEqual({});

    await store.saveAttributes(user, { revision: 1, visits: 1 });
    expect(await store.getAttributes(user)).toEqual({ revision: 1, visits: 1 });
    // A second session that also read revision 0 must not overwrite the first one's write.
    await expect(store.saveAttributes(user, { revision: 1, visits: 9 })).rejects.toBeInstanceOf(RevisionConflictError);
    await store.saveAttributes(user, { revision: 2, visits: 2 });
    expect(await store.getAttributes(user)).toEqual({ revision: 2, visits: 2 });

    await store.backupAttributes(user, 'not a context', 'not an object');
    await store.backupAttributes(user, { schemaVersion: 99 }, 'newer schema');
    const documents = DynamoDBDocumentClient.from(dynamo.client());
    const backupKey = backupKeyOf('amzn1.ask.account.STORE');
    const backup = await documents.send(new GetCommand({ TableName: TABLE, Key: { [PARTITION_KEY]: backupKey } }));
    const copies = backup.Item?.copies as { raw: string; reason: string }[];
    expect(copies.map((c) => [JSON.parse(c.raw), c.reason])).toEqual([
      ['not a context', 'not an object'],
      [{ schemaVersion: 99 }, 'newer schema'],
    ]);

    await store.deleteAttributes(user);
    expect(await store.getAttributes(user)).toEqual({});
    expect((await documents.send(new GetCommand({ TableName: TABLE, Key: { [PARTITION_KEY]: backupKey } }))).Item).toBeUndefined();
  });

  test('stopped, clients fail fast; restarted on the same port, the data is still there', async () => {
    const user = envelopeOf('amzn1.ask.account.OUTAGE');
    await store.saveAttributes(user, { revision: 1, visits: 1 });
    const port = dynamo.port;

    await dynamo.stop();
    const started = Date.now();
    await expect(store.getAttributes(user)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1500);

    await dynamo.restart();
    expect(dynamo.port).toBe(port);
    expect(await store.getAttributes(user)).toEqual({ revision: 1, visits: 1 });
  });
});

describe('startLocalDynamo on disk', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'fortune-dynalite-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('keeps the data across a full stop and a new start on the same folder', async () => {
    const path = join(dir, 'nested', 'data');
    const user = envelopeOf('amzn1.ask.account.DISK');

    const first = await startLocalDynamo({ path });
    await first.createUserTable(TABLE);
    await new DynamoDbUserStore({ tableName: TABLE, client: first.client() }).saveAttributes(user, { revision: 1, visits: 1 });
    await first.stop();

    const second = await startLocalDynamo({ path });
    try {
      await second.createUserTable(TABLE);
      const store = new DynamoDbUserStore({ tableName: TABLE, client: second.client() });
      expect(await store.getAttributes(user)).toEqual({ revision: 1, visits: 1 });
    } finally {
      await second.stop();
    }
  });

  test('a folder already open elsewhere is refused with a clear error', async () => {
    const path = join(dir, 'busy');
    const first = await startLocalDynamo({ path });
    try {
      const second = startLocalDynamo({ path });
      // Should it start anyway, stop it, so a failure here cannot keep jest from exiting.
      second.then(
        (unexpected) => unexpected.stop(),
        () => undefined,
      );
      await expect(second).rejects.toThrow(/in use by another process/);
    } finally {
      await first.stop();
    }
  });
});
