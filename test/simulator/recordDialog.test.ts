/**
 * `.record FILE` … `.stop` in `npm run dialog`: a piped terminal session is written as a dialog file with
 * expectations from what happened, and the file passes `npm run dialogs`.
 */

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDialog } from '../../local/simulator/dialogs/read';
import { runScript } from '../support/runScript';

function run(script: string, args: string[], input = '') {
  return runScript(script, args, { input, timeoutMs: 90_000 });
}

describe('npm run dialog: .record FILE and .stop', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'record-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('writes the session as a dialog with what happened as expectations, and the dialogs runner passes it', () => {
    const session = [
      'open fortune cookie', // before .record: not in the file
      'stop',
      `.record ${join(dir, 'journey')}`,
      'open fortune cookie',
      'give me a tip about docker',
      'stop',
      '.date 2026-05-20',
      'ask fortune cookie for my fortune',
      'how is the weather in paris',
      '.stop',
      'open fortune cookie', // after .stop: not in the file
      '.quit',
    ];
    const terminal = run('dialog.ts', ['--memory', '--date', '2026-05-14'], `${session.join('\n')}\n`);
    expect(terminal.stderr).toBe('');
    const file = join(dir, 'journey.yaml');
    expect(terminal.stdout).toContain(`(recording to ${file}; .stop writes it)`);
    expect(terminal.stdout).toContain(`(wrote ${file}: 5 turns; replayed: passed)`);

    const yaml = readFileSync(file, 'utf8');
    expect(yaml).toMatch(
      /^# Recorded in the Fortune Cookie terminal \(npm run dialog\); replay with: npm run dialogs -- --dir \S+ journey$/m,
    );
    const spec = parseDialog(yaml, file);
    expect(spec).toMatchObject({ locale: 'en-US', timeZone: 'America/Los_Angeles', date: expect.stringMatching(/^2026-05-14T/) });
    const [open, tip, stop, fortune, weather] = spec.turns;
    expect(spec.turns).toHaveLength(5);
    expect(open).toMatchObject({ user: 'open fortune cookie', intent: 'LaunchRequest', sessionOpen: true });
    expect(open!.says ?? open!.anyOf).toBeTruthy();
    expect(tip).toMatchObject({ intent: 'GetTipIntent', slots: { topic: 'containers' }, sessionOpen: true });
    expect(stop).toMatchObject({ intent: 'AMAZON.StopIntent', sessionOpen: false });
    // The clock jump of .date is the turn's date.
    expect(fortune).toMatchObject({ date: expect.stringMatching(/^2026-05-20T/), intent: 'GetFortuneIntent', sessionOpen: false });
    expect(weather).toEqual({ user: 'how is the weather in paris', routed: false });

    const dialogs = run('run-dialogs.ts', ['--dir', dir, '--no-coverage']);
    expect(dialogs.stdout).toMatch(/^PASS {2}journey\.yaml: recorded in the terminal/m);
    expect(dialogs.stdout.trim().split('\n').pop()).toBe('1 passed, 0 failed');
    expect(dialogs.code).toBe(0);
  });

  test('.quit writes a recording still going; a recording begun in a session starts with the next one', () => {
    const file = join(dir, 'de.yaml');
    const terminal = run(
      'dialog.ts',
      ['--memory', '--locale', 'de-DE', '--date', '2026-05-14'],
      ['öffne glückskeks', `.record ${file}`, 'ja', 'stop', 'frag glückskeks nach meinem spruch', '.quit', ''].join('\n'),
    );
    expect(terminal.stdout).toContain('a session is open, so it starts with the next one');
    expect(terminal.stdout).toContain(`(wrote ${file}: 1 turn; replayed: passed)`);
    const spec = parseDialog(readFileSync(file, 'utf8'), file);
    expect(spec.locale).toBe('de-DE');
    expect(spec.timeZone).toBe('Europe/Berlin');
    expect(spec.turns.map((t) => t.user)).toEqual(['frag glückskeks nach meinem spruch']);
    expect(spec.turns[0]).toMatchObject({ intent: 'GetFortuneIntent', sessionOpen: false });
  });

  test('refuses a non-YAML name, says when nothing was recorded, and .stop without .record says so', () => {
    const terminal = run(
      'dialog.ts',
      ['--memory'],
      [`.record ${join(dir, 'x.json')}`, '.stop', `.record ${join(dir, 'empty')}`, '.record', '.record'].join('\n'),
    );
    expect(terminal.stdout).toContain('(a recording is a YAML dialog: name it .yaml, not .json)');
    expect(terminal.stdout).toContain('(not recording; .record FILE starts)');
    expect(terminal.stdout).toContain(`(nothing recorded, ${join(dir, 'empty.yaml')} not written)`);
    expect(terminal.stdout).toContain('(.record FILE starts recording');
    expect(existsSync(join(dir, 'empty.yaml'))).toBe(false);
  });
});
