import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import type { Skill } from 'ask-sdk-core';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { isValidTimeZone } from '../lambda/domain/timeZone';
import { DynamoDbUserStore } from '../lambda/persistence/dynamoDbStore';
import { buildSkill, type SkillOptions } from '../lambda/skill';
import { encodingMismatch } from './bodyErrors';
import { type LocalDynamo, startLocalDynamo } from './dynamoLocal';
import { ALEXA_API_ENDPOINTS, alexaEndpoint } from './security/alexaEndpoint';
import { hostGuard, loopbackHosts, originGuard } from './security/loopbackGuards';
import { AlexaRequestVerifier } from './security/requestVerification';
import { settingsApiRouter } from './settingsApi';

/**
 * The skill as an HTTPS-style web service on this machine: the same buildSkill() and DynamoDbUserStore
 * as on Lambda, with dynalite standing in for DynamoDB and a fake Settings API for the time zone.
 */
export const DEFAULT_TABLE_NAME = 'fortune-cookie-users';
export const DEFAULT_DATA_PATH = resolve(__dirname, '..', '.data', 'dynalite');

export interface LocalServerContext {
  skill: Skill;
  store: DynamoDbUserStore;
  dynamo: LocalDynamo;
  tableName: string;
  /** The server's timeZone option, when given: what the fake Settings API answers (the web page's default too). */
  timeZone?: string;
}

export interface LocalServerOptions {
  /** Default 127.0.0.1. Any non-loopback host turns request verification on. */
  host?: string;
  /** Default 3000; 0 picks a free port. */
  port?: number;
  /** Data folder of the local DynamoDB; default .data/dynalite; null keeps the data in memory (tests). */
  dynamoPath?: string | null;
  tableName?: string;
  /** Verify signature and timestamp on a loopback host too (off there by default). */
  verifyRequests?: boolean;
  /** What the fake Settings API answers for devices without an override (else LOCAL_TIME_ZONE). */
  timeZone?: string;
  /** Further skill dependencies (skillId, clock, randomness); the store is always the local DynamoDB one. */
  skillOptions?: Omit<SkillOptions, 'store'>;
  /** Adds routes (the web simulator) after the skill's own; on loopback only. */
  mount?: (app: Express, ctx: LocalServerContext) => void;
  /** Where refused requests are reported (default: stderr). */
  log?: (line: string) => void;
  /** Request verification's certificate source and clock (tests). */
  verifier?: AlexaRequestVerifier;
}

export interface LocalServer extends LocalServerContext {
  /** e.g. http://127.0.0.1:3000 (also what envelopes put in context.System.apiEndpoint). */
  url: string;
  host: string;
  port: number;
  verifyRequests: boolean;
  /**
   * True when bound off loopback: then only POST / (and /alexa) and GET /health are served, always
   * verified; the simulator and the fake Settings API, which act as any user, are not mounted at all.
   */
  exposed: boolean;
  /** The data folder, or null when in memory. */
  dataPath: string | null;
  close(): Promise<void>;
}

export async function startLocalServer(options: LocalServerOptions = {}): Promise<LocalServer> {
  const host = options.host ?? '127.0.0.1';
  if (options.timeZone !== undefined && !isValidTimeZone(options.timeZone)) {
    throw new Error(`timeZone option "${options.timeZone}" is not an IANA time zone (such as Europe/Berlin)`);
  }
  // The rule lives here, not in the CLI: a server reachable from other machines always verifies.
  const verifyRequests = !isLoopback(host) || options.verifyRequests === true;
  const tableName = options.tableName ?? DEFAULT_TABLE_NAME;
  const dataPath = options.dynamoPath === null ? null : (options.dynamoPath ?? DEFAULT_DATA_PATH);

  const dynamo = await startLocalDynamo(dataPath ? { path: dataPath } : {});
  try {
    await dynamo.createUserTable(tableName);
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
  const store = new DynamoDbUserStore({ tableName, client: dynamo.client() });
  const skill = buildSkill({ ...options.skillOptions, store });
  const ctx: LocalServerContext = { skill, store, dynamo, tableName, timeZone: options.timeZone };

  const exposed = !isLoopback(host);
  const log = options.log ?? ((line: string) => console.error(`[server] ${line}`));
  let port = 0;
  const ownOrigins = () => loopbackHosts(port).map((name) => `http://${name}`);

  const app = express();
  app.disable('x-powered-by');
  // On loopback every route answers only to loopback names (DNS rebinding); everywhere, a browser's
  // cross-site request that would change state is refused.
  if (!exposed) app.use(hostGuard(() => port, log));
  app.use(originGuard(ownOrigins, log));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', verifyRequests, exposed, ...(exposed ? {} : { table: tableName, dynamoEndpoint: dynamo.endpoint }) });
  });
  app.post(
    ['/', '/alexa'],
    ...alexaEndpoint({
      skill,
      verifier: verifyRequests ? (options.verifier ?? new AlexaRequestVerifier()) : undefined,
      allowedApiEndpoints: () => [...ALEXA_API_ENDPOINTS, ...(exposed ? [] : ownOrigins())],
      log,
    }),
  );
  if (!exposed) {
    app.use(settingsApiRouter(options.timeZone));
    options.mount?.(app, ctx);
  }
  // The skill's and the health check's paths asked with another method: 405 and the one they take (GET /alexa
  // said "404 not found", as if the skill were not there). After the mount, whose GET / sends a browser to the page.
  const wrongMethod = (allowed: string, what: string) => (req: express.Request, res: express.Response) => {
    log(`${req.method} ${req.path} 405: takes ${allowed}`);
    res.status(405).set('Allow', allowed).type('text/plain').send(`405 ${req.path} takes ${what}, not ${req.method}\n`);
  };
  app.all(['/', '/alexa'], wrongMethod('POST', 'POST with a request envelope (Content-Type: application/json)'));
  app.all('/health', wrongMethod('GET, HEAD', 'GET'));
  app.use((_req, res) => {
    res.status(404).type('text/plain').send('404 not found\n');
  });
  app.use(oneLineErrors(log));

  let server: Server;
  try {
    server = await listen(app, options.port ?? 3000, host);
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
  port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  return {
    ...ctx,
    url: `http://${urlHost(host)}:${port}`,
    host,
    port,
    verifyRequests,
    exposed,
    dataPath,
    close() {
      closing ??= (async () => {
        const closed = new Promise<void>((done) => server.close(() => done()));
        server.closeAllConnections();
        await closed;
        await dynamo.stop();
      })();
      return closing;
    },
  };
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));
}

function urlHost(host: string): string {
  // A wildcard bind is reachable on loopback; that is the address local tools should use.
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return isIP(host) === 6 ? `[${host}]` : host;
}

function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolvePromise, reject) => {
    const server = app.listen(port, host);
    server.once('listening', () => resolvePromise(server));
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, host, port)));
  });
}

/**
 * Why the server could not listen, in one line that names the setting (HOST or PORT) and its value and says
 * what to do: node's own messages ("getaddrinfo ENOTFOUND x", "listen EACCES") name neither.
 */
export function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  const shownHost = JSON.stringify(host.slice(0, 80));
  switch (error.code) {
    case 'EADDRINUSE':
      return new Error(`PORT ${port} on ${host} is already in use (set PORT to another port, or PORT=0 for any free one)`);
    case 'EACCES':
      return new Error(
        `PORT ${port} needs privileges this user lacks (ports below 1024 do): set PORT to 1024-65535, or PORT=0 for any free one`,
      );
    case 'EADDRNOTAVAIL':
      return new Error(
        `HOST ${shownHost} is not an address of this machine, so nothing can listen on it (use 127.0.0.1, or one of its own addresses)`,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
    case 'EAI_NONAME':
      return new Error(
        `HOST ${shownHost} is neither an IP address nor a name this machine can resolve (use 127.0.0.1, localhost or one of its own addresses)`,
      );
    default:
      return new Error(`cannot listen on HOST ${shownHost} PORT ${port}: ${error.code ?? error.message}`);
  }
}

/**
 * Body errors (too large, bad encoding) and route errors: a short answer, logged. Only the messages
 * body-parser marks as safe to show (4xx, `expose`) reach the wire; anything else is a plain 500.
 */
function oneLineErrors(log: (line: string) => void): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 600 ? error.status : 500;
    const mismatch = encodingMismatch(error, req.headers['content-encoding']);
    const message =
      mismatch ?? (status < 500 && error?.expose === true ? String(error.message) : 'internal error (details in the server log)');
    log(
      `${req.method} ${req.path} ${status}: ${mismatch ? 'content encoding mismatch' : (error?.type ?? error?.name ?? 'error')}${status >= 500 ? ` ${String(error?.message ?? '').slice(0, 200)}` : ''}`,
    );
    res.status(status).type('text/plain').send(`${status} ${message}\n`);
  };
}
