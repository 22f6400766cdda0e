import { createServer } from 'node:net';
import { listenError } from '../../local/server';
import { parsePort, timeZoneTimeoutSetting, verifyRequestsSetting } from '../../local/startBanner';
import { runScript } from '../support/runScript';

// Each setting of `npm start` that is wrong ends the run with one line naming the setting and its value, exit 1.
function start(env: Record<string, string>) {
  // A server that starts when it should refuse would run until killed here (signal set): the test fails.
  return runScript('start.ts', [], { env: { PORT: '0', ...env }, timeoutMs: 30_000 });
}

function expectOneLine(env: Record<string, string>, line: string) {
  const result = start(env);
  expect(result.signal).toBeNull();
  expect(result.code).toBe(1);
  expect(result.stderr.trim()).toBe(`npm start: ${line}`);
}

describe('PORT', () => {
  test('digits only: " 3000", "0x10" and "1e3" were taken as ports 3000, 16 and 1000', () => {
    expect(parsePort('8080')).toBe(8080);
    for (const raw of [' 3000', '0x10', '1e3', '-1', '1.5', '65536', 'abc'])
      expect(() => parsePort(raw)).toThrow(`PORT must be a port number (0-65535; 0 = any free port), got ${JSON.stringify(raw)}`);
  });

  test('npm start with PORT=0x10 refuses in one line (it listened on port 16)', () => {
    expectOneLine({ PORT: '0x10' }, 'PORT must be a port number (0-65535; 0 = any free port), got "0x10"');
  });

  test('a port in use names PORT and its value', async () => {
    const holder = createServer();
    await new Promise<void>((done) => holder.listen(0, '127.0.0.1', done));
    const port = (holder.address() as { port: number }).port;
    try {
      expectOneLine(
        { PORT: String(port) },
        `PORT ${port} on 127.0.0.1 is already in use (set PORT to another port, or PORT=0 for any free one)`,
      );
    } finally {
      await new Promise((done) => holder.close(done));
    }
  });
});

describe('HOST', () => {
  test('a name that does not resolve names HOST and its value (it was "getaddrinfo ENOTFOUND nonexistent.invalid")', () => {
    // Unit level: a real lookup of the name would ask a DNS server, and network tests stay on 127.0.0.1.
    const error = Object.assign(new Error('getaddrinfo ENOTFOUND nonexistent.invalid'), { code: 'ENOTFOUND' });
    expect(listenError(error, 'nonexistent.invalid', 3000).message).toBe(
      'HOST "nonexistent.invalid" is neither an IP address nor a name this machine can resolve (use 127.0.0.1, localhost or one of its own addresses)',
    );
    const denied = Object.assign(new Error('listen EACCES: permission denied 127.0.0.1:80'), { code: 'EACCES' });
    expect(listenError(denied, '127.0.0.1', 80).message).toBe(
      'PORT 80 needs privileges this user lacks (ports below 1024 do): set PORT to 1024-65535, or PORT=0 for any free one',
    );
  });

  test('npm start with HOST=192.0.2.1 (an address of no machine here) names HOST and its value', () => {
    expectOneLine(
      { HOST: '192.0.2.1' },
      'HOST "192.0.2.1" is not an address of this machine, so nothing can listen on it (use 127.0.0.1, or one of its own addresses)',
    );
  });
});

describe('VERIFY_REQUESTS and TIME_ZONE_TIMEOUT_MS', () => {
  test('VERIFY_REQUESTS=true refused in one line (it started with verification off)', () => {
    expect(verifyRequestsSetting(undefined)).toBe(false);
    expect(verifyRequestsSetting('0')).toBe(false);
    expect(verifyRequestsSetting('1')).toBe(true);
    expectOneLine({ VERIFY_REQUESTS: 'true' }, 'VERIFY_REQUESTS must be 1 (verify on loopback too) or 0 (off on loopback), got "true"');
  });

  test('TIME_ZONE_TIMEOUT_MS that is not a positive number is refused (it became 400 without a word)', () => {
    expect(() => timeZoneTimeoutSetting('250')).not.toThrow();
    expect(() => timeZoneTimeoutSetting('')).not.toThrow();
    expect(() => timeZoneTimeoutSetting('-5')).toThrow(
      'TIME_ZONE_TIMEOUT_MS must be a positive number of milliseconds (default 400), got "-5"',
    );
    expectOneLine(
      { TIME_ZONE_TIMEOUT_MS: 'fast' },
      'TIME_ZONE_TIMEOUT_MS must be a positive number of milliseconds (default 400), got "fast"',
    );
  });
});

describe('arguments', () => {
  test('a flag or an argument is refused in one line (npm start -- --port 4000 served port 3000 without a word)', () => {
    const line = 'takes no flags or arguments (got "--port 4000"): its settings are environment variables, as in PORT=4000 npm start';
    const flags = runScript('start.ts', ['--port', '4000'], { env: { PORT: '0' }, timeoutMs: 30_000 });
    expect([flags.signal, flags.code, flags.stderr.trim()]).toEqual([null, 1, `npm start: ${line}`]);
    // npm start --port 4000 (no --): npm keeps --port for itself and passes "4000" on.
    const swallowed = runScript('start.ts', ['4000'], {
      env: { PORT: '0', npm_lifecycle_event: 'start', npm_config_port: '4000' },
      timeoutMs: 30_000,
    });
    expect([swallowed.signal, swallowed.code, swallowed.stderr.trim()]).toEqual([null, 1, `npm start: ${line}`]);
  });
});
