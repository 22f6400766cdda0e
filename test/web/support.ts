import '../../local/simulator/quiet';
import { type LocalServer, startLocalServer } from '../../local/server';
import { seededRandom } from '../../local/simulator/localSkill';
import { mountWebSimulator, type WebSimulator } from '../../local/web';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export interface TestServer {
  server: LocalServer;
  simulator: WebSimulator;
  url: string;
  close(): Promise<void>;
}

/**
 * The local server as `npm start` runs it (skill at POST /, fake Settings API, DynamoDB-compatible
 * store), in memory on a free port, with the web simulator mounted through the server's hook.
 */
export async function startTestServer(
  options: {
    maxConversations?: number;
    seed?: number;
    localTimeZone?: string;
    /** The server's timeZone option (startLocalServer). */
    timeZone?: string;
    log?: (line: string) => void;
  } = {},
): Promise<TestServer> {
  let simulator: WebSimulator | undefined;
  // LOCAL_TIME_ZONE as `npm start` would have it, for the mount (which reads it) only.
  const saved = process.env.LOCAL_TIME_ZONE;
  if (options.localTimeZone) process.env.LOCAL_TIME_ZONE = options.localTimeZone;
  const server = await startLocalServer({
    port: 0,
    dynamoPath: null,
    timeZone: options.timeZone,
    log: options.log,
    skillOptions: { random: seededRandom(options.seed ?? 7) },
    mount: (app, ctx) => {
      simulator = mountWebSimulator(app, ctx, { maxConversations: options.maxConversations });
    },
  }).finally(() => {
    if (saved === undefined) delete process.env.LOCAL_TIME_ZONE;
    else process.env.LOCAL_TIME_ZONE = saved;
  });
  if (!simulator) throw new Error('the local server did not call its mount hook');
  return { server, simulator, url: server.url, close: () => server.close() };
}

export interface ApiAnswer {
  status: number;
  /** The parsed JSON answer (the text when it is not JSON). */
  body: any;
}

export async function postJson(url: string, body: unknown, init: RequestInit = {}): Promise<ApiAnswer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed };
}

export async function getJson(url: string): Promise<ApiAnswer> {
  const res = await fetch(url);
  return { status: res.status, body: await res.json() };
}
