import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../local/simulator/model';

// A developer's typing mistakes end `npm run dialog` at once with one line naming the mistake: no hang, no stack.
const tsx = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

function dialog(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(tsx, [join(PROJECT_ROOT, 'scripts', 'dialog.ts'), ...args], {
    cwd: PROJECT_ROOT,
    input: '',
    encoding: 'utf8',
    env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'SILENT', ...env },
    // Bounds the run: a dialog left waiting on its store would be killed (signal set) and fail the test.
    timeout: 30_000,
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run dialog: mistakes in the flags', () => {
  test('an impossible --date ends the run with one line, before the persistent store is opened (it used to hang)', () => {
    // No --memory: the persistent store is the one that kept the process alive.
    const result = dialog(['--date', '2026-13-45']);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('dialog: --date "2026-13-45" is not a date (YYYY-MM-DD that exists, or an ISO timestamp)');
    expect(result.stdout).not.toContain('Fortune Cookie, offline');
  });

  test('an unknown flag or a flag without its value names where the flags are listed', () => {
    const unknown = dialog(['--memory', '--bogus']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe("dialog: Unknown option '--bogus' (npm run dialog -- --help lists the flags)");
    const missing = dialog(['--memory', '--locale']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("dialog: Option '--locale <value>' argument missing (npm run dialog -- --help lists the flags)");
  });
});
