/**
 * The web simulator in headless Chromium (the Debian package, driven by playwright-core; never a
 * browser download): type, press Enter, read Alexa's answer, switch locale, take a screenshot to
 * test-results/simulator.png. In CI (CI=true) a missing Chromium fails the test; locally it skips
 * with a message saying how to install it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../local/simulator/model';
import { startTestServer, type TestServer } from './support';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const INSTALL_HINT = 'apt-get update && apt-get install -y --no-install-recommends chromium';
const inCi = Boolean(process.env.CI) && !/^(0|false)$/i.test(process.env.CI ?? '');
const haveChromium = existsSync(CHROMIUM);
const SCREENSHOT = join(PROJECT_ROOT, 'test-results', 'simulator.png');

if (!haveChromium && !inCi) {
  process.stderr.write(`\n[browser.test] SKIPPED: no Chromium at ${CHROMIUM}. Install it with: ${INSTALL_HINT}\n\n`);
}
const describeInBrowser = haveChromium || inCi ? describe : describe.skip;

jest.setTimeout(60000);

describeInBrowser('web simulator in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    if (!haveChromium) {
      throw new Error(`Chromium is required in CI but ${CHROMIUM} does not exist (.ci/run installs it: ${INSTALL_HINT})`);
    }
    server = await startTestServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  /** A fresh page on the simulator; console errors and page errors (a CSP violation, a script error) are collected. */
  async function openSimulator(init?: string): Promise<{ page: Page; problems: string[] }> {
    context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US', timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    if (init) await page.addInitScript(init);
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(`${server.url}/simulator`);
    // The config has loaded once the example phrases are there.
    await page.locator('#examples button').first().waitFor();
    return { page, problems };
  }

  /** Types an utterance, presses Enter, and waits for that turn in the transcript. */
  async function say(page: Page, utterance: string, index: number): Promise<Locator> {
    const field = page.getByLabel('What you say to Alexa');
    await field.fill(utterance);
    await field.press('Enter');
    const turn = page.locator(`#transcript li.turn[data-turn="${index}"]`);
    await turn.waitFor();
    return turn;
  }

  async function text(locator: Locator): Promise<string> {
    return (await locator.textContent()) ?? '';
  }

  test('talks to the skill: welcome, goodbye, then German; shows JSON, SSML check and stored context', async () => {
    const { page, problems } = await openSimulator();
    expect(await page.title()).toMatch(/Fortune Cookie/);
    expect(await page.getByRole('log', { name: 'Conversation turns' }).getAttribute('aria-live')).toBe('polite');
    expect(await text(page.locator('#session-state'))).toBe('No session');

    const open = await say(page, 'open fortune cookie', 1);
    expect(await text(open.locator('.msg.user'))).toContain('open fortune cookie');
    expect(await text(open.locator('.msg.alexa'))).toMatch(/welcome/i);
    expect(await open.locator('.msg.alexa .clip').count()).toBeGreaterThan(0);
    expect(await text(open.locator('.meta'))).toContain('LaunchRequest');
    expect(await text(open.locator('.turn-foot'))).toContain('session open');
    expect(await text(page.locator('#session-state'))).toBe('Session open · mic on');
    expect(await text(open.locator('.card'))).toMatch(/fortune/i);
    // The field is cleared and keeps the focus for the next turn.
    expect(await page.getByLabel('What you say to Alexa').inputValue()).toBe('');
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('utterance');

    const stop = await say(page, 'stop', 2);
    expect(await text(stop.locator('.meta'))).toContain('AMAZON.StopIntent');
    expect(await text(stop.locator('.msg.alexa'))).toMatch(/bye|take care|see you/i);
    expect(await text(stop.locator('.turn-foot'))).toContain('session closed');
    expect(await text(page.locator('#session-state'))).toBe('Session closed');

    await page.getByLabel('Locale').selectOption('de-DE');
    expect(await page.getByLabel('What you say to Alexa').getAttribute('lang')).toBe('de-DE');
    const german = await say(page, 'öffne glückskeks', 3);
    const alexa = german.locator('.msg.alexa');
    expect(await alexa.getAttribute('lang')).toBe('de-DE');
    expect(await text(alexa)).toMatch(/Glückskeks|Keks|Spruch/);
    expect(await text(german.locator('.turn-foot'))).toContain('session open');

    // The inspector shows the latest turn.
    const inspector = page.locator('#inspector');
    expect(await text(page.locator('#inspector-title'))).toBe('Turn 3 details');
    expect(await text(inspector.locator('#ssml-check'))).toContain('SSML OK');
    expect(await text(inspector.locator('#stored'))).toMatch(/"visits": 2/);
    expect(await text(inspector.locator('#session-attributes'))).toMatch(/"timeZone": "Europe\/Berlin"/);
    await inspector.getByText('Request · LaunchRequest').click();
    const requestJson = await text(inspector.locator('#exchanges details[open] pre'));
    expect(requestJson).toContain('"type": "LaunchRequest"');
    expect(requestJson).toContain('"locale": "de-DE"');

    // Details of an earlier turn.
    await stop.getByRole('button', { name: 'Show details of turn 2' }).click();
    expect(await text(page.locator('#inspector-title'))).toBe('Turn 2 details');
    expect(await text(inspector.locator('#nlu'))).toMatch(/winner: AMAZON\.StopIntent/);
    await german.getByRole('button', { name: 'Show details of turn 3' }).click();

    mkdirSync(join(PROJECT_ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true, animations: 'disabled' });
    expect(existsSync(SCREENSHOT)).toBe(true);
    expect(problems).toEqual([]);
  });

  test('shows a bad date as a clear error on the field, and inserts what the user typed as text only', async () => {
    const { page, problems } = await openSimulator();
    await page.getByLabel('User', { exact: true }).fill('mallory');
    await page.getByLabel('Date (skill clock)').fill('2026-13-45');
    const field = page.getByLabel('What you say to Alexa');
    await field.fill('open fortune cookie');
    await field.press('Enter');
    const error = page.getByRole('alert');
    await error.waitFor();
    expect(await text(error)).toMatch(/Check your input: bad date "2026-13-45"/);
    expect(await page.getByLabel('Date (skill clock)').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('date');
    expect(await page.locator('#transcript li.turn').count()).toBe(0);

    await page.getByLabel('Date (skill clock)').fill('2026-05-14');
    const open = await say(page, 'open fortune cookie', 1);
    expect(await error.isHidden()).toBe(true);
    expect(await page.getByLabel('Date (skill clock)').getAttribute('aria-invalid')).toBeNull();
    expect(await text(page.locator('#clock'))).toBe('2026-05-14T10:00:00Z');
    expect(await text(open.locator('.msg.alexa'))).toMatch(/welcome/i);

    const markup = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const turn = await say(page, markup, 2);
    expect(await text(turn.locator('.msg.user p'))).toBe(markup);
    expect(await page.locator('#transcript img, #transcript b').count()).toBe(0);
    expect(await page.evaluate('window.__pwned === undefined')).toBe(true);

    // Reset user: the stored context is gone.
    await page.getByRole('button', { name: 'Reset user' }).click();
    await page.locator('#transcript .divider', { hasText: 'reset' }).waitFor();
    expect(await text(page.locator('#stored'))).toBe('{}');
    expect(problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
  });

  test("speaks Alexa's lines in the locale's language, without the clips", async () => {
    const record = `
      window.__spoken = [];
      if (window.speechSynthesis) {
        window.speechSynthesis.speak = function (u) { window.__spoken.push({ text: u.text, lang: u.lang }); };
        window.speechSynthesis.cancel = function () {};
      }`;
    const { page } = await openSimulator(record);
    const toggle = page.getByRole('switch', { name: "Speak Alexa's lines" });
    expect(await toggle.isEnabled()).toBe(true);
    await toggle.check();
    await page.getByLabel('Locale').selectOption('en-GB');
    await say(page, 'open fortune cookie', 1);
    const spoken = (await page.evaluate('window.__spoken')) as { text: string; lang: string }[];
    expect(spoken.length).toBe(1);
    expect(spoken[0]!.lang).toBe('en-GB');
    expect(spoken[0]!.text).toMatch(/fortune|cookie|question/i);
    expect(spoken[0]!.text).not.toMatch(/clip|\[|soundbank/);
  });

  test('turns the Speak toggle off when the browser has no speech synthesis', async () => {
    const { page, problems } = await openSimulator("Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: undefined });");
    const toggle = page.getByRole('switch', { name: "Speak Alexa's lines" });
    expect(await toggle.isDisabled()).toBe(true);
    expect(await text(page.locator('#speak-hint'))).toMatch(/not available/);
    await say(page, 'open fortune cookie', 1);
    expect(problems).toEqual([]);
  });
});
