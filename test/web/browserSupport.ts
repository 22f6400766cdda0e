/**
 * Headless Chromium for the web simulator's browser tests: the Debian package driven by playwright-core,
 * never a browser download. In CI (CI=true) a missing Chromium fails the tests; locally they skip with a
 * message saying how to install it.
 */
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from './support';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const INSTALL_HINT = 'apt-get update && apt-get install -y --no-install-recommends chromium';
const inCi = Boolean(process.env.CI) && !/^(0|false)$/i.test(process.env.CI ?? '');
const haveChromium = existsSync(CHROMIUM);

/** `describe` when Chromium is there (or in CI, where its absence must fail), else `describe.skip` with a note. */
export function describeInBrowser(file: string): jest.Describe {
  if (!haveChromium && !inCi) {
    process.stderr.write(`\n[${file}] SKIPPED: no Chromium at ${CHROMIUM}. Install it with: ${INSTALL_HINT}\n\n`);
  }
  return haveChromium || inCi ? describe : describe.skip;
}

export async function launchChromium(): Promise<Browser> {
  if (!haveChromium) {
    throw new Error(`Chromium is required in CI but ${CHROMIUM} does not exist (.ci/run installs it: ${INSTALL_HINT})`);
  }
  return chromium.launch({
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
}

export interface OpenOptions {
  init?: string;
  viewport?: { width: number; height: number };
  /** The browser's own zone: the page must not take it (the server's LOCAL_TIME_ZONE is the default). */
  timezoneId?: string;
  acceptDownloads?: boolean;
}

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors (a CSP violation, a script error). */
  problems: string[];
}

/** A fresh context and page on the simulator, once the config has loaded (the example phrases are there). */
export async function openSimulator(browser: Browser, url: string, options: OpenOptions = {}): Promise<OpenPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 1000 },
    locale: 'en-US',
    timezoneId: options.timezoneId ?? 'Europe/Berlin',
    acceptDownloads: options.acceptDownloads ?? false,
  });
  const page = await context.newPage();
  if (options.init) await page.addInitScript(options.init);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${url}/simulator`);
  await page.locator('#examples button').first().waitFor();
  return { context, page, problems };
}

/** Types an utterance, presses Enter, and waits for that turn in the transcript. */
export async function say(page: Page, utterance: string, index: number): Promise<Locator> {
  const field = page.getByLabel('What you say to Alexa');
  await field.fill(utterance);
  await field.press('Enter');
  const turn = page.locator(`#transcript li.turn[data-turn="${index}"]`);
  await turn.waitFor();
  return turn;
}

export async function text(locator: Locator): Promise<string> {
  return (await locator.textContent()) ?? '';
}

/**
 * One test file's simulator server and browser, started before its tests and closed after; every
 * page opened through `open` gets its own browser context, closed after each test. Call it inside
 * the file's describe block.
 */
export function useSimulatorInBrowser(serverOptions: Parameters<typeof startTestServer>[0] = {}) {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    server = await startTestServer(serverOptions);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });
  return {
    get server(): TestServer {
      return server!;
    },
    async open(options: OpenOptions = {}): Promise<OpenPage> {
      const opened = await openSimulator(browser!, server!.url, options);
      context = opened.context;
      return opened;
    },
  };
}
