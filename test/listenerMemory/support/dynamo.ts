import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { UserContext } from '../../../lambda/domain/userContext';
import { DynamoDbUserStore, PARTITION_KEY } from '../../../lambda/persistence/dynamoDbStore';
import { type LocalDynamo, startLocalDynamo } from '../../../local/dynamoLocal';

export const TABLE = 'fortune-cookie-users';

/**
 * One DynamoDB-compatible server (dynalite, in-process) for a test file, on a free port, with the user
 * table created. `onDisk` keeps the data in a temporary directory (removed by `close()`) instead of memory.
 */
export class DynamoFixture {
  readonly clients: DynamoDBClient[] = [];
  private constructor(
    readonly local: LocalDynamo,
    private readonly dir: string | undefined,
  ) {}

  static async start(options: { onDisk?: boolean } = {}): Promise<DynamoFixture> {
    const dir = options.onDisk ? mkdtempSync(join(tmpdir(), 'fortune-cookie-dynalite-')) : undefined;
    const local = await startLocalDynamo({ path: dir, port: 0 });
    const fixture = new DynamoFixture(local, dir);
    try {
      await local.createUserTable(TABLE);
    } catch (error) {
      await fixture.close();
      throw error;
    }
    return fixture;
  }

  /** A client for the local server (closed by `close()`). */
  client(): DynamoDBClient {
    const client = this.local.client();
    this.clients.push(client);
    return client;
  }

  /** The adapter under test, on the local server. */
  store(): DynamoDbUserStore {
    return new DynamoDbUserStore({ tableName: TABLE, client: this.client() });
  }

  private documentsClient?: DynamoDBDocumentClient;
  get documents(): DynamoDBDocumentClient {
    this.documentsClient ??= DynamoDBDocumentClient.from(this.client());
    return this.documentsClient;
  }

  /** The whole stored item ({id, attributes, revision, updatedAt}), read around the adapter. */
  async rawItem(id: string): Promise<Record<string, unknown> | undefined> {
    const result = await this.documents.send(new GetCommand({ TableName: TABLE, Key: { [PARTITION_KEY]: id }, ConsistentRead: true }));
    return result.Item;
  }

  async context(id: string): Promise<UserContext> {
    const item = await this.rawItem(id);
    if (!item) throw new Error(`nothing stored for ${id}`);
    return item.attributes as UserContext;
  }

  async putRaw(item: Record<string, unknown>): Promise<void> {
    await this.documents.send(new PutCommand({ TableName: TABLE, Item: item }));
  }

  async allIds(): Promise<string[]> {
    const result = await this.documents.send(new ScanCommand({ TableName: TABLE, ConsistentRead: true }));
    return (result.Items ?? []).map((item) => String(item[PARTITION_KEY]));
  }

  /** Takes the server down mid-test; clients fail at once. */
  async stop(): Promise<void> {
    await this.local.stop();
  }

  /** Brings the server back on the same port, with the same data. */
  async restart(): Promise<void> {
    await this.local.restart();
  }

  async close(): Promise<void> {
    for (const client of this.clients) client.destroy();
    await this.local.stop();
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}
