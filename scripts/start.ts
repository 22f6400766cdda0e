/**
 * `npm start`: the skill as a local web service with a DynamoDB-compatible store on disk, no AWS or
 * Amazon account needed. Env: HOST (127.0.0.1), PORT (3000; 0 = any free port), VERIFY_REQUESTS=1,
 * LOCAL_TIME_ZONE (what the fake Settings API answers), SKILL_ID, TIME_ZONE_TIMEOUT_MS.
 */
import { readConfig } from '../lambda/config';
import { assertContentFolder, contentWarning } from '../local/contentCheck';
import { startLocalServer } from '../local/server';
import { swallowedFlags } from '../local/simulator/npmArgs';
import { banner, localTimeZone, parsePort, timeZoneTimeoutSetting, verifyRequestsSetting } from '../local/startBanner';
import { mountWebSimulator } from '../local/web';

// The SDK's notice about future Node versions concerns deployments, not this local tool; it would
// otherwise be the first thing every `npm start` prints.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const SETTINGS = ['HOST', 'PORT', 'VERIFY_REQUESTS', 'LOCAL_TIME_ZONE', 'CONTENT_DIR', 'SKILL_ID', 'TIME_ZONE_TIMEOUT_MS'];

// The settings are environment variables; a flag was ignored without a word (`npm start -- --port 4000` served 3000).
function refuseArguments(): void {
  const args = process.argv.slice(2);
  // `npm start --port 4000` (no --): npm keeps --port for itself (npm_config_port) and passes "4000" on.
  const kept = process.env.npm_lifecycle_event === 'start' ? swallowedFlags(SETTINGS.map((name) => name.toLowerCase())) : [];
  if (args.length === 0 && kept.length === 0) return;
  const given = [...kept.map((flag) => `--${flag}`), ...args].join(' ').slice(0, 80);
  throw new Error(
    `takes no flags or arguments (got ${JSON.stringify(given)}): its settings are environment variables, as in PORT=4000 npm start`,
  );
}

async function main(): Promise<void> {
  refuseArguments();
  const port = parsePort(process.env.PORT);
  const verifyRequests = verifyRequestsSetting(process.env.VERIFY_REQUESTS);
  timeZoneTimeoutSetting(process.env.TIME_ZONE_TIMEOUT_MS);
  const config = readConfig();
  const timeZone = localTimeZone(process.env.LOCAL_TIME_ZONE);
  assertContentFolder();
  const server = await startLocalServer({
    host: process.env.HOST || '127.0.0.1',
    port,
    verifyRequests,
    skillOptions: { skillId: config.skillId, timeZoneTimeoutMs: config.timeZoneTimeoutMs },
    mount: (app, ctx) => mountWebSimulator(app, ctx, { skillId: config.skillId }),
  });
  console.log(banner(server, timeZone));
  // On stderr, after the banner, where a developer looks first: a broken content file would otherwise
  // show only as a log line on the first request that needs it.
  for (const line of contentWarning()) console.error(line);

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
