/**
 * The web simulator: a page at GET /simulator where a developer types what they would say to Alexa
 * and sees the conversation, the request and response JSON, session and stored attributes, the NLU
 * explanation and the SSML checked against the platform rules, and can hear the speech through the
 * browser's speech synthesis. Mounted on the local server (`npm start`) through its mount hook:
 *
 *   startLocalServer({ mount: (app, ctx) => mountWebSimulator(app, ctx) })
 *
 * The page is local/web/public (HTML, CSS) and local/web/client (TypeScript modules, bundled by esbuild
 * in memory when the simulator is created: bundle.ts), served from here: no framework, nothing from a CDN. The JSON API under /simulator/api keeps simulator Conversations in
 * memory per conversation id (bounded). Local tooling only: nothing here enters the Lambda bundle.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express, { type Request, type Response } from 'express';
import { isValidTimeZone } from '../../lambda/domain/timeZone';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import type { UserStore } from '../../lambda/persistence/port';
import { DEFAULT_SKILL_ID } from '../../tools/envelopes';
import { DEFAULT_LOCAL_TIME_ZONE, setDeviceTimeZone } from '../settingsApi';
import { defaultModels, type ModelSource } from '../simulator/model';
import type { SkillLike } from '../simulator/session';
import { clientBundle } from './bundle';
import { ConversationPool, type ConversationPoolOptions, DEFAULT_MAX_CONVERSATIONS, type SharedSkill } from './conversations';
import { apiRouter } from './routes';

export { InputError, readTurnInput } from './api';
export { ConversationPool } from './conversations';

export const SIMULATOR_PATH = '/simulator';
const API = `${SIMULATOR_PATH}/api`;
const PUBLIC_DIR = join(__dirname, 'public');

export interface WebSimulatorOptions {
  /** Where user context lives (the local server's store); default: in memory. */
  store?: UserStore;
  models?: ModelSource;
  /** Conversations kept in memory; the least recently used is dropped beyond this. */
  maxConversations?: number;
  /** Phrasing choice for the skill (default Math.random). */
  random?: () => number;
  defaultLocale?: string;
  /** The time zone the page starts with (default: what the fake Settings API answers, see serverTimeZone). */
  defaultTimeZone?: string;
  /** The local server's timeZone option (MountContext.timeZone): what its fake Settings API answers, before LOCAL_TIME_ZONE. */
  settingsTimeZone?: string;
  /**
   * The local server's skill and fake Settings API: conversations talk to that skill, each as its own
   * device whose time zone the fake Settings API answers. Without it, each conversation builds the
   * skill in-process on `store` with the page's time zone injected.
   */
  shared?: SharedSkill;
  /** Builds an in-process skill for a conversation (tests). */
  skillFor?: ConversationPoolOptions['skillFor'];
  /** The skill id in the envelopes: the server's SKILL_ID when it rejects other ids (default: the local test id). */
  skillId?: string;
  /** GET / from a browser (Accept: text/html) redirects to the page (default true). POST / is never touched. */
  redirectRoot?: boolean;
}

export interface WebSimulator {
  router: express.Router;
  pool: ConversationPool;
  store: UserStore;
}

/** What the web simulator takes from the local server's mount hook (a LocalServerContext fits). */
export interface MountContext {
  /** The server's skill: conversations talk to it, each as its own device of the fake Settings API. */
  skill?: SkillLike;
  /** The server's store: what the page stores is what POST / sees. */
  store?: UserStore;
  /** The server's timeZone option, when given: its fake Settings API answers it, so the page starts with it. */
  timeZone?: string;
}

const PAGE_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** Builds the router (page, assets, JSON API) and the conversation pool behind it. */
export function createWebSimulator(options: WebSimulatorOptions = {}): WebSimulator {
  const store = options.store ?? new MemoryUserStore();
  const models = options.models ?? defaultModels();
  const locales = models.locales();
  const defaults = {
    models,
    defaultLocale: options.defaultLocale ?? (locales.includes('en-US') ? 'en-US' : (locales[0] ?? 'en-US')),
    ...serverTimeZone(options.defaultTimeZone, options.settingsTimeZone),
    skillId: options.skillId ?? DEFAULT_SKILL_ID,
  };
  const pool = new ConversationPool({
    store,
    models,
    random: options.random,
    shared: options.shared,
    skillFor: options.skillFor,
    skillId: options.skillId,
    maxConversations: options.maxConversations ?? DEFAULT_MAX_CONVERSATIONS,
  });
  const router = express.Router();

  if (options.redirectRoot !== false) {
    router.get('/', (req, res, next) => {
      const accept = req.get('accept') ?? '';
      if (/\btext\/html\b/i.test(accept)) res.redirect(302, SIMULATOR_PATH);
      else next();
    });
  }

  const page = (_req: Request, res: Response) => {
    res.set(PAGE_HEADERS);
    res.sendFile(join(PUBLIC_DIR, 'index.html'));
  };
  router.get(SIMULATOR_PATH, page);
  router.get(`${SIMULATOR_PATH}/`, page);
  const script = clientBundle();
  router.get(`${SIMULATOR_PATH}/assets/app.js`, (_req, res) => {
    res.set({ 'Content-Type': 'text/javascript; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
    res.send(script);
  });
  router.use(
    `${SIMULATOR_PATH}/assets`,
    express.static(PUBLIC_DIR, {
      index: false,
      fallthrough: false,
      setHeaders: (res) => {
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );

  router.use(API, apiRouter({ store, pool, defaults }));

  return { router, pool, store };
}

/**
 * The page's default time zone and where it comes from: the simulator's option, else what the server's
 * fake Settings API answers a device without an override (the server's timeZone option, else its
 * LOCAL_TIME_ZONE, else that API's own default), so the page starts where the server's devices are.
 */
export function serverTimeZone(option?: string, settingsOption?: string): { defaultTimeZone: string; timeZoneSource: string } {
  if (option) return { defaultTimeZone: option, timeZoneSource: 'the simulator option' };
  if (settingsOption) return { defaultTimeZone: settingsOption, timeZoneSource: "the server's timeZone option" };
  const env = process.env.LOCAL_TIME_ZONE;
  if (env && isValidTimeZone(env)) return { defaultTimeZone: env, timeZoneSource: "the server's LOCAL_TIME_ZONE" };
  const why = env ? `LOCAL_TIME_ZONE "${env.slice(0, 40)}" is not a time zone` : 'LOCAL_TIME_ZONE is not set';
  return { defaultTimeZone: DEFAULT_LOCAL_TIME_ZONE, timeZoneSource: `the server's default (${why})` };
}

/**
 * For the local server's mount hook (`mount: (app, ctx) => mountWebSimulator(app, ctx)`): the page
 * talks to the server's skill on the server's store, so what the page stores is what POST / (the
 * skill endpoint) sees, and the other way round; the time zone goes through the fake Settings API.
 */
export function mountWebSimulator(app: express.Express, ctx: MountContext = {}, options: WebSimulatorOptions = {}): WebSimulator {
  const shared: SharedSkill | undefined = ctx.skill ? { skill: ctx.skill, setDeviceTimeZone } : undefined;
  const simulator = createWebSimulator({ store: ctx.store, shared, settingsTimeZone: ctx.timeZone, ...options });
  app.use(simulator.router);
  return simulator;
}

export interface RunningWebSimulator extends WebSimulator {
  app: express.Express;
  server: Server;
  /** http://127.0.0.1:PORT */
  url: string;
  close(): Promise<void>;
}

/** The web simulator on its own (tests, or before the local server exists): an express app on 127.0.0.1. */
export async function startWebSimulator(
  options: WebSimulatorOptions & { port?: number; host?: string } = {},
): Promise<RunningWebSimulator> {
  const { port = 0, host = '127.0.0.1', ...rest } = options;
  const app = express();
  app.disable('x-powered-by');
  const simulator = mountWebSimulator(app, {}, rest);
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    ...simulator,
    app,
    server,
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
