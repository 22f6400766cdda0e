import { type LocalServer, startLocalServer } from '../../local/server';
import { mountWebSimulator } from '../../local/web';

/**
 * A loopback server as `npm start` runs it (the web simulator mounted; a memory store, no DynamoDB file),
 * started before the tests of the describe block that calls this and closed after them. `logged` collects
 * its log lines.
 */
export function useSimulatorServer(): { readonly server: LocalServer; readonly logged: string[] } {
  let server: LocalServer | undefined;
  const logged: string[] = [];
  beforeAll(async () => {
    server = await startLocalServer({
      port: 0,
      dynamoPath: null,
      log: (line) => logged.push(line),
      mount: (app, ctx) => mountWebSimulator(app, ctx),
    });
  });
  afterAll(() => server?.close());
  return {
    get server(): LocalServer {
      if (!server) throw new Error('the simulator server is started in beforeAll: use it inside a test');
      return server;
    },
    logged,
  };
}
