/**
 * `npm start`: the skill as a local web service with a DynamoDB-compatible store on disk, no AWS or
 * Amazon account needed. Env: HOST (127.0.0.1), PORT (3000; 0 = any free port), VERIFY_REQUESTS=1,
 * LOCAL_TIME_ZONE (what the fake Settings API answers), SKILL_ID, TIME_ZONE_TIMEOUT_MS.
 */
import { relative } from 'node:path';
import { readConfig } from '../lambda/config';
import { type LocalServer, startLocalServer } from '../local/server';
import { mountWebSimulator } from '../local/web';

// The SDK's notice about future Node versions concerns deployments, not this local tool; it would
// otherwise be the first thing every `npm start` prints.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number (0-65535), got "${raw}"`);
  return port;
}

function banner(server: LocalServer): string {
  const sample = (name: string) => `curl -sS ${server.url}/ -H 'Content-Type: application/json' -d @scripts/sample-requests/${name}.json`;
  const lines = [
    `Fortune Cookie skill listening on ${server.url}  (POST / or /alexa; GET /health)`,
    `  user data: ${server.dataPath ? relative(process.cwd(), server.dataPath) || '.' : 'in memory'} (dynalite at ${server.dynamo.endpoint}, table ${server.tableName})`,
    server.verifyRequests
      ? '  request verification: ON (signature + timestamp; unsigned requests get HTTP 400)'
      : '  request verification: OFF on loopback (VERIFY_REQUESTS=1 turns it on)',
    ...(server.exposed
      ? [
          `  bound to ${server.host}, off loopback: only POST / and GET /health are served, every request must be signed by Alexa;`,
          '  the web simulator and the fake Settings API are not mounted (they act as any user; use HOST=127.0.0.1 for them)',
        ]
      : [
          `  time zone: fake Settings API at ${server.url}/v2/devices/{deviceId}/settings/System.timeZone`,
          `  web simulator: ${server.url}/simulator  (answers only to 127.0.0.1, localhost and [::1]; cross-site requests refused)`,
        ]),
    '',
    'Try it:',
    `  ${sample('launch')}`,
    `  ${sample('tip')}`,
  ];
  if (server.verifyRequests) {
    lines.push('  (unsigned, these get HTTP 400 while verification is on: only Alexa can sign requests)');
  } else if (!server.url.endsWith(':3000')) {
    lines.push("  (the samples' apiEndpoint is http://127.0.0.1:3000, so on this port the time zone falls back to UTC)");
  }
  lines.push('', 'Ctrl+C stops the server.');
  return lines.join('\n');
}

async function main(): Promise<void> {
  const config = readConfig();
  const server = await startLocalServer({
    host: process.env.HOST || '127.0.0.1',
    port: parsePort(process.env.PORT),
    verifyRequests: process.env.VERIFY_REQUESTS === '1',
    skillOptions: { skillId: config.skillId, timeZoneTimeoutMs: config.timeZoneTimeoutMs },
    mount: (app, ctx) => mountWebSimulator(app, ctx, { skillId: config.skillId }),
  });
  console.log(banner(server));

  let stopping = false;
  const stop = (signal: string) => {
    // A second Ctrl+C means "now": skip waiting for the store to flush.
    if (stopping) process.exit(130);
    stopping = true;
    console.log(`\n${signal}: stopping the server and the local store...`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`error while stopping: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`npm start: ${(error as Error)?.message ?? String(error)}`);
  process.exit(1);
});
