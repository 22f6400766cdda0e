/**
 * A runner that keeps going: a broken dialog file is that file's failure, naming the key and the line
 * (and column where the parser gives one); the other files still run.
 */

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DialogFileError } from '../../local/simulator/dialogs/problems';
import { parseDialog } from '../../local/simulator/dialogs/read';
import { runDialogs } from '../../local/simulator/dialogs/run';
import { PROJECT_ROOT } from '../../local/simulator/model';
import { runScript } from '../support/runScript';

const BROKEN: Record<string, { text: string; problem: RegExp; key?: string; line: number; column?: number }> = {
  'bad-yaml.yaml': {
    text: 'turns:\n  - user: open fortune cookie\n  - user: [unclosed\n',
    problem: /^not valid YAML: /,
    line: 4,
    column: 1,
  },
  'bad-date.yaml': {
    text: 'turns:\n  - user: open fortune cookie\n  - user: "yes"\n    date: 2026-02-30\n',
    problem: /^turn 2: date "2026-02-30" is not a date/,
    key: 'date',
    line: 4,
    column: 5,
  },
  'bad-top-date.yaml': {
    text: 'name: x\ndate: 2026-13-01\nturns:\n  - open fortune cookie\n',
    problem: /^date "2026-13-01"/,
    key: 'date',
    line: 2,
    column: 1,
  },
  'bad-locale.yaml': {
    text: 'name: x\nlocale: fr-FR\nturns:\n  - open fortune cookie\n',
    problem: /^locale "fr-FR" is not one of/,
    key: 'locale',
    line: 2,
    column: 1,
  },
  'bad-time-zone.yaml': {
    text: 'timeZone: Mars/Base\nturns:\n  - open fortune cookie\n',
    problem: /^timeZone "Mars\/Base"/,
    key: 'timeZone',
    line: 1,
    column: 1,
  },
  'bad-turn-key.yaml': {
    text: 'turns:\n  - open fortune cookie\n  - user: "yes"\n    say: welcome\n',
    problem: /^turn 2: unknown key "say" \(did you mean "says"\?\)$/,
    key: 'say',
    line: 4,
    column: 5,
  },
  'bad-top-key.yaml': {
    text: 'name: x\ntunrs:\n  - open fortune cookie\n',
    problem: /^unknown key "tunrs" \(did you mean "turns"\?\)$/,
    key: 'tunrs',
    line: 2,
    column: 1,
  },
  'bad-json.json': {
    text: '{\n  "locale": "en-US",\n  "userInput": ["open fortune cookie",]\n}\n',
    problem: /^not valid JSON: value expected$/,
    line: 3,
    column: 39,
  },
  'bad-json-end.json': { text: '{\n  "userInput": ["open fortune cookie"\n', problem: /^not valid JSON: /, line: 3, column: 1 },
  'bad-replay-locale.json': {
    text: '{\n  "locale": "xx-XX",\n  "userInput": ["hi"]\n}\n',
    problem: /^locale "xx-XX"/,
    key: 'locale',
    line: 2,
    column: 3,
  },
  'bad-replay-key.json': {
    text: '{\n  "locale": "en-US",\n  "userInputs": ["hi"]\n}\n',
    problem: /^unknown key "userInputs"/,
    key: 'userInputs',
    line: 3,
    column: 3,
  },
};
const GOOD = {
  'good.yaml': 'turns:\n  - user: ask fortune cookie for my fortune\n    intent: GetFortuneIntent\n',
  'replay.json': JSON.stringify({ locale: 'en-US', userInput: ['open fortune cookie', 'stop', '.quit'] }),
};

/** The position (and key, where there is one) a broken file's error carries. */
function where(expected: (typeof BROKEN)[string]) {
  return { line: expected.line, ...(expected.key && { key: expected.key }), ...(expected.column && { column: expected.column }) };
}

function writeDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'broken-dialogs-'));
  for (const [name, { text }] of Object.entries(BROKEN)) writeFileSync(join(dir, name), text);
  for (const [name, text] of Object.entries(GOOD)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('reading a broken dialog file', () => {
  for (const [name, expected] of Object.entries(BROKEN)) {
    test(`${name}: names the problem, the key and the position`, () => {
      let error: unknown;
      try {
        parseDialog(expected.text, `/tmp/${name}`);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DialogFileError);
      const { problem, at, message } = error as DialogFileError;
      expect(problem).toMatch(expected.problem);
      expect(at).toEqual(where(expected));
      expect(message.startsWith(`/tmp/${name}:${expected.line}`)).toBe(true);
    });
  }
});

describe('running a directory with broken files', () => {
  test('each broken file is its own failure; the good ones still run and pass', async () => {
    const dir = writeDir();
    try {
      const runs = await runDialogs(dir);
      const byName = new Map(runs.map((r) => [r.spec.name, r]));
      expect(runs).toHaveLength(Object.keys(BROKEN).length + Object.keys(GOOD).length);
      for (const name of Object.keys(GOOD)) {
        expect(byName.get(name)).toMatchObject({ status: 'passed' });
        expect(byName.get(name)!.turns.length).toBeGreaterThan(0);
      }
      for (const [name, expected] of Object.entries(BROKEN)) {
        const run = byName.get(name)!;
        expect(run.status).toBe('failed');
        expect(run.unreadable).toMatchObject(where(expected));
        expect(run.failures).toEqual([expect.stringMatching(new RegExp(`^cannot read the dialog \\(line ${expected.line}\\b`))]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function runDialogsCli(args: string[]) {
  return runScript('run-dialogs.ts', args, { timeoutMs: 120_000 });
}

describe('npm run dialogs with broken files', () => {
  test('prints file:line:column and the key for each broken file, runs the rest, and counts them', () => {
    const dir = writeDir();
    try {
      const { code, stdout } = runDialogsCli(['--dir', dir, '--no-coverage']);
      expect(code).toBe(1);
      expect(stdout).toMatch(/^FAIL {2}bad-date\.yaml:4:5: cannot read the dialog: turn 2: date "2026-02-30" is not a date/m);
      expect(stdout).toMatch(/^FAIL {2}bad-turn-key\.yaml:4:5: cannot read the dialog: turn 2: unknown key "say"/m);
      expect(stdout).toMatch(/^FAIL {2}bad-json\.json:3:39: cannot read the dialog: not valid JSON/m);
      expect(stdout).toMatch(/^FAIL {2}bad-locale\.yaml:2:1: cannot read the dialog: locale "fr-FR"/m);
      expect(stdout).toMatch(/^PASS {2}good\.yaml/m);
      expect(stdout).toMatch(/^PASS {2}replay\.json/m);
      expect(stdout.trim().split('\n').pop()).toBe(`2 passed, ${Object.keys(BROKEN).length} failed`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a filtered run does not overwrite the full coverage report; --coverage-out writes it elsewhere', () => {
    const full = join(PROJECT_ROOT, 'dist', 'dialog-coverage.json');
    const before = existsSync(full) ? { text: readFileSync(full, 'utf8'), mtime: statSync(full).mtimeMs } : undefined;
    const filtered = runDialogsCli(['replay/en-US']);
    expect(filtered.code).toBe(0);
    expect(filtered.stdout).toMatch(/not written: a filtered run, 1 of \d+ dialogs; dist\/dialog-coverage\.json keeps the last full run/);
    if (before) {
      expect(readFileSync(full, 'utf8')).toBe(before.text);
      expect(statSync(full).mtimeMs).toBe(before.mtime);
    } else expect(existsSync(full)).toBe(false);

    const out = mkdtempSync(join(tmpdir(), 'coverage-'));
    try {
      mkdirSync(out, { recursive: true });
      const written = runDialogsCli(['replay/en-US', '--coverage-out', join(out, 'partial.json')]);
      expect(written.stdout).toContain('(written to');
      expect(JSON.parse(readFileSync(join(out, 'partial.json'), 'utf8')).locales).toBeDefined();
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('a filter that matches nothing says so and fails', () => {
    const { code, stdout } = runDialogsCli(['no-such-dialog-anywhere']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^none of the \d+ dialogs under dialogs matches no-such-dialog-anywhere$/m);
  });
});
