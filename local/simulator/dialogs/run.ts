import { relative } from 'node:path';
import { MemoryUserStore } from '../../../lambda/persistence/memoryStore';
import { SimClock } from '../clock';
import { buildLocalSkill, readStoredContext, seededRandom } from '../localSkill';
import { defaultModels } from '../model';
import { Conversation, type TurnResult } from '../session';
import { checkTurn } from './check';
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

/** Runs one dialog against a fresh skill and store. */
export async function runDialog(spec: DialogSpec, options: RunOptions = {}): Promise<DialogRun> {
  const reason = skipReason(spec);
  if (reason) return { spec, status: 'skipped', turns: [], failures: [], skipReason: reason };
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
  const outcomes: TurnOutcome[] = [];
  const failures: string[] = [];
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
  return { spec, status: failures.length ? 'failed' : 'passed', turns: outcomes, failures };
}

/** Loads and runs every dialog under a directory, in order. Files that cannot be read fail. */
export async function runDialogs(dir: string = DIALOGS_DIR, options: RunOptions = {}): Promise<DialogRun[]> {
  const runs: DialogRun[] = [];
  for (const file of findDialogFiles(dir)) {
    let spec: DialogSpec;
    try {
      spec = loadDialog(file);
    } catch (error) {
      const name = relative(dir, file);
      runs.push({
        spec: {
          file,
          name,
          format: /\.json$/i.test(file) ? 'replay' : 'yaml',
          locale: '?',
          timeZone: DEFAULT_DIALOG_TIME_ZONE,
          seed: 1,
          turns: [],
          implicitChecks: false,
        },
        status: 'failed',
        turns: [],
        failures: [`cannot read the dialog: ${(error as Error).message}`],
      });
      continue;
    }
    runs.push(await runDialog(spec, options));
  }
  return runs;
}
