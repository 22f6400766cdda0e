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
import express, { type NextFunction, type Request, type Response } from 'express';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import type { UserStore } from '../../lambda/persistence/port';
import { DEFAULT_USER_ID } from '../../tools/envelopes';
import { setDeviceTimeZone } from '../settingsApi';
import { defaultModels, type ModelSource } from '../simulator/model';
import type { SkillLike } from '../simulator/session';
import {
  applySettings,
  deleteStoredContext,
  InputError,
  MAX_UTTERANCE_CHARS,
  readConversationId,
  readTurnInput,
  readUserId,
  sessionJson,
  settingsJson,
  storedContext,
  turnJson,
  type ValidationDefaults,
} from './api';
import { clientBundle } from './bundle';
import { ConversationPool, type ConversationPoolOptions, DEFAULT_MAX_CONVERSATIONS, type SharedSkill } from './conversations';

export { InputError, readTurnInput } from './api';
export { ConversationPool } from './conversations';

export const SIMULATOR_PATH = '/simulator';
const API = `${SIMULATOR_PATH}/api`;
const PUBLIC_DIR = join(__dirname, 'public');
/** Turns kept per conversation (the page keeps its own transcript). */
const TURNS_KEPT = 20;

export interface WebSimulatorOptions {
  /** Where user context lives (the local server's store); default: in memory. */
  store?: UserStore;
  models?: ModelSource;
  /** Conversations kept in memory; the least recently used is dropped beyond this. */
  maxConversations?: number;
  /** Phrasing choice for the skill (default Math.random). */
  random?: () => number;
  defaultLocale?: string;
  /** The time zone the Settings API answers when the page sends none. */
  defaultTimeZone?: string;
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
}

const PAGE_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function sendError(res: Response, status: number, error: string, field?: string): void {
  res.status(status).json(field ? { error, field } : { error });
}

/** Builds the router (page, assets, JSON API) and the conversation pool behind it. */
export function createWebSimulator(options: WebSimulatorOptions = {}): WebSimulator {
  const store = options.store ?? new MemoryUserStore();
  const models = options.models ?? defaultModels();
  const locales = models.locales();
  const defaults: ValidationDefaults = {
    models,
    defaultLocale: options.defaultLocale ?? (locales.includes('en-US') ? 'en-US' : (locales[0] ?? 'en-US')),
    defaultTimeZone: options.defaultTimeZone ?? 'America/Los_Angeles',
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

  const api = express.Router();
  api.use(express.json({ limit: '32kb' }));
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  api.get('/config', (_req, res) => {
    let timeZones: string[] = [];
    try {
      timeZones = (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf('timeZone');
    } catch {
      timeZones = ['UTC', 'America/Los_Angeles', 'America/New_York', 'Europe/London', 'Europe/Berlin'];
    }
    res.json({
      locales: locales.map((locale) => ({
        locale,
        invocationName: models.model(locale).invocationName,
        examples: models.examplePhrases(locale).map((p) => p.replace(/^alexa,?\s*/i, '')),
      })),
      defaultLocale: defaults.defaultLocale,
      defaultTimeZone: defaults.defaultTimeZone,
      defaultUser: DEFAULT_USER_ID.replace(/^amzn1\.ask\.account\./, ''),
      timeZones,
      maxUtteranceChars: MAX_UTTERANCE_CHARS,
      maxConversations: pool.maxConversations,
    });
  });

  api.get('/user', async (req, res) => {
    const userId = readUserId({ userId: typeof req.query.userId === 'string' ? req.query.userId : undefined });
    res.json({ userId, ...(await storedContext(store, userId)) });
  });

  api.post('/turn', async (req, res) => {
    const input = readTurnInput(req.body, defaults);
    const entry = pool.obtain(input.conversationId, { ...input, apiEndpoint: ownUrl(req) });
    const result = await pool.run(entry, async () => {
      const notes = applySettings(entry, input);
      const turn = await entry.conversation.say(input.utterance);
      entry.turnCount += 1;
      const turns = entry.conversation.turns;
      if (turns.length > TURNS_KEPT) turns.splice(0, turns.length - TURNS_KEPT);
      const user = await storedContext(store, entry.conversation.userId);
      return {
        conversationId: entry.id,
        turn: { ...turnJson(turn, notes), index: entry.turnCount },
        session: sessionJson(entry),
        settings: settingsJson(entry),
        user: { userId: entry.conversation.userId, ...user },
      };
    });
    res.json(result);
  });

  /** Forgets the open session (the next utterance needs the invocation name), like walking away from the device. */
  api.post('/new-session', async (req, res) => {
    const body = objectBody(req.body);
    const id = readConversationId(body, true)!;
    const entry = pool.get(id);
    if (!entry) {
      res.json({ conversationId: id, session: { open: false, id: null, attributes: null }, known: false });
      return;
    }
    const hadSession = entry.conversation.sessionOpen;
    await pool.run(entry, async () => entry.conversation.forgetSession());
    res.json({ conversationId: id, session: sessionJson(entry), known: true, hadSession });
  });

  /** Deletes the user's stored context (and forgets the conversation's open session). */
  api.post('/reset', async (req, res) => {
    const body = objectBody(req.body);
    const userId = readUserId(body);
    const id = readConversationId(body, false);
    const entry = id ? pool.get(id) : undefined;
    const work = async () => {
      entry?.conversation.forgetSession();
      await deleteStoredContext(store, userId);
      return storedContext(store, userId);
    };
    const user = entry ? await pool.run(entry, work) : await work();
    res.json({
      conversationId: id ?? null,
      session: entry ? sessionJson(entry) : { open: false, id: null, attributes: null },
      user: { userId, ...user },
    });
  });

  api.use((_req, res) => sendError(res, 404, 'no such simulator API endpoint'));
  api.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof InputError) {
      sendError(res, 400, error.message, error.field);
      return;
    }
    const status = (error as { status?: number; statusCode?: number })?.status ?? (error as { statusCode?: number })?.statusCode;
    const type = (error as { type?: string })?.type;
    if (type === 'entity.parse.failed') {
      sendError(res, 400, 'the request body is not valid JSON');
      return;
    }
    if (type === 'entity.too.large') {
      sendError(res, 413, 'the request body is too large');
      return;
    }
    // Only messages http-errors marks as safe to show (`expose`) reach the page; the rest stay in the log.
    if (typeof status === 'number' && status >= 400 && status < 500) {
      sendError(res, status, (error as { expose?: boolean }).expose === true ? (error as Error).message : 'bad request');
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`web simulator: ${error instanceof Error && error.stack ? error.stack : message}\n`);
    sendError(res, 500, 'the simulator failed (details in the server log)');
  });
  router.use(API, api);

  return { router, pool, store };
}

/** This server as the request reached it (its socket's address, not the Host header): the apiEndpoint for the shared skill. */
function ownUrl(req: Request): string | undefined {
  const address = req.socket.localAddress?.replace(/^::ffff:/, '');
  const port = req.socket.localPort;
  if (!address || !port) return undefined;
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
}

function objectBody(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new InputError('send a JSON object (Content-Type: application/json)');
  }
  return body as Record<string, unknown>;
}

/**
 * For the local server's mount hook (`mount: (app, ctx) => mountWebSimulator(app, ctx)`): the page
 * talks to the server's skill on the server's store, so what the page stores is what POST / (the
 * skill endpoint) sees, and the other way round; the time zone goes through the fake Settings API.
 */
export function mountWebSimulator(app: express.Express, ctx: MountContext = {}, options: WebSimulatorOptions = {}): WebSimulator {
  const shared: SharedSkill | undefined = ctx.skill ? { skill: ctx.skill, setDeviceTimeZone } : undefined;
  const simulator = createWebSimulator({ store: ctx.store, shared, ...options });
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
