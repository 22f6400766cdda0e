import { runScript } from '../support/runScript';

// Every `npm run …` script refuses a flag it does not know in two lines (the mistake, the usage), exit 2:
// some printed parseArgs' TypeError with its stack, others ignored the flag and ran as if it was not given.
const USAGES: Record<string, string> = {
  'fuzz.ts': 'usage: npm run fuzz -- [--count N] [--seed S] [--dump FILE]',
  'sync-quiz-answers.ts': 'usage: npm run models:sync -- [--content DIR] [--models DIR] [--check]',
  'calibrate-nlu.ts': 'usage: npx tsx scripts/calibrate-nlu.ts [--locale L] [--misses]',
  'build.ts': 'usage: npm run build [-- --analyze]',
  'package.ts': 'usage: npm run package [-- --out FILE]',
  'voice-report.ts': 'usage: npm run voice:report [-- --locale L]',
  'validate.ts': 'usage: npm run validate (no flags; CONTENT_DIR chooses the content folder)',
};

describe('scripts refuse flags they do not know', () => {
  test.each(Object.entries(USAGES))('%s --bogus: the mistake and the usage, no stack, nothing run', (script, usage) => {
    const result = runScript(script, ['--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`Unknown option '--bogus'\n${usage}\n`);
    expect(result.stdout).toBe('');
  });
});
