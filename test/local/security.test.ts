import '../support/env';
import { type LocalServer, startLocalServer } from '../../local/server';
import { launchRequest, sessionEndedRequest } from '../../tools/envelopes';
import { type RawReply as Reply, rawRequest as send } from '../support/rawHttp';
import { useSimulatorServer } from '../support/simulatorServer';

/**
 * The local server as an attacker meets it (issue 10, findings 1, 2 and 4), all on loopback: a browser
 * page on another site, a DNS-rebinding name, hostile bodies, a caller-chosen API endpoint.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

function expectNoInternals(reply: Reply): void {
  expect(reply.text).not.toMatch(/\n\s+at |\/work\/|node_modules|AskSdk|Error:/);
}

describe('on loopback', () => {
  const local = useSimulatorServer();
  const logged = local.logged;
  let server: LocalServer;
  let host: string;
  const json = () => ({ host, 'content-type': 'application/json' });
  beforeAll(() => {
    server = local.server;
    host = `127.0.0.1:${server.port}`;
  });

  test('a rebinding Host header is refused on every route, loopback names pass', async () => {
    for (const path of ['/health', '/simulator', '/simulator/api/locales', '/v2/devices/x/settings/System.timeZone']) {
      const refused = await send(server.port, 'GET', path, { host: `attacker.example:${server.port}` });
      expect(refused.status).toBe(403);
    }
    const launch = JSON.stringify(launchRequest({ apiEndpoint: server.url }));
    expect((await send(server.port, 'POST', '/', { host: 'evil.example', 'content-type': 'application/json' }, launch)).status).toBe(403);
    for (const name of ['127.0.0.1', 'localhost', '[::1]']) {
      expect((await send(server.port, 'GET', '/health', { host: `${name}:${server.port}` })).status).toBe(200);
    }
    // The right name on the wrong port is another server's name.
    expect((await send(server.port, 'GET', '/health', { host: '127.0.0.1:1' })).status).toBe(403);
    expect(logged.some((line) => line.includes('is not this loopback server'))).toBe(true);
  });

  test('a cross-site text/plain POST of a SkillDisabled event never reaches the skill', async () => {
    const userId = 'amzn1.ask.account.CSRF-VICTIM';
    const launch = await send(server.port, 'POST', '/', json(), JSON.stringify(launchRequest({ userId, apiEndpoint: server.url })));
    expect(launch.status).toBe(200);
    const disable = JSON.stringify({
      ...launchRequest({ userId }),
      request: { type: 'AlexaSkillEvent.SkillDisabled', requestId: 'r', timestamp: new Date().toISOString() },
    });
    const crossSite = await send(
      server.port,
      'POST',
      '/',
      { host, 'content-type': 'text/plain', origin: 'https://attacker.example' },
      disable,
    );
    expect(crossSite.status).toBe(403);
    const plainText = await send(server.port, 'POST', '/', { host, 'content-type': 'text/plain' }, disable);
    expect(plainText.status).toBe(415);
    const foreignJson = await send(server.port, 'POST', '/', { ...json(), origin: 'https://attacker.example' }, disable);
    expect(foreignJson.status).toBe(403);
    const sameSiteFetch = await send(server.port, 'POST', '/simulator/api/turn', { ...json(), 'sec-fetch-site': 'cross-site' }, '{}');
    expect(sameSiteFetch.status).toBe(403);
    // The listener's data is still there.
    expect(await server.store.getAttributes(launchRequest({ userId }))).not.toEqual({});
  });

  test('the page itself (same origin) may still post', async () => {
    const own = await send(
      server.port,
      'POST',
      '/',
      { ...json(), origin: `http://127.0.0.1:${server.port}` },
      JSON.stringify(launchRequest({ apiEndpoint: server.url })),
    );
    expect(own.status).toBe(200);
  });

  test('a caller-chosen apiEndpoint is refused: the access token goes only to Alexa or this server', async () => {
    let tokenSent = false;
    const collector = require('node:http').createServer((_req: unknown, res: { end(): void }) => {
      tokenSent = true;
      res.end();
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    try {
      const foreign = `http://127.0.0.1:${collector.address().port}`;
      const reply = await send(server.port, 'POST', '/', json(), JSON.stringify(launchRequest({ apiEndpoint: foreign })));
      expect(reply.status).toBe(400);
      expect(reply.text).toMatch(/apiEndpoint must be this server or an Alexa API endpoint/);
      expect(tokenSent).toBe(false);
      for (const allowed of ['https://api.amazonalexa.com', 'https://api.eu.amazonalexa.com', server.url]) {
        const ok = await send(
          server.port,
          'POST',
          '/',
          json(),
          JSON.stringify(sessionEndedRequest('USER_INITIATED', { apiEndpoint: allowed })),
        );
        expect(ok.status).toBe(200);
      }
    } finally {
      collector.close();
    }
  });

  test('malformed bodies get a clear 400 with a one-line hint, logged, nothing internal', async () => {
    const cases: [string, RegExp][] = [
      ['{bad json', /^400 the body is not JSON/],
      ['{}', /^400 not an Alexa request envelope: "version" is missing/],
      ['[]', /^400 not an Alexa request envelope/],
      ['"text"', /^400 not an Alexa request envelope/],
      ['{"version":"1.0","request":{}}', /"request\.type" is missing/],
      ['', /^400 the body is not JSON/],
    ];
    for (const [body, expected] of cases) {
      const before = logged.length;
      const reply = await send(server.port, 'POST', '/', json(), body);
      expect(reply.status).toBe(400);
      expect(reply.text).toMatch(expected);
      expect(reply.text.trim().split('\n')).toHaveLength(1);
      expectNoInternals(reply);
      expect(logged.length).toBeGreaterThan(before);
    }
  });

  test('an oversized body is a 413 one-liner and the server keeps answering', async () => {
    const reply = await send(server.port, 'POST', '/', json(), `{"x":"${'a'.repeat(400_000)}"}`);
    expect(reply.status).toBe(413);
    expectNoInternals(reply);
    expect((await send(server.port, 'GET', '/health', { host })).status).toBe(200);
  });

  test('unknown routes are a plain 404', async () => {
    const reply = await send(server.port, 'GET', '/../../etc/passwd', { host });
    expect(reply.status).toBe(404);
    expectNoInternals(reply);
  });
});

describe('off loopback (HOST=0.0.0.0)', () => {
  let server: LocalServer;
  let mounted = false;
  beforeAll(async () => {
    server = await startLocalServer({
      host: '0.0.0.0',
      port: 0,
      dynamoPath: null,
      log: () => undefined,
      mount: () => {
        mounted = true;
      },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  test('the simulator, its API and the fake Settings API are not mounted; requests must be signed', async () => {
    expect(server.exposed).toBe(true);
    expect(server.verifyRequests).toBe(true);
    expect(mounted).toBe(false);
    const host = `fortune.example:${server.port}`;
    for (const path of ['/simulator', '/simulator/api/locales', '/v2/devices/x/settings/System.timeZone']) {
      expect((await send(server.port, 'GET', path, { host })).status).toBe(404);
    }
    const health = await send(server.port, 'GET', '/health', { host });
    expect(JSON.parse(health.text)).toEqual({ status: 'ok', verifyRequests: true, exposed: true });
    const unsigned = await send(server.port, 'POST', '/', { host, 'content-type': 'application/json' }, JSON.stringify(launchRequest()));
    expect(unsigned.status).toBe(400);
    expect(unsigned.text).toMatch(/request verification failed/);
    // Off loopback the server's own address is no Settings API any more.
    const local = await send(
      server.port,
      'POST',
      '/',
      { host, 'content-type': 'application/json' },
      JSON.stringify(launchRequest({ apiEndpoint: server.url })),
    );
    expect(local.text).toMatch(/apiEndpoint must be/);
  });
});
