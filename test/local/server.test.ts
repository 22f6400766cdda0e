import '../support/env';
import type { ResponseEnvelope } from 'ask-sdk-model';
import express from 'express';
import { type LocalServer, startLocalServer } from '../../local/server';
import { clearDeviceTimeZones, setDeviceTimeZone } from '../../local/settingsApi';
import { intentRequest, launchRequest } from '../../tools/envelopes';
import { expectValidResponse } from '../support/ssml';

// The SDK's notice about future Node versions is not what these tests are about.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

async function post(url: string, body: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, text: await response.text() };
}

async function ask(server: LocalServer, envelope: unknown, path = '/'): Promise<ResponseEnvelope> {
  const { status, text } = await post(`${server.url}${path}`, JSON.stringify(envelope));
  expect(status).toBe(200);
  return JSON.parse(text) as ResponseEnvelope;
}

describe('local server (verification off on loopback)', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer({ port: 0, dynamoPath: null });
  });
  afterAll(async () => {
    clearDeviceTimeZones();
    await server.close();
  });

  test('listens on a free loopback port with verification off and reports its health', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.verifyRequests).toBe(false);
    expect(server.dataPath).toBeNull();
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', table: 'fortune-cookie-users' });
  });

  test('answers a LaunchRequest with valid SSML and an open session', async () => {
    const reply = await ask(server, launchRequest({ apiEndpoint: server.url, userId: 'amzn1.ask.account.LAUNCH' }));
    expectValidResponse(reply, 'en-US');
    const ssml = (reply.response.outputSpeech as { ssml: string }).ssml;
    expect(ssml).toMatch(/^<speak>.+<\/speak>$/s);
    expect(reply.response.shouldEndSession).toBe(false);
    expect(reply.response.reprompt).toBeDefined();
    // Without an override the fake Settings API answers the default zone.
    expect(reply.sessionAttributes?.timeZone).toBe('America/Los_Angeles');
  });

  test('the time zone comes from the fake Settings API, per device', async () => {
    const deviceId = 'amzn1.ask.device.KIRITIMATI';
    setDeviceTimeZone(deviceId, 'Pacific/Kiritimati');
    // 12:00 UTC on 2 March is already 3 March in Kiritimati (UTC+14).
    const timestamp = '2026-03-02T12:00:00Z';
    const reply = await ask(
      server,
      launchRequest({ apiEndpoint: server.url, deviceId, userId: 'amzn1.ask.account.KIRITIMATI', timestamp }),
    );
    expect(reply.sessionAttributes?.timeZone).toBe('Pacific/Kiritimati');
    expect((reply.sessionAttributes?.user as { lastVisitDate?: string } | undefined)?.lastVisitDate).toBe('2026-03-03');
  });

  test('a new session of the same user sees the context persisted in the local DynamoDB', async () => {
    const userId = 'amzn1.ask.account.RETURNING';
    const first = await ask(server, launchRequest({ apiEndpoint: server.url, userId }));
    expect((first.sessionAttributes?.user as { visits: number } | undefined)?.visits).toBe(1);
    const second = await ask(
      server,
      intentRequest(
        'GetTipIntent',
        { topic: { value: 'postmortems', resolvedId: 'postmortems', slotType: 'TopicType' } },
        { apiEndpoint: server.url, userId },
      ),
      '/alexa',
    );
    expectValidResponse(second, 'en-US');
    expect((second.sessionAttributes?.user as { visits: number } | undefined)?.visits).toBe(2);
    expect(await server.store.getAttributes(launchRequest({ userId }))).toMatchObject({ visits: 2, revision: 2 });
  });

  test('with the store down mid-dialog the skill still answers, and once it is back the context is there', async () => {
    const userId = 'amzn1.ask.account.OUTAGE';
    await ask(server, launchRequest({ apiEndpoint: server.url, userId }));
    await server.dynamo.stop();
    try {
      const during = await ask(server, launchRequest({ apiEndpoint: server.url, userId }));
      expectValidResponse(during, 'en-US');
    } finally {
      await server.dynamo.restart();
    }
    const after = await ask(server, launchRequest({ apiEndpoint: server.url, userId }));
    // The visit during the outage could not be saved; the stored context is the one from before it.
    expect((after.sessionAttributes?.user as { visits: number } | undefined)?.visits).toBe(2);
  });

  test('a malformed body gets a clear error and the server keeps answering', async () => {
    const broken = await post(`${server.url}/`, '{"version": "1.0", "request": ');
    expect(broken.status).toBe(400);
    expect(broken.text).toMatch(/^400 the body is not JSON/);
    const reply = await ask(server, launchRequest({ apiEndpoint: server.url, userId: 'amzn1.ask.account.AFTER' }));
    expectValidResponse(reply, 'en-US');
  });
});

describe('local server mount hook', () => {
  test('mounted routes get the skill context, and their body parsers do not reach the skill', async () => {
    const server = await startLocalServer({
      port: 0,
      dynamoPath: null,
      mount(app, ctx) {
        app.use(express.json());
        app.post('/simulator/echo', (req, res) => {
          res.json({ table: ctx.tableName, body: req.body as unknown, sameStore: ctx.store === server.store });
        });
      },
    });
    try {
      const echoed = await post(`${server.url}/simulator/echo`, '{"say":"hi"}');
      expect(JSON.parse(echoed.text)).toEqual({ table: 'fortune-cookie-users', body: { say: 'hi' }, sameStore: true });
      expectValidResponse(await ask(server, launchRequest({ apiEndpoint: server.url })), 'en-US');
    } finally {
      await server.close();
    }
  });
});

describe('local server with verification on', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer({ port: 0, dynamoPath: null, verifyRequests: true });
  });
  afterAll(() => server.close());

  test('an unsigned request gets HTTP 400', async () => {
    expect(server.verifyRequests).toBe(true);
    const { status, text } = await post(`${server.url}/`, JSON.stringify(launchRequest({ apiEndpoint: server.url })));
    expect(status).toBe(400);
    expect(text).toMatch(/verification failed/i);
  });
});

describe('local server start-up errors', () => {
  test('a port already in use gives a one-line error', async () => {
    const first = await startLocalServer({ port: 0, dynamoPath: null });
    try {
      await expect(startLocalServer({ port: first.port, dynamoPath: null })).rejects.toThrow(/^PORT \d+ on 127\.0\.0\.1 is already in use/);
    } finally {
      await first.close();
    }
  });
});
