import '../support/env';
import { execFileSync } from 'node:child_process';
import { createPrivateKey, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  AlexaRequestVerifier,
  certificateFetcher,
  checkCertificateUrl,
  checkTimestamp,
  VerificationError,
} from '../../local/security/requestVerification';
import { startLocalServer } from '../../local/server';
import { launchRequest } from '../../tools/envelopes';

/**
 * Request verification (issue 10, finding 3) with a certificate authority made for the test by openssl:
 * a root and a leaf naming echo-api.amazon.com, as Alexa's chain does. No traffic leaves loopback.
 */
const NOW = Date.parse('2026-12-02T12:00:00Z');
const CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem';
let dir: string;
let rootPem: string;
let leafPem: string;
let leafKey: string;
let localhostPem: string;
let localhostKey: string;
/** The certificates are made at run time, valid from now: their tests' clock is an hour into that. */
let CERT_NOW: number;

function openssl(args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
}

beforeAll(() => {
  CERT_NOW = Date.now() + 3_600_000;
  dir = mkdtempSync(path.join(tmpdir(), 'verify-'));
  openssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'root.key',
    '-out',
    'root.pem',
    '-days',
    '3650',
    '-subj',
    '/CN=Test Root',
  ]);
  const leaf = (name: string, san: string) => {
    writeFileSync(path.join(dir, `${name}.ext`), `subjectAltName=${san}\n`);
    openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`]);
    openssl([
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'root.pem',
      '-CAkey',
      'root.key',
      '-CAcreateserial',
      '-out',
      `${name}.pem`,
      '-days',
      '3650',
      '-extfile',
      `${name}.ext`,
    ]);
  };
  leaf('echo', 'DNS:echo-api.amazon.com');
  leaf('localhost', 'IP:127.0.0.1');
  rootPem = readFileSync(path.join(dir, 'root.pem'), 'utf8');
  leafPem = readFileSync(path.join(dir, 'echo.pem'), 'utf8');
  leafKey = readFileSync(path.join(dir, 'echo.key'), 'utf8');
  localhostPem = readFileSync(path.join(dir, 'localhost.pem'), 'utf8');
  localhostKey = readFileSync(path.join(dir, 'localhost.key'), 'utf8');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function signed(envelope: object): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify(envelope);
  const signature = sign('sha256', Buffer.from(body), createPrivateKey(leafKey)).toString('base64');
  return { body, headers: { signaturecertchainurl: CERT_URL, 'signature-256': signature } };
}

const envelopeAt = (timestamp: string, type = 'LaunchRequest') => ({ version: '1.0', request: { type, requestId: 'r', timestamp } });

describe('AlexaRequestVerifier', () => {
  test('a request signed by the chain passes; a changed body, another key or a missing header does not', async () => {
    let fetches = 0;
    const verifier = new AlexaRequestVerifier({
      roots: [rootPem],
      now: () => CERT_NOW,
      fetcher: async () => {
        fetches++;
        return `${leafPem}\n${rootPem}`;
      },
    });
    const envelope = envelopeAt(new Date(CERT_NOW + 30_000).toISOString());
    const { body, headers } = signed(envelope);
    await expect(verifier.verify(body, headers, envelope)).resolves.toBeUndefined();
    await expect(verifier.verify(body.replace('LaunchRequest', 'IntentRequest'), headers, envelope)).rejects.toThrow(
      /does not match its signature/,
    );
    await expect(verifier.verify(body, { signaturecertchainurl: CERT_URL }, envelope)).rejects.toThrow(/missing/);
    expect(fetches).toBe(1);
  });

  test('a chain that does not lead to a trusted root, or whose leaf names another domain, is refused', async () => {
    const envelope = envelopeAt(new Date(CERT_NOW).toISOString());
    const { body, headers } = signed(envelope);
    const untrusted = new AlexaRequestVerifier({ roots: [localhostPem], now: () => CERT_NOW, fetcher: async () => leafPem });
    await expect(untrusted.verify(body, headers, envelope)).rejects.toThrow(/trusted root/);
    const wrongName = new AlexaRequestVerifier({ roots: [rootPem], now: () => CERT_NOW, fetcher: async () => localhostPem });
    await expect(wrongName.verify(body, headers, envelope)).rejects.toThrow(/does not name echo-api.amazon.com/);
    const expired = new AlexaRequestVerifier({
      roots: [rootPem],
      now: () => Date.parse('2040-01-01T00:00:00Z'),
      fetcher: async () => leafPem,
    });
    const later = envelopeAt('2040-01-01T00:00:00Z');
    const signedLater = signed(later);
    await expect(expired.verify(signedLater.body, signedLater.headers, later)).rejects.toThrow(/expired/);
  });

  test('the certificate cache is bounded: beyond 16 URLs the oldest is fetched again', async () => {
    const fetched: string[] = [];
    const verifier = new AlexaRequestVerifier({
      roots: [rootPem],
      now: () => CERT_NOW,
      fetcher: async (url) => {
        fetched.push(url.href);
        return leafPem;
      },
    });
    const envelope = envelopeAt(new Date(CERT_NOW).toISOString());
    const { body, headers } = signed(envelope);
    for (let i = 0; i < 18; i++) await verifier.verify(body, { ...headers, signaturecertchainurl: `${CERT_URL}?v=${i}` }, envelope);
    await verifier.verify(body, { ...headers, signaturecertchainurl: `${CERT_URL}?v=0` }, envelope);
    expect(fetched).toHaveLength(19);
  });
});

describe('certificate URL', () => {
  test.each([
    'https://s3.amazonaws.com/echo.api/../x.pem',
    'https://s3.amazonaws.com/echo.api/%2e%2e/x.pem',
    'https://s3.amazonaws.com/echo.api/%2E%2E/x.pem',
    'https://s3.amazonaws.com/echo.api/./x.pem',
    'https://s3.amazonaws.com/echo.api/a%2f..%2fb.pem',
    'https://s3.amazonaws.com/x/../echo.api/x.pem',
    'http://s3.amazonaws.com/echo.api/x.pem',
    'https://s3.amazonaws.com:8443/echo.api/x.pem',
    'https://attacker.example/echo.api/x.pem',
    'https://s3.amazonaws.com.attacker.example/echo.api/x.pem',
    'https://s3.amazonaws.com/EcHo.api/x.pem',
    'not a url',
  ])('%s is refused before any fetch', async (url) => {
    expect(() => checkCertificateUrl(url)).toThrow(VerificationError);
    let fetched = false;
    const verifier = new AlexaRequestVerifier({
      roots: [rootPem],
      now: () => CERT_NOW,
      fetcher: async () => {
        fetched = true;
        return leafPem;
      },
    });
    const envelope = envelopeAt(new Date(CERT_NOW).toISOString());
    const { body, headers } = signed(envelope);
    await expect(verifier.verify(body, { ...headers, signaturecertchainurl: url }, envelope)).rejects.toThrow(VerificationError);
    expect(fetched).toBe(false);
  });

  test.each([
    'https://s3.amazonaws.com/echo.api/echo-api-cert.pem',
    'https://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem',
  ])('%s is accepted', (url) => {
    expect(checkCertificateUrl(url).pathname).toBe('/echo.api/echo-api-cert.pem');
  });
});

describe('timestamp', () => {
  test.each([
    ['2026-12-02T12:02:29Z', true],
    ['2026-12-02T11:57:31Z', true],
    ['2026-12-02T12:03:20Z', false], // +200 s
    ['2027-12-02T12:00:00Z', false], // +1 year
    ['2026-12-02T11:57:00Z', false], // -180 s
    ['yesterday', false],
    ['', false],
  ])('%s accepted: %s', (timestamp, ok) => {
    const check = () => checkTimestamp(envelopeAt(timestamp), NOW);
    if (ok) expect(check).not.toThrow();
    else expect(check).toThrow(VerificationError);
  });

  test('skill events may be up to an hour old, never in the future', () => {
    expect(() => checkTimestamp(envelopeAt('2026-12-02T11:30:00Z', 'AlexaSkillEvent.SkillDisabled'), NOW)).not.toThrow();
    expect(() => checkTimestamp(envelopeAt('2026-12-02T10:30:00Z', 'AlexaSkillEvent.SkillDisabled'), NOW)).toThrow(/too old/);
    expect(() => checkTimestamp(envelopeAt('2026-12-02T12:10:00Z', 'AlexaSkillEvent.SkillDisabled'), NOW)).toThrow(/future/);
    expect(() => checkTimestamp({ request: { type: 'LaunchRequest', timestamp: 12 } } as never, NOW)).toThrow(/not a date/);
  });
});

describe('certificate fetch (an https server on loopback)', () => {
  let server: Server;
  let behaviour: 'silent' | 'huge' | 'ok' = 'ok';
  beforeAll(async () => {
    server = createServer({ key: localhostKey, cert: localhostPem }, (_req, res) => {
      if (behaviour === 'silent') return; // accepts and never answers
      if (behaviour === 'huge') {
        res.writeHead(200);
        const chunk = Buffer.alloc(64 * 1024, 65);
        for (let i = 0; i < 64; i++) res.write(chunk);
        res.end();
        return;
      }
      res.writeHead(200);
      res.end(leafPem);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const url = () => new URL(`https://127.0.0.1:${(server.address() as AddressInfo).port}/echo.api/cert.pem`);

  test('answers within the deadline with the chain', async () => {
    behaviour = 'ok';
    await expect(certificateFetcher({ ca: rootPem })(url())).resolves.toContain('BEGIN CERTIFICATE');
  });

  test('a silent host is given up at the deadline', async () => {
    behaviour = 'silent';
    const started = performance.now();
    await expect(certificateFetcher({ ca: rootPem, timeoutMs: 300 })(url())).rejects.toThrow(/timed out/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test('a body past the size cap is cut off', async () => {
    behaviour = 'huge';
    await expect(certificateFetcher({ ca: rootPem })(url())).rejects.toThrow(/larger than/);
  });
});

describe('the local server with verification on (injected certificate source, loopback only)', () => {
  test('a signed request is answered; a future timestamp or a dot-segment URL is a logged 400 and fetches nothing', async () => {
    const fetched: string[] = [];
    const logged: string[] = [];
    const server = await startLocalServer({
      port: 0,
      dynamoPath: null,
      verifyRequests: true,
      log: (line) => logged.push(line),
      verifier: new AlexaRequestVerifier({
        roots: [rootPem],
        now: () => CERT_NOW,
        fetcher: async (url) => {
          fetched.push(url.href);
          return leafPem;
        },
      }),
    });
    const post = async (envelope: object, certUrl = CERT_URL) => {
      const { body, headers } = signed(envelope);
      const response = await fetch(`${server.url}/`, {
        method: 'POST',
        headers: { ...headers, signaturecertchainurl: certUrl, 'content-type': 'application/json' },
        body,
      });
      return { status: response.status, text: await response.text() };
    };
    try {
      const ok = await post(launchRequest({ apiEndpoint: server.url, timestamp: new Date(CERT_NOW).toISOString() }));
      expect(ok.status).toBe(200);
      const future = await post(launchRequest({ apiEndpoint: server.url, timestamp: new Date(CERT_NOW + 200_000).toISOString() }));
      expect(future).toEqual({ status: 400, text: '400 request verification failed: request.timestamp is in the future\n' });
      const dots = await post(
        launchRequest({ apiEndpoint: server.url, timestamp: new Date(CERT_NOW).toISOString() }),
        'https://s3.amazonaws.com/echo.api/%2e%2e/x.pem',
      );
      expect(dots.text).toBe('400 request verification failed: SignatureCertChainUrl must not contain dot segments\n');
      expect(fetched).toEqual([CERT_URL]);
      expect(logged.filter((line) => line.includes('request verification failed'))).toHaveLength(2);
    } finally {
      await server.close();
    }
  });
});
