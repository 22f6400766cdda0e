/**
 * The simulator's JSON API under /simulator/api: config, a turn, a new session, a user reset, the
 * stored context. Every answer is JSON and never cached; bad input is HTTP 400 `{ error, field }`, and
 * anything unexpected a 500 whose details stay in the server log.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import type { UserStore } from '../../lambda/persistence/port';
import { DEFAULT_USER_ID } from '../../tools/envelopes';
import { encodingMismatch } from '../bodyErrors';
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
import { diffContext } from './contextDiff';
import type { ConversationPool } from './conversations';
import { exportDialog } from './dialogExport';
import { intentsOf, readDirectTurn, sendDirect } from './directTurns';
import { prepareRecording, recordingOf, recordTurn, restartRecording } from './recorder';

/** Turns kept per conversation (the page keeps its own transcript). */
export const TURNS_KEPT = 20;

export interface ApiDeps {
  store: UserStore;
  pool: ConversationPool;
  defaults: ValidationDefaults & { timeZoneSource: string; skillId: string };
}

function sendError(res: Response, status: number, error: string, field?: string): void {
  res.status(status).json(field ? { error, field } : { error });
}

function objectBody(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new InputError('send a JSON object (Content-Type: application/json)');
  }
  return body as Record<string, unknown>;
}

/** This server as the request reached it (its socket's address, not the Host header): the apiEndpoint for the shared skill. */
function ownUrl(req: Request): string | undefined {
  const address = req.socket.localAddress?.replace(/^::ffff:/, '');
  const port = req.socket.localPort;
  if (!address || !port) return undefined;
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
}

function supportedTimeZones(): string[] {
  try {
    return (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf('timeZone');
  } catch {
    return ['UTC', 'America/Los_Angeles', 'America/New_York', 'Europe/London', 'Europe/Berlin'];
  }
}

const ENDPOINT_METHODS: Record<string, 'GET' | 'POST'> = {
  '/config': 'GET',
  '/user': 'GET',
  '/turn': 'POST',
  '/new-session': 'POST',
  '/reset': 'POST',
  '/dialog': 'POST',
};

export function apiRouter({ store, pool, defaults }: ApiDeps): express.Router {
  const models = defaults.models;
  const api = express.Router();
  api.use(express.json({ limit: '32kb' }));
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  api.get('/config', (_req, res) => {
    res.json({
      locales: models.locales().map((locale) => ({
        locale,
        invocationName: models.model(locale).invocationName,
        examples: models.examplePhrases(locale).map((p) => p.replace(/^alexa,?\s*/i, '')),
        intents: intentsOf(models, locale),
      })),
      defaultLocale: defaults.defaultLocale,
      defaultTimeZone: defaults.defaultTimeZone,
      timeZoneSource: defaults.timeZoneSource,
      defaultUser: DEFAULT_USER_ID.replace(/^amzn1\.ask\.account\./, ''),
      skillId: defaults.skillId,
      timeZones: supportedTimeZones(),
      maxUtteranceChars: MAX_UTTERANCE_CHARS,
      maxConversations: pool.maxConversations,
    });
  });

  api.get('/user', async (req, res) => {
    // ?userId=a&userId=b (or userId[x]=…) showed the default user's context as if it were asked for.
    if (req.query.userId !== undefined && typeof req.query.userId !== 'string')
      throw new InputError('userId must be given once, as a name or an amzn1.ask.account… id', 'userId');
    const userId = readUserId({ userId: req.query.userId });
    res.json({ userId, ...(await storedContext(store, userId)) });
  });

  api.post('/turn', async (req, res) => {
    const input = readTurnInput(req.body, defaults);
    // Checked before the conversation is touched: a bad intent or envelope changes nothing.
    const direct = readDirectTurn(objectBody(req.body), models, input.locale, req.socket.localPort);
    const entry = pool.obtain(input.conversationId, { ...input, apiEndpoint: ownUrl(req) });
    const result = await pool.run(entry, async () => {
      const notes = applySettings(entry, input);
      prepareRecording(entry);
      const before = await storedContext(store, entry.conversation.userId);
      entry.skillMs.length = 0;
      const turn = direct ? await sendDirect(entry, direct) : await entry.conversation.say(input.utterance);
      const skillMs = [...entry.skillMs];
      entry.turnCount += 1;
      recordTurn(entry, turn, direct?.kind, Object.keys(before.stored ?? {}).length > 0);
      const turns = entry.conversation.turns;
      if (turns.length > TURNS_KEPT) turns.splice(0, turns.length - TURNS_KEPT);
      const user = await storedContext(store, entry.conversation.userId);
      return {
        conversationId: entry.id,
        turn: { ...turnJson(turn, notes), index: entry.turnCount, input: direct?.kind ?? 'utterance' },
        latency: { skillMs: skillMs.reduce((sum, ms) => sum + ms, 0), calls: skillMs },
        session: sessionJson(entry),
        settings: settingsJson(entry),
        user: { userId: entry.conversation.userId, ...user },
        storedDiff: before.storeError || user.storeError ? null : diffContext(before.stored, user.stored),
      };
    });
    res.json(result);
  });

  /** Forgets the open session (the next utterance needs the invocation name), like walking away from the device. */
  api.post('/new-session', async (req, res) => {
    const id = readConversationId(objectBody(req.body), true)!;
    const entry = pool.get(id);
    if (!entry) {
      res.json({ conversationId: id, session: { open: false, id: null, attributes: null }, known: false });
      return;
    }
    const hadSession = entry.conversation.sessionOpen;
    await pool.run(entry, async () => {
      entry.conversation.forgetSession();
      restartRecording(entry, 'New session was pressed');
    });
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
      if (entry) restartRecording(entry, 'Reset user was pressed');
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

  /** The conversation's recorded turns as a dialog file (dialogExport.ts), replayed before it is handed out. */
  api.post('/dialog', async (req, res) => {
    const id = readConversationId(objectBody(req.body), true)!;
    const entry = pool.get(id);
    if (!entry)
      throw new InputError(
        'no such conversation here (the server restarted, or it was the least recently used and dropped)',
        'conversationId',
      );
    const recording = await pool.run(entry, async () => {
      const current = recordingOf(entry);
      return current ? structuredClone(current) : undefined;
    });
    if (!recording?.turns.length) {
      const why = recording?.waitingForSessionEnd
        ? 'a session opened by an intent or envelope is still open: end it (say stop), then talk'
        : `say something first${recording?.restarted ? ` (the recording started again when ${recording.restarted})` : ''}`;
      throw new InputError(`nothing to save yet: ${why}`);
    }
    res.json(await exportDialog(recording, models));
  });

  // An endpoint that exists, asked with another method: 405 and the method it takes (a 404 said it did not exist).
  api.use((req, res, next) => {
    const allowed = ENDPOINT_METHODS[req.path];
    if (!allowed) return next();
    res.set('Allow', allowed === 'GET' ? 'GET, HEAD' : allowed);
    sendError(res, 405, `${req.path} takes ${allowed === 'GET' ? 'GET' : 'POST with a JSON object'}, not ${req.method}`);
  });
  api.use((_req, res) => sendError(res, 404, 'no such simulator API endpoint'));
  api.use(apiErrors);
  return api;
}

function apiErrors(error: unknown, req: Request, res: Response, _next: NextFunction): void {
  if (error instanceof InputError) {
    sendError(res, 400, error.message, error.field);
    return;
  }
  const mismatch = encodingMismatch(error, req.headers['content-encoding']);
  if (mismatch) {
    sendError(res, 400, mismatch);
    return;
  }
  const status = (error as { status?: number; statusCode?: number })?.status ?? (error as { statusCode?: number })?.statusCode;
  const type = (error as { type?: string })?.type;
  if (type === 'entity.parse.failed') {
    // body-parser's strict mode refuses valid JSON that is no object or array ("str", 42, null) with the same type.
    sendError(
      res,
      400,
      isJson((error as { body?: unknown }).body) ? 'send a JSON object, not a bare value' : 'the request body is not valid JSON',
    );
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
}

function isJson(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
