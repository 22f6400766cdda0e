import { join } from 'node:path';
import { checkTurn, subsetMismatches } from '../../local/simulator/dialogs/check';
import { findDialogFiles, loadDialog, parseDialog } from '../../local/simulator/dialogs/read';
import { runDialog } from '../../local/simulator/dialogs/run';
import { DIALOGS_DIR, type DialogSpec } from '../../local/simulator/dialogs/types';
import { defaultModels } from '../../local/simulator/model';
import { phraseKey } from '../../local/simulator/text';

/** `npm test` runs every scripted dialog in the repository. */
describe('scripted dialogs (dialogs/)', () => {
  const files = findDialogFiles();

  test('finds dialogs in both formats', () => {
    const specs = files.map(loadDialog);
    expect(specs.some((s) => s.format === 'replay')).toBe(true);
    expect(specs.some((s) => s.format === 'yaml')).toBe(true);
  });

  for (const file of files) {
    const spec = loadDialog(file);
    const run = spec.skip ? it.skip : it;
    run(`${spec.name} (${spec.locale})`, async () => {
      const result = await runDialog(spec);
      expect(result.failures).toEqual([]);
      expect(result.status).toBe('passed');
    });
  }

  test('every example phrase of skill.json is said in a dialog of its locale', () => {
    const models = defaultModels();
    const said = new Map<string, Set<string>>();
    for (const spec of files.map(loadDialog)) {
      const set = said.get(spec.locale) ?? new Set<string>();
      for (const turn of spec.turns) set.add(phraseKey(turn.user, spec.locale));
      said.set(spec.locale, set);
    }
    const missing: string[] = [];
    for (const locale of models.locales()) {
      const phrases = models.examplePhrases(locale);
      expect(phrases.length).toBeGreaterThan(0);
      for (const phrase of phrases) if (!said.get(locale)?.has(phraseKey(phrase, locale))) missing.push(`${locale}: ${phrase}`);
    }
    expect(missing).toEqual([]);
  });

  test('the main journeys exist in every locale', () => {
    for (const locale of ['en-US', 'en-GB', 'de-DE']) {
      for (const name of ['launch-journey', 'example-phrases', 'tips', 'help-fallback', 'daily-question']) {
        expect(files).toContain(join(DIALOGS_DIR, locale, `${name}.yaml`));
      }
    }
  });
});

describe('dialog formats', () => {
  test('reads ASK CLI replay files, stopping at .quit and ignoring .record', () => {
    const spec = parseDialog(
      JSON.stringify({
        skillId: 'amzn1.ask.skill.x',
        locale: 'de-DE',
        type: 'text',
        userInput: ['öffne glückskeks', '.record out.json', 'ja', '.quit', 'never sent'],
      }),
      '/tmp/x.json',
    );
    expect(spec).toMatchObject({
      format: 'replay',
      locale: 'de-DE',
      implicitChecks: true,
      turns: [{ user: 'öffne glückskeks' }, { user: 'ja' }],
    });
  });

  test('reads YAML dialogs with expectations, and refuses unknown keys', () => {
    const spec = parseDialog(
      [
        'name: sample',
        'locale: en-GB',
        'date: 2026-01-02',
        'skip: the handler is not written yet',
        'turns:',
        '  - open fortune cookie',
        '  - user: "yes"',
        '    says: [fortune]',
        '    anyOf: [a, b]',
        '    matches: "\\\\?$"',
        '    sessionOpen: true',
        '    intent: AMAZON.YesIntent',
        '    stored: { visits: 1 }',
        '    attributes: { pending: null }',
        '    date: 2026-01-03T10:00:00Z',
      ].join('\n'),
      '/tmp/x.yaml',
    );
    expect(spec).toMatchObject({
      format: 'yaml',
      locale: 'en-GB',
      date: '2026-01-02',
      skip: 'the handler is not written yet',
      turns: [
        { user: 'open fortune cookie' },
        {
          user: 'yes',
          says: ['fortune'],
          anyOf: ['a', 'b'],
          matches: '\\?$',
          sessionOpen: true,
          intent: 'AMAZON.YesIntent',
          stored: { visits: 1 },
          attributes: { pending: null },
          date: '2026-01-03T10:00:00Z',
        },
      ],
    });
    expect(() => parseDialog('turns:\n  - user: hi\n    say: typo\n', '/tmp/y.yaml')).toThrow(/unknown key "say"/);
    expect(() => parseDialog('turns: []\n', '/tmp/z.yaml')).toThrow(/needs a list of turns/);
    expect(() => parseDialog('turns:\n  - user: hi\n    matches: "("\n', '/tmp/r.yaml')).toThrow(/invalid regular expression/);
  });

  test('a skipped dialog is reported as skipped, not run', async () => {
    const spec = parseDialog('skip: true\nturns:\n  - open fortune cookie\n', '/tmp/skip.yaml');
    expect(await runDialog(spec)).toMatchObject({ status: 'skipped', skipReason: 'marked skip', turns: [] });
  });

  test('failed expectations say what was expected and what was heard', async () => {
    const spec: DialogSpec = parseDialog(
      [
        'turns:',
        '  - user: ask fortune cookie for my fortune',
        '    says: not in any fortune',
        '    sessionOpen: true',
        '    intent: GetTipIntent',
        '    stored: { visits: 7 }',
        "  - user: what's the weather in paris",
      ].join('\n'),
      '/tmp/fail.yaml',
    );
    const run = await runDialog(spec);
    expect(run.status).toBe('failed');
    expect(run.failures).toEqual([
      expect.stringMatching(/^turn 1 "ask fortune cookie for my fortune": expected speech to contain "not in any fortune"; heard: /),
      'turn 1 "ask fortune cookie for my fortune": expected the session to be open after the turn, but it is closed',
      expect.stringMatching(/^turn 1 .*expected GetTipIntent, got GetFortuneIntent/),
      'turn 1 "ask fortune cookie for my fortune": stored context: stored.visits: expected 7, got 1',
      expect.stringMatching(/^turn 2 "what's the weather in paris": no session is open/),
    ]);
  });

  test('subset matching: nested objects, lists, null for absent', () => {
    expect(subsetMismatches({ a: { b: 1, c: 2 }, d: [1, 2] }, { a: { b: 1 }, d: [1, 2], e: null })).toEqual([]);
    expect(subsetMismatches({ a: { b: 1 } }, { a: { b: 2 } })).toEqual(['a.b: expected 2, got 1']);
    expect(subsetMismatches({ d: [1] }, { d: [1, 2] })).toEqual(['d: expected 2 items, got 1']);
    expect(subsetMismatches({ e: 1 }, { e: null })).toEqual(['e: expected absent, got 1']);
  });

  test('replay turns must get spoken answers without errors', () => {
    const turn = {
      route: { kind: 'inSession', phrase: 'x' },
      request: {},
      requestType: 'IntentRequest',
      ssmlProblems: [],
      notes: [],
      exchanges: [],
    } as never;
    expect(checkTurn({ user: 'x' }, turn, undefined, true)).toEqual(['the skill said nothing']);
  });
});
