import { relative } from 'node:path';
import { MemoryUserStore } from '../../../lambda/persistence/memoryStore';
import { SimClock } from '../clock';
import { buildLocalSkill, readStoredContext, seededRandom } from '../localSkill';
import { defaultModels } from '../model';
import { Conversation, type TurnResult } from '../session';
import { checkTurn } from './check';
import { DialogFileError, positionSuffix } from './problems';
import { findDialogFiles, loadDialog } from './read';
import {
  DEFAULT_DIALOG_DATE,
  DEFAULT_DIALOG_TIME_ZONE,
  DIALOGS_DIR,
  type DialogRun,
  type DialogSpec,
  type RunOptions,
  type TurnOutcome,
} from './types';

/**
 * Running dialogs: every dialog runs against a fresh skill with an in-memory store, a seeded random source
 * (so phrasings repeat) and a clock that starts at the dialog's date.
 */

/** Seconds between the turns of a scripted dialog. */
const TURN_STEP_MS = 6_000;

function skipReason(spec: DialogSpec): string | undefined {
  if (spec.skip === undefined || spec.skip === false) return undefined;
  return spec.skip === true ? 'marked skip' : spec.skip;
}

/** Runs one dialog against a fresh skill and store. A dialog that throws fails; it never stops a run. */
export async function runDialog(spec: DialogSpec, options: RunOptions = {}): Promise<DialogRun> {
  const reason = skipReason(spec);
  if (reason) return { spec, status: 'skipped', turns: [], failures: [], skipReason: reason };
  const outcomes: TurnOutcome[] = [];
  const failures: string[] = [];
  try {
    await runTurns(spec, options, outcomes, failures);
  } catch (error) {
    failures.push(`the dialog could not run: ${(error as Error).message}`);
  }
  return { spec, status: failures.length ? 'failed' : 'passed', turns: outcomes, failures };
}

async function runTurns(spec: DialogSpec, options: RunOptions, outcomes: TurnOutcome[], failures: string[]): Promise<void> {
  const store = new MemoryUserStore();
  const setup = { store, timeZone: spec.timeZone, seed: spec.seed };
  const skill = options.skillFactory
    ? options.skillFactory(setup)
    : buildLocalSkill({ store, timeZone: spec.timeZone, random: seededRandom(spec.seed) });
  const conversation = new Conversation({
    skill,
    locale: spec.locale,
    userId: spec.userId,
    timeZone: spec.timeZone,
    clock: new SimClock({ stepMs: TURN_STEP_MS }),
    models: options.models ?? defaultModels(),
    strict: options.strict,
  });
  conversation.setDate(spec.date ?? DEFAULT_DIALOG_DATE);
  for (const [i, turnSpec] of spec.turns.entries()) {
    let turn: TurnResult;
    try {
      turn = await conversation.say(turnSpec.user, { date: turnSpec.date });
    } catch (error) {
      failures.push(`turn ${i + 1} "${turnSpec.user}": ${(error as Error).message}`);
      break;
    }
    options.coverage?.record(turn);
    const stored = spec.implicitChecks && !turnSpec.stored ? undefined : await readStoredContext(store, conversation.userId);
    const turnFailures = checkTurn(turnSpec, turn, stored, spec.implicitChecks);
    const outcome: TurnOutcome = { spec: turnSpec, turn, stored, failures: turnFailures };
    outcomes.push(outcome);
    options.onTurn?.(outcome, spec);
    for (const f of turnFailures) failures.push(`turn ${i + 1} "${turnSpec.user}": ${f}`);
  }
}

/** A file that could not be read, as that file's failed run (named relative to `dir`). */
export function unreadableRun(file: string, dir: string, error: unknown): DialogRun {
  const problem = error instanceof DialogFileError ? error.problem : (error as Error).message;
  const at = error instanceof DialogFileError ? error.at : {};
  const spec: DialogSpec = {
    file,
    name: relative(dir, file),
    format: /\.json$/i.test(file) ? 'replay' : 'yaml',
    locale: '?',
    timeZone: DEFAULT_DIALOG_TIME_ZONE,
    seed: 1,
    turns: [],
    implicitChecks: false,
  };
  const failure = `cannot read the dialog${positionSuffix(at) ? ` (line ${at.line}${at.column ? `, column ${at.column}` : ''})` : ''}: ${problem}`;
  return { spec, status: 'failed', turns: [], failures: [failure], unreadable: { problem, ...at } };
}

/** Reads and runs one file; a broken file is that file's failure. */
export async function runDialogFile(file: string, dir: string = DIALOGS_DIR, options: RunOptions = {}): Promise<DialogRun> {
  let spec: DialogSpec;
  try {
    spec = loadDialog(file);
  } catch (error) {
    return unreadableRun(file, dir, error);
  }
  return runDialog(spec, options);
}

/** Loads and runs every dialog under a directory, in order. Files that cannot be read fail; the rest still run. */
export async function runDialogs(dir: string = DIALOGS_DIR, options: RunOptions = {}): Promise<DialogRun[]> {
  const runs: DialogRun[] = [];
  for (const file of findDialogFiles(dir)) runs.push(await runDialogFile(file, dir, options));
  return runs;
}
