/**
 * npm run dialogs -- [FILTER...] [--verbose] [--explain] [--strict] [--no-coverage] [--dir DIR] [--coverage-out FILE]
 *
 * Runs every scripted dialog under dialogs/ (ASK CLI replay files *.json and project YAML files with
 * expectations), one line per dialog, then the interaction-model coverage report, and `N passed, N failed`
 * as the last line. Exits 1 when a dialog fails. A file that cannot be read (bad YAML or JSON, an unknown
 * key, locale or time zone, a date that does not exist) is that file's failure, with its line and key; the
 * others still run. FILTERs keep the files whose path contains one of them. Only a full run (no FILTER, the
 * default --dir) writes dist/dialog-coverage.json, so a filtered run never replaces the full report with a
 * partial one; --coverage-out FILE writes any run's report to FILE.
 */
import '../local/simulator/quiet';
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CoverageTracker, formatCoverage } from '../local/simulator/coverage';
import { positionSuffix } from '../local/simulator/dialogs/problems';
import { findDialogFiles } from '../local/simulator/dialogs/read';
import { runDialogFile } from '../local/simulator/dialogs/run';
import { DIALOGS_DIR, type DialogRun } from '../local/simulator/dialogs/types';
import { formatTurn } from '../local/simulator/format';
import { PROJECT_ROOT } from '../local/simulator/model';
import { unwritablePath, writeWithFolders } from '../local/simulator/writeWithFolders';

const HELP = `npm run dialogs -- [FILTER...] [--verbose] [--explain] [--strict] [--no-coverage] [--dir DIR] [--coverage-out FILE]

Runs every scripted dialog under dialogs/ (or --dir DIR); FILTERs keep the files whose path contains one of them.
  -v, --verbose        print every turn
  --explain            print every turn with the intents considered
  --strict             exact sample matching only
  --no-coverage        skip the interaction-model coverage report
  --coverage-out FILE  write this run's coverage report to FILE (a full run writes dist/dialog-coverage.json)`;

const FULL_COVERAGE_FILE = join(PROJECT_ROOT, 'dist', 'dialog-coverage.json');

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      verbose: { type: 'boolean', short: 'v', default: false },
      explain: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      'no-coverage': { type: 'boolean', default: false },
      dir: { type: 'string', default: DIALOGS_DIR },
      'coverage-out': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  const out = (text: string) => process.stdout.write(`${text}\n`);
  if (values.help) {
    out(HELP);
    return 0;
  }
  if (!existsSync(values.dir)) throw new UsageError(`--dir ${values.dir}: no such folder`);
  if (!statSync(values.dir).isDirectory()) throw new UsageError(`--dir ${values.dir}: a file, not a folder of dialogs`);
  // Checked before the dialogs run: a path that cannot be written ended a full run with a stack trace.
  const coverageOut = values['coverage-out'];
  if (coverageOut !== undefined && values['no-coverage']) throw new UsageError('--coverage-out and --no-coverage: choose one');
  const unwritable = coverageOut === undefined ? undefined : unwritablePath(coverageOut);
  if (unwritable) throw new UsageError(`--coverage-out ${coverageOut}: ${unwritable}`);
  const all = findDialogFiles(values.dir);
  const files = all.filter((f) => positionals.length === 0 || positionals.some((p) => f.includes(p)));
  if (files.length === 0) {
    const near = relative(process.cwd(), values.dir);
    const where = near === '' ? '.' : near.startsWith('..') ? resolve(values.dir) : near;
    out(
      all.length === 0
        ? `no dialog files (*.yaml, *.yml, *.json) under ${where}`
        : `none of the ${all.length} dialogs under ${where} matches ${positionals.join(' ')}`,
    );
    return 1;
  }
  const coverage = new CoverageTracker();
  const runs: DialogRun[] = [];
  for (const file of files) {
    const run = await runDialogFile(file, values.dir, {
      coverage,
      strict: values.strict,
      onTurn: values.verbose || values.explain ? (o) => out(formatTurn(o.turn, { echo: true, explain: values.explain })) : undefined,
    });
    runs.push(run);
    const { spec } = run;
    const turns = `${spec.turns.length} turn${spec.turns.length === 1 ? '' : 's'}`;
    if (run.unreadable) out(`FAIL  ${spec.name}${positionSuffix(run.unreadable)}: cannot read the dialog: ${run.unreadable.problem}`);
    else if (run.status === 'skipped') out(`SKIP  ${spec.name} (${spec.locale}): ${run.skipReason}`);
    else if (run.status === 'passed') out(`PASS  ${spec.name} (${spec.locale}, ${turns}${spec.format === 'replay' ? ', replay' : ''})`);
    else {
      out(`FAIL  ${spec.name} (${spec.locale}, ${turns})`);
      for (const failure of run.failures) out(`      ${failure}`);
    }
  }
  const passed = runs.filter((r) => r.status === 'passed').length;
  const failed = runs.filter((r) => r.status === 'failed').length;
  const skipped = runs.filter((r) => r.status === 'skipped').length;

  if (!values['no-coverage']) {
    const report = coverage.report();
    out('');
    out(formatCoverage(report));
    const full = positionals.length === 0 && resolve(values.dir) === resolve(DIALOGS_DIR);
    const file = coverageOut ?? (full ? FULL_COVERAGE_FILE : undefined);
    if (file) {
      try {
        writeWithFolders(file, `${JSON.stringify(report, null, 2)}\n`);
      } catch (error) {
        throw new UsageError(
          `${coverageOut ? '--coverage-out ' : ''}${file}: cannot write it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        );
      }
      out(`  (written to ${relative(process.cwd(), file) || file})`);
    } else {
      const kept = relative(process.cwd(), FULL_COVERAGE_FILE);
      out(
        `  (not written: ${positionals.length > 0 ? `a filtered run, ${files.length} of ${all.length} dialogs` : `a run of ${values.dir}, not dialogs/`}; ${kept} keeps the last full run, --coverage-out FILE writes this one)`,
      );
    }
  }
  out('');
  if (skipped) out(`${skipped} skipped`);
  out(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

/** A mistake in the command line: one line, no stack (a stack stays for what is a bug in the runner). */
class UsageError extends Error {}
const FLAG_ERRORS = new Set([
  'ERR_PARSE_ARGS_UNKNOWN_OPTION',
  'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
]);

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const flags = FLAG_ERRORS.has((error as { code?: string }).code ?? '');
    const usage = flags || error instanceof UsageError;
    const text = usage
      ? `${(error as Error).message}${flags ? ' (npm run dialogs -- --help lists the flags)' : ''}`
      : ((error as Error).stack ?? String(error));
    process.stderr.write(`run-dialogs: ${text}\n`);
    process.exitCode = 1;
  },
);
