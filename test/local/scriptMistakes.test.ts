import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScript } from '../support/runScript';

// Odd flags and values to the developer scripts: one line that names the flag and the value, no stack, nothing
// run for minutes first. Each run is bounded; none starts a server.
let dir: string;
let aFile: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'script-mistakes-'));
  aFile = join(dir, 'a-file');
  writeFileSync(aFile, 'not a folder');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (script: string, args: string[]) => runScript(script, args, { timeoutMs: 30_000 });

describe('npm run fuzz', () => {
  test('--help prints the flags, exit 0 (it was "Unknown option \'--help\'", exit 2)', () => {
    const result = run('fuzz.ts', ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^npm run fuzz -- \[--count N\] \[--seed S\] \[--dump FILE\]\n {2}--count N {4}envelopes to send, 1-1000000/,
    );
  });

  test('a wrong value is named with the flag (it was the usage line alone; --count 1e9 ran with a 1 ms Jest timeout)', () => {
    for (const [args, line] of [
      [['--count', 'abc'], '--count "abc": a whole number 1-1000000'],
      [['--count', '1e9'], '--count "1e9": a whole number 1-1000000'],
      [['--seed', '1.5'], '--seed "1.5": an integer'],
      [['--dump', join(aFile, 'failures.json')], `--dump ${join(aFile, 'failures.json')}: ${aFile} is a file, not a folder`],
    ] as const) {
      const result = run('fuzz.ts', [...args]);
      expect(result.signal).toBeNull();
      expect([result.code, result.stderr]).toEqual([2, `${line}\nusage: npm run fuzz -- [--count N] [--seed S] [--dump FILE]\n`]);
    }
  });
});

describe('npm run dialogs', () => {
  test('a --coverage-out that cannot be written is one line before any dialog runs (it was a stack after the run)', () => {
    const out = join(aFile, 'coverage.json');
    const result = run('run-dialogs.ts', ['--coverage-out', out, 'en-US/launch-journey']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`run-dialogs: --coverage-out ${out}: ${aFile} is a file, not a folder\n`);
    expect(result.stdout).toBe('');
    const both = run('run-dialogs.ts', ['--coverage-out', join(dir, 'c.json'), '--no-coverage']);
    expect(both.stderr).toBe('run-dialogs: --coverage-out and --no-coverage: choose one\n');
  });

  test('a --dir with no dialogs, or that is a file, says so (it was "no dialog under … matches " with nothing after)', () => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    const none = run('run-dialogs.ts', ['--dir', empty]);
    expect([none.code, none.stdout]).toEqual([1, `no dialog files (*.yaml, *.yml, *.json) under ${empty}\n`]);
    const file = run('run-dialogs.ts', ['--dir', aFile]);
    expect(file.stderr).toBe(`run-dialogs: --dir ${aFile}: a file, not a folder of dialogs\n`);
  });
});
