/**
 * What `npm start` prints at start: where the skill listens, where user data lives, whether requests are
 * verified, and what is mounted (off loopback the simulator and the fake Settings API are not, and the
 * banner says so). Kept apart from scripts/start.ts so a test can read it without starting a server.
 */
import { relative } from 'node:path';
import { isValidTimeZone } from '../lambda/domain/timeZone';
import type { LocalServer } from './server';
import { DEFAULT_LOCAL_TIME_ZONE } from './settingsApi';

export type BannerFacts = Pick<LocalServer, 'url' | 'host' | 'dataPath' | 'tableName' | 'verifyRequests' | 'exposed'> & {
  dynamo: { endpoint: string };
};

/** PORT: digits only, as Number() would also take " 3000", "0x10" (port 16) and "1e3" (port 1000) without a word. */
export function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 3000;
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(port >= 0 && port <= 65535))
    throw new Error(`PORT must be a port number (0-65535; 0 = any free port), got ${JSON.stringify(raw.slice(0, 40))}`);
  return port;
}

/**
 * VERIFY_REQUESTS: "1" is on, unset, "" or "0" off; anything else ("true", "yes", "on") would be off without a
 * word while the developer believes verification is on, so it refuses to start.
 */
export function verifyRequestsSetting(raw: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === '0') return false;
  if (raw === '1') return true;
  throw new Error(`VERIFY_REQUESTS must be 1 (verify on loopback too) or 0 (off on loopback), got ${JSON.stringify(raw.slice(0, 40))}`);
}

/** TIME_ZONE_TIMEOUT_MS: the skill's config falls back to 400 for anything that is not a positive number; say so instead. */
export function timeZoneTimeoutSetting(raw: string | undefined): void {
  if (raw === undefined || raw === '') return;
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms <= 0)
    throw new Error(
      `TIME_ZONE_TIMEOUT_MS must be a positive number of milliseconds (default 400), got ${JSON.stringify(raw.slice(0, 40))}`,
    );
}

/**
 * LOCAL_TIME_ZONE for `npm start`: unset is the default zone; a value that is no time zone refuses to start
 * (the Settings API would otherwise answer the default without a word, and daily content would follow it).
 */
export function localTimeZone(raw: string | undefined): { zone: string; source: string } {
  if (raw === undefined || raw === '') return { zone: DEFAULT_LOCAL_TIME_ZONE, source: 'default; LOCAL_TIME_ZONE sets it' };
  if (!isValidTimeZone(raw))
    throw new Error(`LOCAL_TIME_ZONE must be an IANA time zone such as Europe/Berlin, got "${String(raw).slice(0, 40)}"`);
  return { zone: raw, source: 'LOCAL_TIME_ZONE' };
}

export function banner(server: BannerFacts, timeZone = localTimeZone(undefined)): string {
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
          `  time zone: ${timeZone.zone} (${timeZone.source}), from the fake Settings API at ${server.url}/v2/devices/{deviceId}/settings/System.timeZone`,
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
