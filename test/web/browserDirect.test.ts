/**
 * The intent form, the envelope editor and "Copy as curl" in headless Chromium (browserSupport.ts):
 * the copied command is run with the real curl against the test server, to show that it replays.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describeInBrowser, say, text, useSimulatorInBrowser } from './browserSupport';

const run = promisify(execFile);

jest.setTimeout(60000);

describeInBrowser('browserDirect.test')('web simulator: intents, envelopes and curl in headless Chromium', () => {
  const simulator = useSimulatorInBrowser();

  async function open() {
    const opened = await simulator.open();
    await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: simulator.server.url });
    await opened.page.getByText('Send an intent or a raw request envelope').click();
    return opened;
  }

  test('sends an intent with a slot from the form, without NLU', async () => {
    const { page, problems } = await open();
    await page.getByLabel('User', { exact: true }).fill('form-user');
    await page.getByLabel('Intent', { exact: true }).selectOption('GetTipIntent');
    await page.getByLabel('topic (TopicType)').fill('retros');
    await page.getByRole('button', { name: 'Send intent' }).click();
    const turn = page.locator('#transcript li.turn[data-turn="1"]');
    await turn.waitFor();
    expect(await text(turn.locator('.msg.user'))).toContain('(intent GetTipIntent topic=retros)');
    expect(await text(turn.locator('.meta'))).toContain('IntentRequest GetTipIntent');
    expect(await text(turn.locator('.msg.alexa'))).toMatch(/postmortem|incident|blame/i);
    // German has its own intents and slots in the picker.
    await page.getByLabel('Locale').selectOption('de-DE');
    expect(await page.getByLabel('Intent', { exact: true }).locator('option', { hasText: 'GetTipIntent' }).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  test('shows a JSON mistake in the envelope with line and column, then sends the fixed envelope', async () => {
    const { page, problems } = await open();
    await say(page, 'open fortune cookie', 1);
    await page.getByRole('button', { name: 'Fill from the last request' }).click();
    const editor = page.getByLabel('Request envelope (JSON)');
    const filled = JSON.parse(await editor.inputValue());
    expect(filled.request.type).toBe('LaunchRequest');
    expect(filled.context.System.apiEndpoint).toBe(simulator.server.url);

    await editor.fill('{\n  "version": "1.0",\n  "request": { "type": "LaunchRequest", },\n}');
    await page.getByRole('button', { name: 'Send envelope' }).click();
    const error = page.locator('#envelope-error');
    expect(await text(error)).toMatch(/^JSON error at line 3, column 41: expected another key after the comma/);
    expect(await editor.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate('document.activeElement.id')).toBe('envelope');
    expect(await page.locator('#transcript li.turn').count()).toBe(1);

    // Valid JSON the endpoint would refuse: the server's reason, on the editor.
    await editor.fill(
      JSON.stringify({ ...filled, context: { System: { ...filled.context.System, apiEndpoint: 'https://evil.example' } } }),
    );
    await page.getByRole('button', { name: 'Send envelope' }).click();
    await page.getByRole('alert').waitFor();
    expect(await text(page.getByRole('alert'))).toMatch(/apiEndpoint must be this server or an Alexa API endpoint/);
    expect(await error.isHidden()).toBe(true);

    await editor.fill(JSON.stringify(filled, null, 2));
    await page.getByRole('button', { name: 'Send envelope' }).click();
    const turn = page.locator('#transcript li.turn[data-turn="2"]');
    await turn.waitFor();
    expect(await text(turn.locator('.msg.user'))).toContain('(envelope LaunchRequest)');
    expect(await text(turn.locator('.meta'))).toContain('LaunchRequest');
    expect(await text(turn.locator('.turn-foot'))).toContain('session open');
    expect(problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
  });

  test('copies a turn as a curl command that replays it against POST /', async () => {
    const { page, problems } = await open();
    await page.getByLabel('User', { exact: true }).fill('curl-user');
    await say(page, 'open fortune cookie', 1);
    const tip = await say(page, 'give me a tip about metrics', 2);
    await tip.getByRole('button', { name: 'Copy turn 2 as curl' }).click();
    await page.locator('#curl-status', { hasText: 'copied' }).waitFor();
    const command = await text(page.locator('#curl'));
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(command);
    expect(command).toContain("-H 'Content-Type: application/json'");
    expect(command).toContain(`'${simulator.server.url}/'`);
    expect(command).toMatch(/^# Turn 2 \(IntentRequest GetTipIntent\)/);
    expect(command).toMatch(/does not verify Alexa's signature \(VERIFY_REQUESTS is off\)/);

    const { stdout } = await run('sh', ['-c', command], { timeout: 15000 });
    const replayed = JSON.parse(stdout);
    expect(replayed.response.outputSpeech.ssml).toMatch(/^<speak>/);
    expect(replayed.sessionAttributes).toBeDefined();
    expect(problems).toEqual([]);
  });
});
