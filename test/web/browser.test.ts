/**
 * The web simulator in headless Chromium (browserSupport.ts): type, press Enter, read Alexa's answer,
 * switch locale, take a screenshot to test-results/simulator.png.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../local/simulator/model';
import { describeInBrowser, say, text, useSimulatorInBrowser } from './browserSupport';

const SCREENSHOT = join(PROJECT_ROOT, 'test-results', 'simulator.png');
/** The server's LOCAL_TIME_ZONE in these tests: not the browser's zone (Europe/Berlin), so the page must take the server's. */
const SERVER_ZONE = 'Asia/Tokyo';

jest.setTimeout(60000);

describeInBrowser('browser.test')('web simulator in headless Chromium', () => {
  const simulator = useSimulatorInBrowser({ localTimeZone: SERVER_ZONE });

  const openSimulator = (init?: string) => simulator.open({ init });

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
    // The time zone is the server's LOCAL_TIME_ZONE, not the browser's, and the page says so.
    expect(await page.getByLabel('Time zone').inputValue()).toBe(SERVER_ZONE);
    expect(await text(page.locator('#tz-default'))).toBe(`Server default: ${SERVER_ZONE} (the server's LOCAL_TIME_ZONE)`);
    expect(await text(inspector.locator('#session-attributes'))).toMatch(/"timeZone": "Asia\/Tokyo"/);
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
    expect(await text(page.locator('#clock'))).toBe('2026-05-14T03:00:00Z'); // noon in the server's zone, Tokyo
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
