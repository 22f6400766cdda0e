/**
 * Child process of the benchmark (bundled to dist/bench/servers.js): the production configuration's
 * peers on loopback, in their own process so the parent can time other children with spawnSync while
 * these keep answering: the DynamoDB-compatible server (dynalite) with the user table created before
 * any timing, and a stand-in for the Alexa Settings API answering the time zone.
 * Prints one line `SERVERS {"dynamoEndpoint":…,"settingsEndpoint":…}` when ready; exits when stdin closes.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startLocalDynamo } from '../../local/dynamoLocal';
import { BENCH_TABLE } from './shared';

async function main(): Promise<void> {
  const dynamo = await startLocalDynamo({});
  await dynamo.createUserTable(BENCH_TABLE);
  const settings = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify('Europe/Berlin'));
  });
  await new Promise<void>((resolve) => settings.listen(0, '127.0.0.1', resolve));
  const settingsEndpoint = `http://127.0.0.1:${(settings.address() as AddressInfo).port}`;
  process.stdout.write(`SERVERS ${JSON.stringify({ dynamoEndpoint: dynamo.endpoint, settingsEndpoint })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    settings.closeAllConnections();
    settings.close();
    void dynamo.stop().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
