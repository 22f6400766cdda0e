import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as sdk from '../../lambda/persistence/awsSdk';
import * as wire from '../../lambda/persistence/dynamoDbWire';
import { type LocalDynamo, startLocalDynamo } from '../../local/dynamoLocal';

/**
 * The Lambda bundle's DynamoDB client (dynamoDbWire.ts) against AWS SDK v3's document client: the same
 * commands on the same server must give the same answers and the same error names.
 */
const TABLE = 'wire-differential';
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
let dynamo: LocalDynamo;

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  await dynamo.createUserTable(TABLE);
});
afterAll(async () => {
  await dynamo.stop();
});

type Send = (command: 'Get' | 'Put' | 'Update' | 'Delete', input: Record<string, unknown>) => Promise<Record<string, unknown>>;

function sdkSend(): Send {
  const documents = sdk.DynamoDBDocumentClient.from(dynamo.client(), { marshallOptions: { removeUndefinedValues: true } });
  const commands = { Get: sdk.GetCommand, Put: sdk.PutCommand, Update: sdk.UpdateCommand, Delete: sdk.DeleteCommand };
  return async (command, input) => {
    const { $metadata: _metadata, ...output } = (await documents.send(new commands[command](input as never) as never)) as Record<
      string,
      unknown
    >;
    return output;
  };
}

function wireSend(endpoint = dynamo.endpoint, config: wire.WireClientConfig = {}): Send {
  const client = new wire.DynamoDBClient({ endpoint, region: 'us-east-1', credentials, ...config });
  const documents = wire.DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  const commands = { Get: wire.GetCommand, Put: wire.PutCommand, Update: wire.UpdateCommand, Delete: wire.DeleteCommand };
  return (command, input) => documents.send(new commands[command](input));
}

/** Runs one scripted exchange with a client, on keys of its own; returns every answer or error name. */
async function script(send: Send, prefix: string): Promise<unknown[]> {
  const key = { id: `${prefix}-user` };
  const item = {
    ...key,
    attributes: { visits: 3, streak: { days: 2, last: '2026-05-14' }, heard: ['tip-1', 'tip-2'], muted: false, gone: undefined },
    revision: 1,
  };
  const outcome = async (run: () => Promise<Record<string, unknown>>) => {
    try {
      return await run();
    } catch (error) {
      return { error: (error as Error).name };
    }
  };
  const create = {
    TableName: TABLE,
    Item: item,
    ConditionExpression: 'attribute_not_exists(#id)',
    ExpressionAttributeNames: { '#id': 'id' },
  };
  return [
    await outcome(() => send('Put', create)),
    await outcome(() => send('Put', create)),
    await outcome(() => send('Get', { TableName: TABLE, Key: key, ConsistentRead: true })),
    await outcome(() =>
      send('Update', {
        TableName: TABLE,
        Key: key,
        UpdateExpression: 'SET #copies = list_append(if_not_exists(#copies, :none), :copy) ADD #revision :one',
        ExpressionAttributeNames: { '#copies': 'copies', '#revision': 'revision' },
        ExpressionAttributeValues: { ':none': [], ':copy': [{ raw: '{"x":1}', at: '2026-05-14' }], ':one': 1 },
        ReturnValues: 'ALL_NEW',
      }),
    ),
    await outcome(() =>
      send('Put', {
        TableName: TABLE,
        Item: { ...item, revision: 9 },
        ConditionExpression: '#revision = :expected',
        ExpressionAttributeNames: { '#revision': 'revision' },
        ExpressionAttributeValues: { ':expected': 1 },
      }),
    ),
    await outcome(() => send('Get', { TableName: TABLE, Key: { id: `${prefix}-nobody` }, ConsistentRead: true })),
    await outcome(() => send('Delete', { TableName: TABLE, Key: key })),
    await outcome(() => send('Get', { TableName: TABLE, Key: key, ConsistentRead: true })),
    await outcome(() => send('Get', { TableName: 'no-such-table', Key: key })),
  ];
}

/** The answers with each client's key prefix replaced, so the two runs compare as equals. */
function normalised(answers: unknown[], prefix: string): unknown {
  return JSON.parse(JSON.stringify(answers).replaceAll(prefix, 'P'));
}

describe('the bundle’s DynamoDB client answers as AWS SDK v3 does', () => {
  test('the same script gives the same answers and errors', async () => {
    const expected = await script(sdkSend(), 'sdk');
    const actual = await script(wireSend(), 'wire');
    expect(normalised(actual, 'wire')).toEqual(normalised(expected, 'sdk'));
    // The script really exercised the interesting paths.
    expect(expected[1]).toEqual({ error: 'ConditionalCheckFailedException' });
    expect(expected[4]).toEqual({ error: 'ConditionalCheckFailedException' });
    expect(expected[8]).toEqual({ error: 'ResourceNotFoundException' });
    expect((expected[3] as { Attributes: { revision: number } }).Attributes.revision).toBe(2);
  });
});

describe('the bundle’s DynamoDB client under faults (loopback stand-ins)', () => {
  let server: Server;
  let answers: ((response: import('node:http').ServerResponse) => void)[];
  let calls = 0;
  beforeAll(async () => {
    server = createServer((_request, response) => {
      calls++;
      const answer = answers.shift();
      if (answer) answer(response);
      // No answer left: stay silent (a store that accepts and never answers).
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    calls = 0;
  });
  const endpoint = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const throttled = (response: import('node:http').ServerResponse) => {
    response.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
    response.end(
      JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException', message: 'slow down' }),
    );
  };
  const ok = (response: import('node:http').ServerResponse) => {
    response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
    response.end(JSON.stringify({ Item: { id: { S: 'u' }, n: { N: '7' } } }));
  };

  test('a throttled answer is retried, and the retry’s answer is used', async () => {
    answers = [throttled, ok];
    const output = await wireSend(endpoint(), { maxAttempts: 2 })('Get', { TableName: TABLE, Key: { id: 'u' } });
    expect(output.Item).toEqual({ id: 'u', n: 7 });
    expect(calls).toBe(2);
  });

  test('throttling past the attempts gives the service’s error name', async () => {
    answers = [throttled, throttled];
    await expect(wireSend(endpoint(), { maxAttempts: 2 })('Get', { TableName: TABLE, Key: { id: 'u' } })).rejects.toMatchObject({
      name: 'ProvisionedThroughputExceededException',
    });
    expect(calls).toBe(2);
  });

  test('a store that never answers fails with TimeoutError at the request timeout', async () => {
    answers = [];
    const started = performance.now();
    await expect(
      wireSend(endpoint(), { maxAttempts: 1, requestHandler: { requestTimeout: 150 } })('Get', { TableName: TABLE, Key: { id: 'u' } }),
    ).rejects.toMatchObject({ name: 'TimeoutError' });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(1500);
  });
});

test('every name the store can import from awsSdk.ts exists in the bundle’s client too', () => {
  const missing = Object.keys(sdk).filter((name) => !(name in wire));
  expect(missing).toEqual([]);
});
