import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUPPORTED_LOCALES } from '../../lambda/locale';
import { runScript } from '../support/runScript';

function run(script: string, args: string[], input = '') {
  return runScript(script, args, { input });
}

describe('npm run dialog: the terminal', () => {
  test('the banner speaks the chosen locale, and its time zone follows the locale unless given', () => {
    const german = run('dialog.ts', ['--memory', '--locale', 'de-DE'], 'öffne glückskeks\n.quit\n');
    expect(german.stdout).toContain('time zone Europe/Berlin');
    expect(german.stdout).toContain('Try "öffne glückskeks" or "frag glückskeks nach einem tipp über postmortems"');
    // The banner's examples are understood: the first one opens the skill.
    expect(german.stdout).toContain('-> LaunchRequest');
    expect(run('dialog.ts', ['--memory', '--locale', 'en-GB'], '.quit\n').stdout).toContain('time zone Europe/London');
    expect(run('dialog.ts', ['--memory', '--locale', 'de-DE', '--time-zone', 'Asia/Tokyo'], '.quit\n').stdout).toContain(
      'time zone Asia/Tokyo',
    );
  });

  test('flags npm kept for itself (no -- before them) get a hint with the command to type', () => {
    const result = runScript('dialog.ts', ['de-DE'], { env: { npm_config_locale: 'true', npm_lifecycle_event: 'dialog' } });
    expect(result.stderr).toContain("npm kept --locale for itself: put -- before the script's flags, as in npm run dialog -- --locale");
    expect(result.code).toBe(1);
  });
});

describe('npm run dialog (stdin piped)', () => {
  test('runs a conversation from piped lines: one-shot, launch, in-session turns, silence', () => {
    const input = [
      'ask fortune cookie for a tip about postmortems',
      'open fortune cookie',
      'help',
      '',
      "what's the weather in paris",
      '.quit',
      '',
    ].join('\n');
    const { code, stdout } = run('dialog.ts', ['--memory', '--date', '2026-05-14', '--explain'], input);
    expect(code).toBe(0);
    expect(stdout).toContain('Fortune Cookie, offline · en-US');
    expect(stdout).toContain('you> ask fortune cookie for a tip about postmortems');
    expect(stdout).toContain('-> IntentRequest GetTipIntent {topic="postmortems" -> postmortems (ER_SUCCESS_MATCH)} · one-shot');
    expect(stdout).toContain('· 2026-05-14T19:00:00Z');
    expect(stdout).toMatch(/winner: GetTipIntent \(0\.\d\d\)/);
    expect(stdout).toContain('card: A tip about postmortems');
    expect(stdout).toContain('-> LaunchRequest');
    expect(stdout).toContain('-> IntentRequest AMAZON.HelpIntent');
    expect(stdout).toContain('-> SessionEndedRequest (EXCEEDED_MAX_REPROMPTS)');
    expect(stdout).toContain('(Alexa would not send this to the skill');
  });

  test('--json prints the request and response envelopes; German works too', () => {
    const { code, stdout } = run(
      'dialog.ts',
      ['--memory', '--locale', 'de-DE', '--json', '--time-zone', 'Europe/Berlin'],
      'frag glückskeks nach meinem spruch\n',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('"type": "IntentRequest"');
    expect(stdout).toContain('"name": "GetFortuneIntent"');
    expect(stdout).toContain('"locale": "de-DE"');
    expect(stdout).toContain('"outputSpeech"');
    expect(stdout).toContain('card: Spruch des Tages');
  });

  test('refuses an unknown locale or date', () => {
    expect(run('dialog.ts', ['--memory', '--locale', 'fr-FR'], '').stderr).toMatch(/no interaction model for fr-FR/);
    expect(run('dialog.ts', ['--memory', '--date', 'someday'], '').stderr).toMatch(/not a date/);
  });
});

describe('npm run dialogs', () => {
  test('prints a line per dialog, the coverage report, writes the JSON and ends with the summary; exits 1 on failure', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dialogs-'));
    try {
      writeFileSync(join(dir, 'good.yaml'), 'turns:\n  - user: ask fortune cookie for my fortune\n    intent: GetFortuneIntent\n');
      writeFileSync(join(dir, 'bad.yaml'), 'turns:\n  - user: ask fortune cookie for my fortune\n    says: certainly not said\n');
      writeFileSync(
        join(dir, 'replay.json'),
        JSON.stringify({ skillId: 'x', locale: 'en-US', type: 'text', userInput: ['open fortune cookie', 'stop', '.quit'] }),
      );
      const coverageFile = join(dir, 'out', 'coverage.json');
      const { code, stdout } = run('run-dialogs.ts', ['--dir', dir, '--coverage-out', coverageFile]);
      const lines = stdout.trim().split('\n');
      expect(code).toBe(1);
      expect(lines[lines.length - 1]).toBe('2 passed, 1 failed');
      expect(stdout).toMatch(/^FAIL {2}bad\.yaml \(en-US, 1 turn\)\n {6}turn 1 .*expected speech to contain "certainly not said"/m);
      expect(stdout).toMatch(/^PASS {2}good\.yaml/m);
      expect(stdout).toMatch(/^PASS {2}replay\.json \(en-US, 2 turns, replay\)/m);
      expect(stdout).toContain('Interaction-model coverage');
      const report = JSON.parse(readFileSync(coverageFile, 'utf8'));
      expect(report.locales.map((l: { locale: string }) => l.locale)).toEqual([...SUPPORTED_LOCALES].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
