import { join } from 'node:path';
import { PROJECT_ROOT } from '../../local/simulator/model';
import { runScript } from '../support/runScript';

// A developer's typing mistakes end `npm run dialog` at once with one line naming the mistake: no hang, no stack.
function dialog(args: string[], env: Record<string, string> = {}, script = 'dialog.ts', input = '') {
  // Bounds the run: a dialog left waiting on its store would be killed (signal set) and fail the test.
  return runScript(script, args, { input, env, timeoutMs: 30_000 });
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

describe('npm run dialogs: mistakes in the command line', () => {
  test('a --dir that does not exist, an unknown flag or a missing value is one line without a stack', () => {
    const missing = dialog(['--dir', join(PROJECT_ROOT, 'no-such-dialogs')], {}, 'run-dialogs.ts');
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(`run-dialogs: --dir ${join(PROJECT_ROOT, 'no-such-dialogs')}: no such folder`);
    const unknown = dialog(['--bogus'], {}, 'run-dialogs.ts');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^run-dialogs: Unknown option '--bogus'.*\(npm run dialogs -- --help lists the flags\)\n$/);
    const valueless = dialog(['--dir'], {}, 'run-dialogs.ts');
    expect(valueless.stderr.trim()).toBe(
      "run-dialogs: Option '--dir <value>' argument missing (npm run dialogs -- --help lists the flags)",
    );
    for (const result of [missing, unknown, valueless]) expect(result.stderr).not.toContain('    at ');
  });

  test('--help lists the flags', () => {
    const help = dialog(['--help'], {}, 'run-dialogs.ts');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--coverage-out FILE');
  });
});

describe('npm run dialog: odd input', () => {
  test('a pasted megabyte is quoted in 200 characters with its length, not printed back twice', () => {
    const line = 'a'.repeat(1_000_000);
    const outside = dialog(['--memory'], {}, 'dialog.ts', `${line}\n`);
    expect(outside.code).toBe(0);
    expect(outside.stdout).toContain(`you> ${'a'.repeat(200)}… (1000000 characters)`);
    expect(outside.stdout).toContain('does not name the skill: say "open fortune cookie"');
    const inside = dialog(['--memory'], {}, 'dialog.ts', `open fortune cookie\n${line}\n`);
    expect(inside.stdout).toContain('-> IntentRequest AMAZON.FallbackIntent');
    for (const result of [outside, inside]) expect(result.stdout.length).toBeLessThan(5_000);
  });
});

describe('npm run dialog: a setting typed without its value', () => {
  test('says what it takes and what it is now, and changes nothing (.user alone set the user to "amzn1.ask.account.")', () => {
    const result = dialog(['--memory'], {}, 'dialog.ts', '.user\n.locale\n.date\n.tz\nopen fortune cookie\n');
    expect(result.stdout).toContain('  (.user NAME: e.g. .user alice; the user is amzn1.ask.account.LOCALTESTUSER)');
    expect(result.stdout).toContain('  (.locale L: one of de-DE, en-AU, en-CA, en-GB, en-IN, en-US; the locale is en-US)');
    expect(result.stdout).toContain('  (.date D: YYYY-MM-DD or an ISO timestamp; the clock is now)');
    expect(result.stdout).toContain('  (.tz ZONE: an IANA name such as Europe/Berlin; the time zone is America/Los_Angeles)');
    expect(result.stdout).not.toContain('interactionModels');
    expect(result.stdout).toContain('-> LaunchRequest');
  });
});
