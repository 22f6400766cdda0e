import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentFileProblems, contentWarning } from '../../local/contentCheck';
import { PROJECT_ROOT } from '../../local/simulator/model';
import { localTimeZone } from '../../local/startBanner';
import { runScript } from '../support/runScript';

// What `npm start` and `npm run dialog` refuse or warn about before they serve, each in one line.
function script(name: string, env: Record<string, string>, args: string[] = []) {
  // A server that starts when it should refuse would run until killed here (signal set): the test fails.
  return runScript(name, args, { env: { PORT: '0', ...env }, timeoutMs: 30_000 });
}

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'content-check-'));
  cpSync(join(PROJECT_ROOT, 'content'), join(scratch, 'content'), { recursive: true });
  writeFileSync(join(scratch, 'content', 'en', 'postmortems.json'), '{\n  "id": "postmortems",\n  "items": [\n');
  rmSync(join(scratch, 'content', 'de', 'batch.json'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('LOCAL_TIME_ZONE', () => {
  test('unset is the default zone, a zone is taken, anything else refuses with one line', () => {
    expect(localTimeZone(undefined)).toEqual({ zone: 'America/Los_Angeles', source: 'default; LOCAL_TIME_ZONE sets it' });
    expect(localTimeZone('Europe/Berlin')).toEqual({ zone: 'Europe/Berlin', source: 'LOCAL_TIME_ZONE' });
    expect(() => localTimeZone('Mars/Base')).toThrow('LOCAL_TIME_ZONE must be an IANA time zone such as Europe/Berlin, got "Mars/Base"');
  });

  test('npm start with LOCAL_TIME_ZONE=Mars/Base exits 1 with one line (it used to start and answer the default zone)', () => {
    const result = script('start.ts', { LOCAL_TIME_ZONE: 'Mars/Base' });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('npm start: LOCAL_TIME_ZONE must be an IANA time zone such as Europe/Berlin, got "Mars/Base"');
  });
});

describe('CONTENT_DIR', () => {
  test('a broken or missing content file is one line each, with line and column, and the skill keeps the rest', () => {
    const root = join(scratch, 'content');
    const problems = contentFileProblems(root);
    expect(problems).toEqual([
      `${join(root, 'en', 'postmortems.json')}:4:1: not JSON (CloseBracketExpected); the skill leaves it out`,
      `${join(root, 'de', 'batch.json')}: missing; the skill serves de without it`,
    ]);
    expect(contentWarning(root).at(-1)).toBe('content: npm run validate lists every problem');
    expect(contentWarning(join(PROJECT_ROOT, 'content'))).toEqual([]);
  });

  test('npm start and npm run dialog refuse a content folder that does not exist', () => {
    const missing = join(scratch, 'nothing-here');
    const start = script('start.ts', { CONTENT_DIR: missing });
    expect(start.signal).toBeNull();
    expect(start.code).toBe(1);
    expect(start.stderr.trim()).toBe(`npm start: content folder ${missing} does not exist (CONTENT_DIR)`);
    const dialog = script('dialog.ts', { CONTENT_DIR: missing }, ['--memory']);
    expect(dialog.code).toBe(1);
    expect(dialog.stderr.trim()).toBe(`dialog: content folder ${missing} does not exist (CONTENT_DIR)`);
  });

  test('npm run dialog names the broken file before the first turn (the skill would skip it in silence)', () => {
    const result = script('dialog.ts', { CONTENT_DIR: join(scratch, 'content') }, ['--memory']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`content: ${join(scratch, 'content', 'en', 'postmortems.json')}:4:1: not JSON`);
  });

  test('npm run validate checks the CONTENT_DIR the skill reads, and says so', () => {
    const result = script('validate.ts', { CONTENT_DIR: join(scratch, 'content') });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`content (CONTENT_DIR ${join(scratch, 'content')}):`);
    expect(result.stdout).toContain('en/postmortems.json: invalid JSON');
  });
});

describe('npm run validate: a CONTENT_DIR that is not a folder', () => {
  test('is one line, exit 1 (it was 17 problems about the subfolders and files of a folder that is not there)', () => {
    const missing = join(scratch, 'nothing-here');
    const result = script('validate.ts', { CONTENT_DIR: missing });
    expect([result.code, result.stdout, result.stderr]).toEqual([
      1,
      '',
      `validate: content folder ${missing} does not exist (CONTENT_DIR)\n`,
    ]);
  });
});
