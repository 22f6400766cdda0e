/**
 * Leaving `npm run dialog` with a session open: the session ends as Alexa would end it, in one line, and a
 * recording still going is written (elsewhere, said so, when its path cannot be written), never lost.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDialog } from '../../local/simulator/dialogs/read';
import { PROJECT_ROOT } from '../../local/simulator/model';
import { runScript } from '../support/runScript';

const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

function dialog(lines: string[], args: string[] = []) {
  return runScript('dialog.ts', ['--memory', '--date', '2026-05-14', ...args], { input: `${lines.join('\n')}\n`, timeoutMs: 90_000 });
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'leave-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run dialog: leaving with the session open', () => {
  test('the end of input is a user who walked away: reprompt, then EXCEEDED_MAX_REPROMPTS, and the recording ends with it', () => {
    // Before: the run ended without a word about the open session, and the recording's last turn left it open.
    const file = join(dir, 'walked-away.yaml');
    const result = dialog([`.record ${file}`, 'open fortune cookie']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '  (end of input with the session open: Alexa played the reprompt, heard nothing and ended it (SessionEndedRequest EXCEEDED_MAX_REPROMPTS), the last turn of the recording)',
    );
    expect(result.stdout).toContain(`(wrote ${file}: 2 turns; replayed: passed)`);
    const turns = parseDialog(readFileSync(file, 'utf8'), file).turns;
    expect(turns.at(-1)).toMatchObject({ user: '', intent: 'SessionEndedRequest', sessionOpen: false });
  });

  test('.quit is leaving on purpose: the locale\'s "exit", USER_INITIATED', () => {
    const result = dialog(['öffne glückskeks', '.quit'], ['--locale', 'de-DE']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  (.quit with the session open: ended as if you said "beenden" (SessionEndedRequest USER_INITIATED))');
  });

  test('no session open: nothing is said about one', () => {
    const result = dialog(['open fortune cookie', 'stop']);
    expect(result.stdout).not.toContain('with the session open');
  });
});

describe('npm run dialog: a recording whose file cannot be written', () => {
  test('a folder that is a file is refused at .record, before the session (it was found only at .stop)', () => {
    writeFileSync(join(dir, 'a-file'), 'not a folder');
    const target = join(dir, 'a-file', 'x.yaml');
    const result = dialog([`.record ${target}`, 'open fortune cookie', 'stop', '.stop']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`  (cannot record to ${target}: ${join(dir, 'a-file')} is a file, not a folder; .record another file)`);
  });

  test('a write that fails anyway goes to a temporary folder instead, and the line says where', () => {
    // Under /proc no folder can be made, though /proc itself is one: only the write finds out.
    const result = dialog(['.record /proc/fortune-cookie-no-such/x.yaml', 'open fortune cookie', 'stop', '.stop']);
    expect(result.code).toBe(0);
    const line = /\(could not write (\S+) \((\w+)\); wrote the recording to (\S+) instead: 2 turns; replayed: passed\)/.exec(result.stdout);
    expect(line?.[1]).toBe('/proc/fortune-cookie-no-such/x.yaml');
    const fallback = line![3]!;
    try {
      expect(parseDialog(readFileSync(fallback, 'utf8'), fallback).turns).toHaveLength(2);
    } finally {
      rmSync(join(fallback, '..'), { recursive: true, force: true });
    }
  });
});

describe('npm run dialog: Ctrl-C', () => {
  test('ends the open session and writes the recording, like the end of input (the process died with both lost)', async () => {
    const file = join(dir, 'interrupted.yaml');
    const child = spawn(TSX, [join(PROJECT_ROOT, 'scripts', 'dialog.ts'), '--memory', '--date', '2026-05-14'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'SILENT' },
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000); // bound: a process that never answers fails the test
    let stdout = '';
    child.stdout.setEncoding('utf8');
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const opened = new Promise<void>((done) =>
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        if (stdout.includes('[session open')) done();
      }),
    );
    child.stdin.write(`.record ${file}\nopen fortune cookie\n`);
    await Promise.race([opened, exited]);
    child.kill('SIGINT');
    const code = await exited;
    clearTimeout(killer);
    expect(code).toBe(0);
    expect(stdout).toContain(
      '  (Ctrl-C with the session open: Alexa played the reprompt, heard nothing and ended it (SessionEndedRequest EXCEEDED_MAX_REPROMPTS), the last turn of the recording)',
    );
    expect(stdout).toContain(`(wrote ${file}: 2 turns; replayed: passed)`);
  }, 90_000);
});
