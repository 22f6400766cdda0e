import { join } from 'node:path';
import type { UserStore } from '../../../lambda/persistence/port';
import type { CoverageTracker } from '../coverage';
import { type ModelSource, PROJECT_ROOT } from '../model';
import type { SkillLike, TurnResult } from '../session';
import type { ProblemAt } from './problems';

/**
 * Scripted dialogs: the ASK CLI `ask dialog --replay` file format, and the project's YAML format with
 * expectations per turn (dialogs/README.md). The shapes shared by reading (read.ts), checking (check.ts)
 * and running (run.ts).
 */

export const DIALOGS_DIR = join(PROJECT_ROOT, 'dialogs');
/** A Thursday; the default date of a scripted dialog. */
export const DEFAULT_DIALOG_DATE = '2026-05-14';
export const DEFAULT_DIALOG_TIME_ZONE = 'America/Los_Angeles';
export type Text = string | string[];

export interface TurnSpec {
  /** What the user says ("" is silence). */
  user: string;
  /** The clock for this turn (YYYY-MM-DD = noon in the dialog's time zone, or ISO); later turns follow it. */
  date?: string;
  /** The speech contains every one of these (case-insensitive). */
  says?: Text;
  /** The speech contains none of these. */
  notSays?: Text;
  /** The speech matches every one of these regular expressions (case-insensitive). */
  matches?: Text;
  /** The speech contains at least one of these (for varied phrasings). */
  anyOf?: string[];
  /** The reprompt contains every one of these. */
  reprompt?: Text;
  /** The card's title or text contains every one of these. */
  card?: Text;
  sessionOpen?: boolean;
  /** The matched intent, or the request type (LaunchRequest, SessionEndedRequest). */
  intent?: string;
  /** Slot name -> the resolved id or the value said; null for an unfilled slot. */
  slots?: Record<string, string | number | null>;
  /** A subset of the stored user context after the turn. */
  stored?: Record<string, unknown>;
  /** A subset of the session attributes the response carries. */
  attributes?: Record<string, unknown>;
  /** False when Alexa should not send this to the skill at all. */
  routed?: boolean;
}

export interface DialogSpec {
  file: string;
  name: string;
  format: 'replay' | 'yaml';
  locale: string;
  userId?: string;
  date?: string;
  timeZone: string;
  seed: number;
  /** True (or a reason) to skip the dialog, e.g. while its handler is being written. */
  skip?: boolean | string;
  turns: TurnSpec[];
  /** Replay files carry no expectations: each turn must just get a spoken answer without errors. */
  implicitChecks: boolean;
}

export interface TurnOutcome {
  spec: TurnSpec;
  turn: TurnResult;
  stored?: Record<string, unknown>;
  failures: string[];
}

export interface DialogRun {
  spec: DialogSpec;
  status: 'passed' | 'failed' | 'skipped';
  turns: TurnOutcome[];
  failures: string[];
  skipReason?: string;
  /** Set when the file could not be read: what is wrong and where (the run has no turns). */
  unreadable?: { problem: string } & ProblemAt;
}

export interface RunOptions {
  coverage?: CoverageTracker;
  models?: ModelSource;
  /** Exact matching only (no generalising tier). */
  strict?: boolean;
  /** Builds the skill for a dialog (default: the skill in-process with the given store and time zone). */
  skillFactory?: (setup: { store: UserStore; timeZone: string; seed: number }) => SkillLike;
  /** Called after each turn (a runner can print a transcript). */
  onTurn?: (outcome: TurnOutcome, spec: DialogSpec) => void;
}
