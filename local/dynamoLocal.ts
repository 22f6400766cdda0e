import { mkdirSync } from 'node:fs';
import { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  type DynamoDBClientConfig,
  ListTablesCommand,
  ResourceInUseException,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { PARTITION_KEY } from '../lambda/persistence/dynamoDbStore';

/**
 * A DynamoDB-compatible server in this process (dynalite), so the production store code
 * (DynamoDbUserStore on AWS SDK v3) runs locally with no AWS account.
 */
export interface LocalDynamoOptions {
  /** Folder for the data on disk (created if missing); omit for an in-memory store. */
  path?: string;
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
}

export interface LocalDynamo {
  /** http://127.0.0.1:<port> */
  readonly endpoint: string;
  readonly port: number;
  /** Closes the listener and every open connection, so clients fail at once and the process can exit. */
  stop(): Promise<void>;
  /** Listens again on the same port (and path) after stop(); in memory, the data is kept too. */
  restart(): Promise<void>;
  /** Creates the user table (key `id`, on-demand) unless it exists; resolves once it is ACTIVE. */
  createUserTable(tableName: string): Promise<void>;
  /** An AWS SDK v3 client pointed at this server (region us-east-1, dummy credentials). */
  client(overrides?: DynamoDBClientConfig): DynamoDBClient;
}

type DynaliteFactory = (options: Record<string, unknown>) => Server;
// dynalite ships no types; its factory returns a plain http.Server.
const dynalite = require('dynalite') as DynaliteFactory;

/** How long stop() lets requests already being answered finish before cutting their connections. */
const DRAIN_MS = 2000;

export async function startLocalDynamo(options: LocalDynamoOptions = {}): Promise<LocalDynamo> {
  if (options.path) await assertFolderFree(options.path);
  const server = dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const inFlight = trackRequests(server);
  let port = await listen(server, options.port ?? 0);
  let running = true;
  const endpoint = () => `http://127.0.0.1:${port}`;

  const handle: LocalDynamo = {
    get endpoint() {
      return endpoint();
    },
    get port() {
      return port;
    },

    async stop() {
      if (!running) return;
      running = false;
      // On disk, dynalite's own close() also closes the database (releasing its lock) and reopens it on
      // the next listen(). In memory that reopening would start empty, so only the listener is closed.
      const close = options.path ? server.close.bind(server) : Server.prototype.close.bind(server);
      const closed = new Promise<void>((resolve, reject) => close((error?: Error) => (error ? reject(error) : resolve())));
      // close() refuses new connections at once. Requests already inside dynalite finish first: one
      // cut off between its database steps would hit a closed database, and dynalite throws that
      // error out of a callback, crashing the process.
      server.closeIdleConnections();
      await inFlight.drained(DRAIN_MS);
      // Keep-alive sockets of SDK clients would otherwise hold close() open until they time out.
      server.closeAllConnections();
      await closed;
    },

    async restart() {
      if (running) return;
      port = await listen(server, port);
      running = true;
    },

    client(overrides = {}) {
      return new DynamoDBClient({
        endpoint: endpoint(),
        region: 'us-east-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        // The production store's bounds (lambda/persistence/dynamoDbStore.ts), so an outage shows locally
        // as it would on Lambda: quickly, without long retries.
        maxAttempts: 2,
        requestHandler: { connectionTimeout: 500, requestTimeout: 1500, throwOnRequestTimeout: true },
        ...overrides,
      });
    },

    async createUserTable(tableName) {
      const client = handle.client();
      try {
        if (!(await tableStatus(client, tableName))) {
          try {
            await client.send(
              new CreateTableCommand({
                TableName: tableName,
                KeySchema: [{ AttributeName: PARTITION_KEY, KeyType: 'HASH' }],
                AttributeDefinitions: [{ AttributeName: PARTITION_KEY, AttributeType: 'S' }],
                BillingMode: 'PAY_PER_REQUEST',
              }),
            );
          } catch (error) {
            // Another caller created it between the check and the create: fine, wait for it below.
            if (!(error instanceof ResourceInUseException)) throw error;
          }
        }
        await waitUntilActive(client, tableName);
      } finally {
        client.destroy();
      }
    },
  };
  // dynalite opens its database lazily: one request now takes the folder's lock before this returns,
  // so a second start on the same folder is refused by assertFolderFree instead of racing it.
  if (options.path) {
    const client = handle.client();
    try {
      await client.send(new ListTablesCommand({}));
    } finally {
      client.destroy();
    }
  }
  return handle;
}

/**
 * LevelDB lets one process open a folder at a time. Opened by dynalite, a locked folder fails only at
 * the first request, as an exception thrown from a callback; opened here first, it fails clearly.
 */
async function assertFolderFree(path: string): Promise<void> {
  // LevelDB creates only the last folder of the path.
  mkdirSync(path, { recursive: true });
  // The same `level` module dynalite uses, resolved from dynalite's own folder.
  const { Level } = createRequire(require.resolve('dynalite'))('level') as {
    Level: new (path: string) => { open(): Promise<void>; close(): Promise<void> };
  };
  const db = new Level(path);
  try {
    await db.open();
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    if (cause?.code === 'LEVEL_LOCKED') throw new Error(`the data folder ${path} is in use by another process (another npm start?)`);
    throw error;
  }
  await db.close();
}

function trackRequests(server: Server): { drained(timeoutMs: number): Promise<void> } {
  let active = 0;
  const waiters: (() => void)[] = [];
  server.on('request', (_req, res) => {
    active += 1;
    res.once('close', () => {
      active -= 1;
      if (active === 0) for (const wake of waiters.splice(0)) wake();
    });
  });
  return {
    drained(timeoutMs) {
      if (active === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

async function tableStatus(client: DynamoDBClient, tableName: string): Promise<string | undefined> {
  try {
    const result = await client.send(new DescribeTableCommand({ TableName: tableName }));
    return result.Table?.TableStatus;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

async function waitUntilActive(client: DynamoDBClient, tableName: string): Promise<void> {
  // createTableMs is 0, so this is one or two polls; the bound only guards against a stuck server.
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if ((await tableStatus(client, tableName)) === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`table ${tableName} did not become ACTIVE`);
}
