/**
 * The operational contract: the request line is valid CloudWatch EMF with the metrics and dimensions
 * the alarms and docs/operations.md rely on, user ids appear only as keyed hashes, and every request
 * gets exactly one line, including those the error handler answers (which skip response interceptors).
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import {
  DIMENSION_SETS,
  isoTimestamp,
  REQUEST_METRICS,
  type RequestLine,
  RequestLineWriter,
  STORE_METRICS,
} from '../../lambda/observability/requestLine';
import { UserHasher } from '../../lambda/observability/userHash';
import { intentRequest, launchRequest } from '../../tools/envelopes';

const SAMPLE: RequestLine = {
  requestId: 'amzn1.echo-api.request.1',
  requestType: 'IntentRequest',
  intent: 'GetTipIntent',
  locale: 'en-US',
  outcome: 'answered',
  coldStart: false,
  user: 'abcdef0123456789',
  latencyMs: 0.042,
  storeReads: 1,
  storeWrites: 0,
  storeFaults: 0,
};

describe('request line (log entry + embedded metric format)', () => {
  function publish(line: Partial<RequestLine>, options: ConstructorParameters<typeof RequestLineWriter>[0] = {}): Record<string, any>[] {
    const written: string[] = [];
    new RequestLineWriter({ ...options, write: (text) => written.push(text) }).publish({ ...SAMPLE, ...line }, 1_800_000_000_000);
    for (const text of written) expect(text.endsWith('\n') && !text.slice(0, -1).includes('\n')).toBe(true);
    return written.map((text) => JSON.parse(text));
  }

  test('is one JSON line whose EMF block declares every metric with a numeric value and every dimension', () => {
    const line = publish({})[0]!;
    expect(line._aws.Timestamp).toBe(1_800_000_000_000);
    const directives = line._aws.CloudWatchMetrics as {
      Namespace: string;
      Dimensions: string[][];
      Metrics: { Name: string; Unit: string }[];
    }[];
    expect(directives[0]!.Dimensions).toEqual(DIMENSION_SETS);
    const names = directives.flatMap((d) => d.Metrics.map((m) => m.Name));
    expect(names.sort()).toEqual([...REQUEST_METRICS, ...STORE_METRICS].map((m) => m.Name).sort());
    for (const name of names) expect(typeof line[name]).toBe('number');
    for (const dimension of directives.flatMap((d) => d.Dimensions.flat())) expect(typeof line[dimension]).toBe('string');
    expect(line).toMatchObject({
      level: 'INFO',
      message: 'request',
      service: 'fortune-cookie',
      intent: 'GetTipIntent',
      locale: 'en-US',
      outcome: 'answered',
    });
    expect(line).toMatchObject({
      Requests: 1,
      Errors: 0,
      Fallbacks: 0,
      Latency: 0.042,
      StoreReads: 1,
      StoreWrites: 0,
      StoreFaults: 0,
      TimeZoneFaults: 0,
    });
  });

  test('counts errors, fallbacks and time-zone faults from the outcome and stats', () => {
    expect(publish({ outcome: 'error' })[0]).toMatchObject({ Errors: 1, Fallbacks: 0 });
    expect(publish({ outcome: 'fallback' })[0]).toMatchObject({ Errors: 0, Fallbacks: 1 });
    expect(publish({ timeZoneFault: 'timeout' })[0]).toMatchObject({ TimeZoneFaults: 1, timeZoneFault: 'timeout' });
  });

  test('drops the metrics block when metrics are disabled, and writes nothing when disabled', () => {
    const plain = publish({}, { metrics: false })[0]!;
    expect(plain._aws).toBeUndefined();
    expect(plain).toMatchObject({ message: 'request', Requests: 1 });
    expect(publish({}, { enabled: false })).toEqual([]);
  });

  test('uses the namespace it is given', () => {
    const line = publish({}, { namespace: 'FortuneCookieStaging' })[0]!;
    expect(line._aws.CloudWatchMetrics.map((d: { Namespace: string }) => d.Namespace)).toEqual([
      'FortuneCookieStaging',
      'FortuneCookieStaging',
    ]);
  });
});

describe('user id hashing', () => {
  test('is a keyed 16-hex-digit hash: stable per key, different across keys, never the id', () => {
    const id = 'amzn1.ask.account.SOMEONE';
    const hasher = new UserHasher('production-key');
    const hashed = hasher.hash(id)!;
    expect(hashed).toMatch(/^[0-9a-f]{16}$/);
    expect(hasher.hash(id)).toBe(hashed);
    expect(new UserHasher('production-key').hash(id)).toBe(hashed);
    expect(new UserHasher('another-key').hash(id)).not.toBe(hashed);
    expect(hasher.hash(undefined)).toBeUndefined();
  });

  test('without a key there is no hash at all (none under a key anyone could read in the code)', () => {
    for (const key of [undefined, '']) {
      const hasher = new UserHasher(key);
      expect(hasher.enabled).toBe(false);
      expect(hasher.hash('amzn1.ask.account.SOMEONE')).toBeUndefined();
    }
  });
});

describe('one request line per request', () => {
  type Loaded = {
    handler: (event: RequestEnvelope, context: never) => Promise<ResponseEnvelope>;
    buildSkill: typeof import('../../lambda/skill').buildSkill;
    MemoryUserStore: typeof import('../../lambda/persistence/memoryStore').MemoryUserStore;
  };

  /** Loads lambda/index.ts afresh (it reads its configuration at load) and captures what is written. */
  function withLambda(
    env: Record<string, string>,
    mocks: () => void,
    run: (lambda: Loaded, lines: () => Record<string, any>[]) => Promise<void>,
  ) {
    return async () => {
      const saved = { ...process.env };
      Object.assign(process.env, env);
      const written: string[] = [];
      const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      });
      // Warnings and errors of the skill (Powertools Logger writes them to stderr) stay out of the test output.
      const quiet = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
      try {
        let lambda: Loaded | undefined;
        let logger: typeof import('../../lambda/observability/logger').logger | undefined;
        jest.isolateModules(() => {
          mocks();
          logger = require('../../lambda/observability/logger').logger;
          lambda = require('../../lambda/index') as Loaded;
        });
        logger!.setLogLevel('INFO');
        const requestLines = () =>
          written
            .flatMap((chunk) => chunk.split('\n'))
            .filter((text) => text.startsWith('{'))
            .map((text) => JSON.parse(text))
            .filter((line) => line.message === 'request');
        await run(lambda!, requestLines);
      } finally {
        spy.mockRestore();
        quiet.mockRestore();
        process.env = saved;
        jest.dontMock('../../lambda/content/contentCatalog');
      }
    };
  }

  // A closed local port: the Settings API call fails at once instead of reaching the network.
  const offline = { apiEndpoint: 'http://127.0.0.1:9', timestamp: '2026-05-14T15:00:00.000Z' };

  test(
    'an answered request: logged once by the response interceptor, with hashed user and cold start',
    withLambda(
      { USER_HASH_KEY: 'per-deployment-secret' },
      () => undefined,
      async ({ buildSkill, MemoryUserStore }, lines) => {
        const skill = buildSkill({ store: new MemoryUserStore(), timeZoneLookup: async () => 'Europe/Berlin' });
        await skill.invoke(launchRequest({ ...offline, userId: 'amzn1.ask.account.PLAIN-ID' }), {} as never);
        await skill.invoke(intentRequest('GetTipIntent', {}, { ...offline, userId: 'amzn1.ask.account.PLAIN-ID' }), {} as never);
        const [launch, tip] = lines() as [Record<string, any>, Record<string, any>];
        expect(lines()).toHaveLength(2);
        expect(launch).toMatchObject({
          requestType: 'LaunchRequest',
          intent: 'LaunchRequest',
          outcome: 'answered',
          coldStart: true,
          StoreReads: 1,
        });
        expect(tip).toMatchObject({ requestType: 'IntentRequest', intent: 'GetTipIntent', coldStart: false });
        expect(launch.user).toMatch(/^[0-9a-f]{16}$/);
        expect(JSON.stringify(lines())).not.toContain('PLAIN-ID');
      },
    ),
  );

  test(
    'a request the error handler answered is still logged once, by the Lambda handler, as an error',
    withLambda(
      {},
      () => {
        jest.doMock('../../lambda/content/contentCatalog', () => ({
          contentCatalog: () => {
            throw new Error('catalog broke');
          },
        }));
      },
      async ({ handler }, lines) => {
        const reply = await handler(launchRequest(offline), {} as never);
        expect(reply.response.outputSpeech).toBeDefined();
        expect(lines()).toHaveLength(1);
        expect(lines()[0]).toMatchObject({
          outcome: 'error',
          Errors: 1,
          requestType: 'LaunchRequest',
          timeZoneFault: 'error',
          TimeZoneFaults: 1,
        });
      },
    ),
  );

  test(
    'without USER_HASH_KEY the request line has no user field at all',
    withLambda(
      { USER_HASH_KEY: '' },
      () => undefined,
      async ({ buildSkill }, lines) => {
        const skill = buildSkill({ timeZoneLookup: async () => 'UTC' });
        await skill.invoke(launchRequest({ ...offline, userId: 'amzn1.ask.account.NO-KEY' }), {} as never);
        expect(lines()).toHaveLength(1);
        expect(lines()[0]).not.toHaveProperty('user');
        expect(JSON.stringify(lines())).not.toContain('NO-KEY');
      },
    ),
  );

  test(
    'request-chosen text is bounded in the request line: a 5,000-character locale or request type is cut, its length kept',
    withLambda(
      {},
      () => undefined,
      async ({ buildSkill }, lines) => {
        const skill = buildSkill({ timeZoneLookup: async () => 'UTC' });
        const launch = launchRequest(offline);
        (launch.request as { locale: string }).locale = 'x'.repeat(5000);
        await skill.invoke(launch, {} as never);
        const odd = intentRequest('GetTipIntent', {}, offline);
        (odd.request as { type: string }).type = 'Z'.repeat(5000);
        await skill.invoke(odd, {} as never);
        const [first, second] = lines() as [Record<string, any>, Record<string, any>];
        expect(first.locale).toBe('other');
        expect(first.requestLocale).toMatch(/^x{64}…\(5000 chars\)$/);
        expect(second.requestType).toMatch(/^Z{64}…\(5000 chars\)$/);
        expect(second.intent).toBe('GetTipIntent');
        for (const line of lines()) expect(JSON.stringify(line).length).toBeLessThan(2000);
      },
    ),
  );

  test(
    'a request without a type is answered by the fallback (no handler throws), logged once as a fallback',
    withLambda(
      {},
      () => undefined,
      async ({ handler }, lines) => {
        const envelope = launchRequest(offline);
        delete (envelope.request as { type?: string }).type;
        const reply = await handler(envelope, {} as never);
        expect(reply.response.outputSpeech).toBeDefined();
        expect(lines()).toHaveLength(1);
        expect(lines()[0]).toMatchObject({ requestType: 'unknown', outcome: 'fallback', Errors: 0 });
      },
    ),
  );

  test(
    'a request for another skill is rejected, and logged once as an error',
    withLambda(
      { SKILL_ID: 'amzn1.ask.skill.the-right-one' },
      () => undefined,
      async ({ handler }, lines) => {
        await expect(handler(launchRequest({ ...offline, skillId: 'amzn1.ask.skill.another' }), {} as never)).rejects.toThrow();
        expect(lines()).toHaveLength(1);
        expect(lines()[0]).toMatchObject({ outcome: 'error', Errors: 1 });
      },
    ),
  );
});

describe('the request line timestamp', () => {
  test('reads as Date#toISOString, across seconds, before 1970 and at the ends of the Date range', () => {
    const instants = [
      0, 1, 999, 1000, -1, -999, -1000, -1001, 1_778_770_800_123, 8.64e15, -8.64e15, 253_402_300_799_999, 253_402_300_800_000, 1.5,
    ];
    for (let i = 0; i < 5000; i++) instants.push(1_778_770_800_000 + i * 37);
    for (const now of instants) expect({ now, iso: isoTimestamp(now) }).toEqual({ now, iso: new Date(now).toISOString() });
  });
});
