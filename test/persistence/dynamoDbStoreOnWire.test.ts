import { DynamoDbUserStore } from '../../lambda/persistence/dynamoDbStore';
import { RevisionConflictError } from '../../lambda/persistence/port';
import { type LocalDynamo, startLocalDynamo } from '../../local/dynamoLocal';
import { launchRequest } from '../../tools/envelopes';

// What the Lambda bundle does (tools/build/bundle.ts): the store's door to the SDK opens on the small client.
jest.mock('../../lambda/persistence/awsSdk', () => jest.requireActual('../../lambda/persistence/dynamoDbWire'));

const TABLE = 'store-on-wire';
let dynamo: LocalDynamo;
const saved = { ...process.env };

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  await dynamo.createUserTable(TABLE);
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'l',
    AWS_SECRET_ACCESS_KEY: 'l',
  });
});
afterAll(async () => {
  process.env = saved;
  await dynamo.stop();
});

describe('the production store on the bundle’s DynamoDB client', () => {
  test('round trip, revision conflict and delete, against the DynamoDB-compatible server', async () => {
    const store = new DynamoDbUserStore({ tableName: TABLE });
    const envelope = launchRequest({ userId: 'amzn1.ask.account.WIRE-STORE' });
    expect(await store.getAttributes(envelope)).toEqual({});
    await store.saveAttributes(envelope, { revision: 1, visits: 1, topics: { batch: 2 } });
    expect(await store.getAttributes(envelope)).toMatchObject({ revision: 1, visits: 1, topics: { batch: 2 } });
    // A second writer that read the same revision loses, as with the SDK.
    await expect(store.saveAttributes(envelope, { revision: 1, visits: 5 })).rejects.toBeInstanceOf(RevisionConflictError);
    await store.saveAttributes(envelope, { revision: 2, visits: 2 });
    expect(await store.getAttributes(envelope)).toMatchObject({ revision: 2, visits: 2 });
    await store.deleteAttributes(envelope);
    expect(await store.getAttributes(envelope)).toEqual({});
  });
});
