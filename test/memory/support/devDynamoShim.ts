// TEMPORARY development shim with the announced local/dynamoLocal.ts API; removed once that file exists.
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dynalite = require('dynalite');

export async function startLocalDynamo(options: { path?: string; port?: number } = {}) {
  let server: import('node:http').Server;
  let port = options.port ?? 0;
  const listen = async () => {
    server = dynalite({ path: options.path, createTableMs: 0 });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
    port = (server.address() as { port: number }).port;
  };
  await listen();
  const clients: DynamoDBClient[] = [];
  const handle = {
    get endpoint() { return `http://127.0.0.1:${port}`; },
    get port() { return port; },
    client() {
      const c = new DynamoDBClient({ endpoint: handle.endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });
      clients.push(c);
      return c;
    },
    async createUserTable(name: string) {
      const c = handle.client();
      await c.send(new CreateTableCommand({ TableName: name, KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST' }));
    },
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    async restart() { await listen(); },
    async close() { for (const c of clients) c.destroy(); await handle.stop(); },
  };
  return handle;
}
