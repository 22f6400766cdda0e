/**
 * npm run dialogs -- [FILTER...] [--verbose] [--explain] [--strict] [--no-coverage] [--dir DIR] [--coverage-out FILE]
 *
 * Runs every scripted dialog under dialogs/ (ASK CLI replay files *.json and project YAML files with
 * expectations), one line per dialog, then the interaction-model coverage report (also written to
 * dist/dialog-coverage.json), and `N passed, N failed` as the last line. Exits 1 when a dialog fails.
 */
import '../local/simulator/quiet';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { CoverageTracker, formatCoverage } from '../local/simulator/coverage';
import { findDialogFiles, loadDialog } from '../local/simulator/dialogs/read';
import { runDialog } from '../local/simulator/dialogs/run';
import { DIALOGS_DIR, type DialogRun, type DialogSpec } from '../local/simulator/dialogs/types';
import { formatTurn } from '../local/simulator/format';
import { PROJECT_ROOT } from '../local/simulator/model';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      verbose: { type: 'boolean', short: 'v', default: false },
      explain: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      'no-coverage': { type: 'boolean', default: false },
      dir: { type: 'string', default: DIALOGS_DIR },
      'coverage-out': { type: 'string', default: join(PROJECT_ROOT, 'dist', 'dialog-coverage.json') },
    },
    allowPositionals: true,
  });
  const out = (text: string) => process.stdout.write(`${text}\n`);
  const files = findDialogFiles(values.dir).filter((f) => positionals.length === 0 || positionals.some((p) => f.includes(p)));
  const coverage = new CoverageTracker();
  const runs: DialogRun[] = [];
  for (const file of files) {
    let spec: DialogSpec;
    const shown = relative(values.dir, file);
    try {
      spec = loadDialog(file);
    } catch (error) {
      out(`FAIL  ${shown}: cannot read the dialog: ${(error as Error).message}`);
      runs.push({ spec: { file, name: shown } as DialogSpec, status: 'failed', turns: [], failures: [(error as Error).message] });
      continue;
    }
    const run = await runDialog(spec, {
      coverage,
      strict: values.strict,
      onTurn: values.verbose || values.explain ? (o) => out(formatTurn(o.turn, { echo: true, explain: values.explain })) : undefined,
    });
    runs.push(run);
    const turns = `${spec.turns.length} turn${spec.turns.length === 1 ? '' : 's'}`;
    if (run.status === 'skipped') out(`SKIP  ${spec.name} (${spec.locale}): ${run.skipReason}`);
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
    const file = values['coverage-out'];
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    out(`  (written to ${relative(process.cwd(), file) || file})`);
  }
  out('');
  if (skipped) out(`${skipped} skipped`);
  out(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`run-dialogs: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 1;
  },
);
