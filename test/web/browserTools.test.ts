/**
 * The developer tools of the web simulator in headless Chromium (browserSupport.ts): input history,
 * per-turn skill latency, the stored-context diff, the time zone's server default, and a layout that
 * wraps long words at 360 px.
 */
import { describeInBrowser, type OpenOptions, say, text, useSimulatorInBrowser } from './browserSupport';

const SERVER_ZONE = 'Asia/Tokyo';

jest.setTimeout(60000);

describeInBrowser('browserTools.test')('web simulator tools in headless Chromium', () => {
  const simulator = useSimulatorInBrowser({ localTimeZone: SERVER_ZONE });

  const open = (options: OpenOptions = {}) => simulator.open(options);

  test('arrow up and down walk through what was said, keeping the line being typed', async () => {
    const { page, problems } = await open();
    await page.getByLabel('User', { exact: true }).fill('history-user');
    await say(page, 'open fortune cookie', 1);
    await say(page, 'give me a tip', 2);
    const field = page.getByLabel('What you say to Alexa');
    await field.fill('half typ');
    await field.press('ArrowUp');
    expect(await field.inputValue()).toBe('give me a tip');
    await field.press('ArrowUp');
    expect(await field.inputValue()).toBe('open fortune cookie');
    await field.press('ArrowUp'); // the oldest stays
    expect(await field.inputValue()).toBe('open fortune cookie');
    await field.press('ArrowDown');
    expect(await field.inputValue()).toBe('give me a tip');
    await field.press('ArrowDown');
    expect(await field.inputValue()).toBe('half typ');
    // A line from the history can be sent again.
    await field.press('ArrowUp');
    await field.press('Enter');
    const again = page.locator('#transcript li.turn[data-turn="3"]');
    await again.waitFor();
    expect(await text(again.locator('.msg.user'))).toContain('give me a tip');
    expect(problems).toEqual([]);
  });

  test('shows the server-measured skill time per turn and what each turn changed in the stored context', async () => {
    const { page, problems } = await open();
    await page.getByLabel('User', { exact: true }).fill('diff-user');
    await page.getByRole('button', { name: 'Reset user' }).click();
    await page.locator('#transcript .divider', { hasText: 'reset' }).waitFor();

    const first = await say(page, 'open fortune cookie', 1);
    const pill = first.locator('.pill-time');
    expect(await text(pill)).toMatch(/^skill \d+(\.\d)? ms$/);
    expect(await pill.getAttribute('title')).toMatch(/Server-measured/);
    expect(await text(page.locator('#request-summary'))).toMatch(/Skill time\d+(\.\d)? ms.*measured on the server/);
    // A first visit adds the visit count to an empty context.
    const diff = page.locator('#stored-diff');
    expect(await text(diff.locator('li[data-path="visits"]'))).toMatch(/visits added: 1$/);

    await say(page, 'stop', 2);
    await say(page, 'open fortune cookie', 3);
    expect(await text(diff.locator('li[data-path="visits"]'))).toMatch(/visits changed: 1 \u2192 2$/);
    expect(await diff.locator('li.diff-added[data-path="visits"]').count()).toBe(0);
    // Outside a session, words that are not for the skill reach no skill: no time shown, no change.
    await say(page, 'stop', 4);
    const unrouted = await say(page, 'how is the weather in paris', 5);
    expect(await unrouted.locator('.meta').count()).toBe(0);
    expect(await unrouted.locator('.pill-time').count()).toBe(0);
    expect(await text(diff)).toBe('No change in this turn.');
    expect(problems).toEqual([]);
  });

  test("defaults the time zone to the server's LOCAL_TIME_ZONE, says so, and lets the user choose another", async () => {
    const { page, problems } = await open({ timezoneId: 'America/New_York' });
    const zone = page.getByLabel('Time zone');
    expect(await zone.inputValue()).toBe(SERVER_ZONE);
    expect(await text(page.locator('#tz-default'))).toContain(`Server default: ${SERVER_ZONE} (the server's LOCAL_TIME_ZONE)`);
    const reset = page.getByRole('button', { name: 'Use the server default' });
    expect(await reset.isHidden()).toBe(true);

    await zone.fill('Europe/Lisbon');
    await zone.press('Enter');
    expect(await reset.isVisible()).toBe(true);
    await say(page, 'open fortune cookie', 1);
    expect(await text(page.locator('#session-attributes'))).toMatch(/"timeZone": "Europe\/Lisbon"/);

    // The choice is kept across a reload; the server default comes back with one click.
    await page.reload();
    await page.locator('#examples button').first().waitFor();
    expect(await zone.inputValue()).toBe('Europe/Lisbon');
    await reset.click();
    expect(await zone.inputValue()).toBe(SERVER_ZONE);
    expect(await reset.isHidden()).toBe(true);
    expect(problems).toEqual([]);
  });

  test('wraps long words inside the bubbles: nothing scrolls sideways at 360 px', async () => {
    const { page, problems } = await open({ viewport: { width: 360, height: 800 } });
    const long = `open fortune cookie ${'x'.repeat(180)}`;
    await say(page, 'open fortune cookie', 1);
    const turn = await say(page, long, 2);
    // A string, so the test's own tsconfig needs no DOM types.
    const overflow = (await page.evaluate(`({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      bubbles: [...document.querySelectorAll('.msg')].map((m) => m.scrollWidth - m.clientWidth),
    })`)) as { page: number; bubbles: number[] };
    expect(overflow.page).toBeLessThanOrEqual(0);
    expect(Math.max(...overflow.bubbles)).toBeLessThanOrEqual(0);
    const box = await turn.locator('.msg.user').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    expect(box!.height).toBeGreaterThan(40); // the long word broke onto several lines
    expect(problems).toEqual([]);
  });
});
