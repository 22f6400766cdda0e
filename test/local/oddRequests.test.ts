import '../support/env';
import type { LocalServer } from '../../local/server';
import { rawRequest as send } from '../support/rawHttp';
import { useSimulatorServer } from '../support/simulatorServer';

/**
 * Requests a developer or an attacker gets slightly wrong, each answered with what is wrong.
 * A route that exists, asked with a method it does not take, answers 405 with the method it takes (Allow):
 * these were 404 "not found" / "no such simulator API endpoint", as if the skill or the endpoint were not there.
 * Bounded: 13 requests to 127.0.0.1, one at a time.
 */
describe('wrong methods on the routes of npm start', () => {
  const local = useSimulatorServer();
  const logged = local.logged;
  let server: LocalServer;
  beforeAll(() => {
    server = local.server;
  });

  const cases: [string, string, string, string][] = [
    ['GET', '/alexa', 'POST', '405 /alexa takes POST with a request envelope (Content-Type: application/json), not GET\n'],
    ['GET', '/', 'POST', '405 / takes POST with a request envelope (Content-Type: application/json), not GET\n'],
    ['PUT', '/', 'POST', '405 / takes POST with a request envelope (Content-Type: application/json), not PUT\n'],
    ['DELETE', '/health', 'GET, HEAD', '405 /health takes GET, not DELETE\n'],
    ['GET', '/simulator/api/turn', 'POST', '{"error":"/turn takes POST with a JSON object, not GET"}'],
    ['DELETE', '/simulator/api/reset', 'POST', '{"error":"/reset takes POST with a JSON object, not DELETE"}'],
    ['POST', '/simulator/api/config', 'GET, HEAD', '{"error":"/config takes GET, not POST"}'],
    ['PATCH', '/simulator/api/user', 'GET, HEAD', '{"error":"/user takes GET, not PATCH"}'],
  ];
  test.each(cases)('%s %s is 405, Allow: %s', async (method, path, allow, text) => {
    const headers = { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json' };
    const reply = await send(server.port, method, path, headers, method === 'GET' || method === 'DELETE' ? undefined : '{}');
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe(allow);
    expect(reply.text).toBe(text);
  });

  test('a browser asking for / is still sent to the page, a path that does not exist is still 404', async () => {
    const host = `127.0.0.1:${server.port}`;
    expect((await send(server.port, 'GET', '/', { host, accept: 'text/html' })).status).toBe(302);
    expect((await send(server.port, 'GET', '/nothing', { host })).status).toBe(404);
    expect((await send(server.port, 'GET', '/simulator/api/nothing', { host })).status).toBe(404);
    expect(logged).toContain('GET /alexa 405: takes POST');
  });

  test('valid JSON that is no object is named so (it was "the request body is not valid JSON")', async () => {
    const host = `127.0.0.1:${server.port}`;
    for (const body of ['"open fortune cookie"', '42', 'null']) {
      const reply = await send(server.port, 'POST', '/simulator/api/turn', { host, 'content-type': 'application/json' }, body);
      expect([reply.status, reply.text]).toEqual([400, '{"error":"send a JSON object, not a bare value"}']);
    }
    const broken = await send(server.port, 'POST', '/simulator/api/turn', { host, 'content-type': 'application/json' }, '{"utterance":');
    expect(broken.text).toBe('{"error":"the request body is not valid JSON"}');
  });
});

describe('bodies and queries that are not what they say', () => {
  const local = useSimulatorServer();
  let server: LocalServer;
  beforeAll(() => {
    server = local.server;
  });

  test('a body that is not gzip though Content-Encoding says so is named so (it was zlib\'s "incorrect header check")', async () => {
    const headers = { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', 'content-encoding': 'gzip' };
    const skill = await send(server.port, 'POST', '/', headers, 'not gzip at all');
    expect([skill.status, skill.text]).toEqual([400, '400 the body does not decode as its Content-Encoding "gzip" says\n']);
    const api = await send(server.port, 'POST', '/simulator/api/turn', headers, 'not gzip at all');
    expect([api.status, api.text]).toEqual([400, '{"error":"the body does not decode as its Content-Encoding \\"gzip\\" says"}']);
  });

  test("a userId given twice is a 400 (it showed the default user's stored context)", async () => {
    const reply = await send(server.port, 'GET', '/simulator/api/user?userId=a&userId=b', { host: `127.0.0.1:${server.port}` });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.text)).toEqual({ error: 'userId must be given once, as a name or an amzn1.ask.account… id', field: 'userId' });
  });
});
