/**
 * "Save as dialog" in headless Chromium (browserSupport.ts): the downloaded file parses and replays
 * green through the dialogs runner's API, as `npm run dialogs` would run it from dialogs/.
 */
import { readFileSync } from 'node:fs';
import { parseDialog } from '../../local/simulator/dialogs/read';
import { runDialog } from '../../local/simulator/dialogs/run';
import { describeInBrowser, say, text, useSimulatorInBrowser } from './browserSupport';

jest.setTimeout(60000);

describeInBrowser('browserDialog.test')('web simulator: save as dialog in headless Chromium', () => {
  const simulator = useSimulatorInBrowser({ seed: 11 });

  test('downloads the conversation as a YAML dialog that replays green', async () => {
    const { page, problems } = await simulator.open({ acceptDownloads: true });
    // Nothing said yet: a clear message, no file.
    await page.getByRole('button', { name: 'Save as dialog' }).click();
    await page.getByRole('alert').waitFor();
    expect(await text(page.getByRole('alert'))).toMatch(/nothing to save yet: say something first/i);

    await page.getByLabel('User', { exact: true }).fill('dialog-saver');
    await page.getByLabel('Date (skill clock)').fill('2026-05-14');
    await say(page, 'open fortune cookie', 1);
    await say(page, 'give me a tip about metrics', 2);
    await say(page, 'stop', 3);
    await say(page, 'ask fortune cookie for my fortune', 4);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as dialog' }).click()]);
    const fileName = download.suggestedFilename();
    expect(fileName).toMatch(/^web-en-US-\d{8}-\d{6}\.yaml$/);
    const yaml = readFileSync((await download.path())!, 'utf8');
    await page.locator('#transcript .divider', { hasText: 'Saved' }).waitFor();
    expect(await text(page.locator('#transcript .divider').last())).toMatch(/4 turns, it replays green in npm run dialogs/);

    const spec = parseDialog(yaml, fileName);
    expect(spec.turns.map((t) => t.user)).toEqual([
      'open fortune cookie',
      'give me a tip about metrics',
      'stop',
      'ask fortune cookie for my fortune',
    ]);
    expect(spec.turns.map((t) => t.intent)).toEqual(['LaunchRequest', 'GetTipIntent', 'AMAZON.StopIntent', 'GetFortuneIntent']);
    expect(spec.userId).toBe('amzn1.ask.account.dialog-saver');
    const run = await runDialog(spec);
    expect(run.failures).toEqual([]);
    expect(run.status).toBe('passed');
    expect(problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
  });
});
