import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { besideModulesPlugin } from '../../tools/build/besideModules';
import { buildBundle, ROOT } from '../../tools/build/bundle';
import { launchRequest } from '../../tools/envelopes';

/**
 * The built bundle loads the files beside it (tools/build/besideModules.ts) only when they are needed:
 * a Launch loads none of them, whether its time zone comes in-process or from the Settings API (which the
 * skill asks itself, lambda/services/settingsApi.ts); a logged error loads Powertools; the ask-sdk-model
 * stand-in loads the real module for a service client asked of it.
 * Each case runs in a fresh node process, as a Lambda cold start does.
 */
const run = promisify(execFile);
const folder = mkdtempSync(path.join(tmpdir(), 'fortune-beside-'));
const outDir = path.join(folder, 'lambda');
let settingsApi: Server;
let endpoint: string;
const asked: string[] = [];

/** Runs `body` (an async function body with `bundle` in scope) in a fresh process; returns its report and output. */
async function inFreshProcess(body: string): Promise<{ report: Record<string, unknown>; stdout: string; stderr: string }> {
  const script = path.join(folder, `case-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(
    script,
    `const bundle = require(${JSON.stringify(path.join(outDir, 'index.js'))});
const loaded = () => Object.keys(require.cache).map((file) => path.basename(file)).filter((file) => file !== path.basename(__filename)).sort();
const path = require('node:path');
(async () => { const report = await (async () => { ${body} })(); process.stdout.write('\\nREPORT ' + JSON.stringify({ ...report, loaded: loaded() }) + '\\n'); })();`,
  );
  const { stdout, stderr } = await run(process.execPath, [script], {
    env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'INFO' },
    timeout: 20_000,
  });
  const line = stdout.split('\n').find((l) => l.startsWith('REPORT '));
  if (!line) throw new Error(`no report in ${stdout}`);
  return { report: JSON.parse(line.slice(7)), stdout, stderr };
}

beforeAll(async () => {
  await buildBundle({ outDir, quiet: true, buildLabel: 'test' });
  settingsApi = createServer((req, res) => {
    asked.push(req.url ?? '');
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify('Asia/Tokyo'));
  });
  await new Promise<void>((resolve) => settingsApi.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(settingsApi.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => settingsApi.close(resolve));
  rmSync(folder, { recursive: true, force: true });
});

const launch = (apiEndpoint?: string) =>
  JSON.stringify(launchRequest({ timestamp: '2026-05-14T15:00:00.000Z', userId: 'amzn1.ask.account.BESIDE', apiEndpoint }));

test('a Launch with an in-process time zone loads nothing beside the bundle', async () => {
  const { report } = await inFreshProcess(`
    const skill = bundle.buildSkill({ store: new bundle.MemoryUserStore(), timeZoneLookup: async () => 'Europe/Berlin' });
    const response = await skill.invoke(${launch()}, {});
    return { speech: response.response.outputSpeech.ssml.length > 0 };`);
  expect(report).toEqual({ speech: true, loaded: ['index.js'] });
});

test("a new session's Settings API lookup uses the device's zone and loads nothing beside the bundle", async () => {
  const { report, stdout } = await inFreshProcess(`
    const skill = bundle.buildSkill({ store: new bundle.MemoryUserStore() });
    const response = await skill.invoke(${launch(endpoint)}, {});
    return { zone: response.sessionAttributes.timeZone };`);
  expect(report).toEqual({ zone: 'Asia/Tokyo', loaded: ['index.js'] });
  expect(asked.some((url) => url.endsWith('/settings/System.timeZone'))).toBe(true);
  // The lookup answered: no fault in the request line, and nothing else was logged.
  expect(stdout).not.toContain('timeZoneFault');
  expect(stdout).not.toContain('"level":"WARN"');
});

test('an error is logged through Powertools, loaded from its file on first use', async () => {
  const { report, stderr } = await inFreshProcess(`
    const response = await bundle.handler({ hello: 'not an envelope' }, { awsRequestId: 'beside', getRemainingTimeInMillis: () => 8000 });
    return { endsSession: response.response.shouldEndSession };`);
  expect(report).toEqual({ endsSession: true, loaded: ['index.js', 'powertools-logger.js'] });
  // Powertools writes errors to stderr, as Lambda's runtime expects.
  expect(stderr).toMatch(/"level":"ERROR".*"service":"fortune-cookie"/);
});

test('the ask-sdk-model stand-in hands out the real service clients, loading ask-sdk-model.js for the first one', async () => {
  // A skill of ask-sdk-core built with an API client, bundled with the same plugin as the Lambda bundle.
  await build({
    stdin: {
      contents: `const { SkillBuilders } = require('ask-sdk-core');
module.exports = SkillBuilders.custom()
  .withApiClient({ invoke: async () => ({ statusCode: 200, headers: [], body: '"Europe/Paris"' }) })
  .addRequestHandlers({ canHandle: () => true, handle: async (input) => input.responseBuilder.speak(await input.serviceClientFactory.getUpsServiceClient().getSystemTimeZone('device-1')).getResponse() })
  .create();`,
      resolveDir: ROOT,
      loader: 'js',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: path.join(outDir, 'probe.js'),
    logLevel: 'error',
    plugins: [besideModulesPlugin],
  });
  const { report } = await inFreshProcess(`
    const skill = require(${JSON.stringify(path.join(outDir, 'probe.js'))});
    const before = loaded();
    const response = await skill.invoke(${launch(endpoint)}, {});
    return { before, speech: response.response.outputSpeech.ssml };`);
  expect(report).toEqual({
    before: ['index.js', 'probe.js'],
    speech: '<speak>Europe/Paris</speak>',
    loaded: ['ask-sdk-model.js', 'index.js', 'probe.js'],
  });
});
