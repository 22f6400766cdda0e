import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import type { UserStore } from '../../lambda/persistence/port';
import { SimClock } from './clock';
import type { CoverageTracker } from './coverage';
import { buildLocalSkill, readStoredContext, seededRandom } from './localSkill';
import { defaultModels, type ModelSource, PROJECT_ROOT } from './model';
import { Conversation, type SkillLike, type TurnResult } from './session';

/**
 * Scripted dialogs: the ASK CLI `ask dialog --replay` file format, and the project's YAML format with
 * expectations per turn. Every dialog runs against a fresh skill with an in-memory store, a seeded
 * random source (so phrasings repeat) and a clock that starts at the dialog's date.
 */

export const DIALOGS_DIR = join(PROJECT_ROOT, 'dialogs');
/** A Thursday; the default date of a scripted dialog. */
export const DEFAULT_DIALOG_DATE = '2026-05-14';
export const DEFAULT_DIALOG_TIME_ZONE = 'America/Los_Angeles';
/** Seconds between the turns of a scripted dialog. */
const TURN_STEP_MS = 6_000;

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

/** Every dialog file under a directory: *.yaml, *.yml and *.json (replay files), sorted. */
export function findDialogFiles(dir: string = DIALOGS_DIR): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ya?ml|json)$/i.test(name)) files.push(path);
    }
  };
  walk(dir);
  return files;
}

export function loadDialog(file: string): DialogSpec {
  return parseDialog(readFileSync(file, 'utf8'), file);
}

function asText(value: unknown, field: string, where: string): Text | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  throw new Error(`${where}: ${field} must be a string or a list of strings`);
}

function asObject(value: unknown, field: string, where: string): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`${where}: ${field} must be a mapping`);
  return value as Record<string, unknown>;
}

const TURN_KEYS = new Set([
  'user',
  'date',
  'says',
  'notSays',
  'matches',
  'anyOf',
  'reprompt',
  'card',
  'sessionOpen',
  'intent',
  'slots',
  'stored',
  'attributes',
  'routed',
]);
const DIALOG_KEYS = new Set(['name', 'description', 'locale', 'userId', 'date', 'timeZone', 'seed', 'skip', 'turns']);

/** Parses a dialog file's text: JSON (ASK CLI replay format) or YAML (project format). */
export function parseDialog(text: string, file = 'dialog'): DialogSpec {
  const name = relative(DIALOGS_DIR, file).startsWith('..') ? basename(file) : relative(DIALOGS_DIR, file);
  if (/\.json$/i.test(file) || /^\s*\{/.test(text)) return parseReplay(text, file, name);
  const doc = parseYaml(text) as Record<string, unknown>;
  if (!doc || typeof doc !== 'object') throw new Error(`${file}: not a dialog`);
  for (const key of Object.keys(doc)) if (!DIALOG_KEYS.has(key)) throw new Error(`${file}: unknown key "${key}"`);
  if (!Array.isArray(doc.turns) || doc.turns.length === 0) throw new Error(`${file}: needs a list of turns`);
  const turns = doc.turns.map((raw, i) => parseTurn(raw, `${file} turn ${i + 1}`));
  return {
    file,
    name: typeof doc.name === 'string' ? `${name}: ${doc.name}` : name,
    format: 'yaml',
    locale: typeof doc.locale === 'string' ? doc.locale : 'en-US',
    userId: typeof doc.userId === 'string' ? doc.userId : undefined,
    date: doc.date === undefined ? undefined : String(doc.date instanceof Date ? doc.date.toISOString() : doc.date),
    timeZone: typeof doc.timeZone === 'string' ? doc.timeZone : DEFAULT_DIALOG_TIME_ZONE,
    seed: typeof doc.seed === 'number' ? doc.seed : 1,
    skip: typeof doc.skip === 'boolean' || typeof doc.skip === 'string' ? doc.skip : undefined,
    turns,
    implicitChecks: false,
  };
}

function parseTurn(raw: unknown, where: string): TurnSpec {
  if (typeof raw === 'string') return { user: raw };
  const t = asObject(raw, 'turn', where);
  if (!t || typeof t.user !== 'string') throw new Error(`${where}: needs "user" (what the user says; "" for silence)`);
  for (const key of Object.keys(t)) if (!TURN_KEYS.has(key)) throw new Error(`${where}: unknown key "${key}"`);
  if (t.anyOf !== undefined && !(Array.isArray(t.anyOf) && t.anyOf.every((v) => typeof v === 'string'))) {
    throw new Error(`${where}: anyOf must be a list of strings`);
  }
  for (const key of ['sessionOpen', 'routed'] as const) {
    if (t[key] !== undefined && typeof t[key] !== 'boolean') throw new Error(`${where}: ${key} must be true or false`);
  }
  const matches = asText(t.matches, 'matches', where);
  for (const pattern of matches === undefined ? [] : [matches].flat()) {
    try {
      new RegExp(pattern, 'i');
    } catch {
      throw new Error(`${where}: matches has an invalid regular expression: ${pattern}`);
    }
  }
  return {
    user: t.user,
    date: t.date === undefined ? undefined : String(t.date instanceof Date ? t.date.toISOString() : t.date),
    says: asText(t.says, 'says', where),
    notSays: asText(t.notSays, 'notSays', where),
    matches,
    anyOf: t.anyOf as string[] | undefined,
    reprompt: asText(t.reprompt, 'reprompt', where),
    card: asText(t.card, 'card', where),
    sessionOpen: t.sessionOpen as boolean | undefined,
    intent: typeof t.intent === 'string' ? t.intent : undefined,
    slots: asObject(t.slots, 'slots', where) as TurnSpec['slots'],
    stored: asObject(t.stored, 'stored', where),
    attributes: asObject(t.attributes, 'attributes', where),
    routed: t.routed as boolean | undefined,
  };
}

/** `ask dialog --replay` files: {"skillId", "locale", "type": "text", "userInput": [...]} with ".quit". */
function parseReplay(text: string, file: string, name: string): DialogSpec {
  const doc = JSON.parse(text) as { skillId?: string; locale?: string; type?: string; userInput?: unknown };
  if (!Array.isArray(doc.userInput) || !doc.userInput.every((u) => typeof u === 'string')) {
    throw new Error(`${file}: a replay file needs "userInput", a list of strings`);
  }
  if (doc.type !== undefined && doc.type !== 'text') throw new Error(`${file}: replay type must be "text"`);
  const turns: TurnSpec[] = [];
  for (const input of doc.userInput as string[]) {
    const trimmed = input.trim();
    if (trimmed === '.quit') break;
    if (trimmed.startsWith('.record')) continue;
    turns.push({ user: input });
  }
  return {
    file,
    name,
    format: 'replay',
    locale: doc.locale ?? 'en-US',
    timeZone: DEFAULT_DIALOG_TIME_ZONE,
    seed: 1,
    turns,
    implicitChecks: true,
  };
}

function includesText(haystack: string, needle: string): boolean {
  const norm = (s: string) =>
    s
      .replace(/[\u2019\u2018]/g, "'")
      .replace(/\s+/g, ' ')
      .toLocaleLowerCase();
  return norm(haystack).includes(norm(needle));
}

/** `actual` contains `expected`: objects key by key (recursively), arrays element by element, null = absent. */
export function subsetMismatches(actual: unknown, expected: unknown, path = ''): string[] {
  if (expected === null)
    return actual === null || actual === undefined ? [] : [`${path || 'value'}: expected absent, got ${JSON.stringify(actual)}`];
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected a list, got ${JSON.stringify(actual)}`];
    if (actual.length !== expected.length) return [`${path}: expected ${expected.length} items, got ${actual.length}`];
    return expected.flatMap((e, i) => subsetMismatches(actual[i], e, `${path}[${i}]`));
  }
  if (typeof expected === 'object') {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual))
      return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(expected as Record<string, unknown>).flatMap(([k, v]) =>
      subsetMismatches((actual as Record<string, unknown>)[k], v, path ? `${path}.${k}` : k),
    );
  }
  return actual === expected ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

/** What a turn fails of its expectations. */
export function checkTurn(spec: TurnSpec, turn: TurnResult, stored: Record<string, unknown> | undefined, implicit: boolean): string[] {
  const failures: string[] = [];
  const speech = turn.speech?.plain ?? '';
  const heard = speech || '(nothing)';
  const routed = turn.route.kind !== 'unrouted';
  if (spec.routed === false) {
    if (routed) failures.push('expected Alexa not to send this to the skill, but it did');
    return failures;
  }
  if (!routed) return [turn.error ?? 'not routed to the skill'];
  if (turn.error) failures.push(turn.error);
  for (const p of turn.ssmlProblems) failures.push(`SSML: ${p}`);
  if (implicit && turn.request && turn.requestType !== 'SessionEndedRequest' && !speech) failures.push('the skill said nothing');
  for (const needle of [spec.says ?? []].flat())
    if (!includesText(speech, needle)) failures.push(`expected speech to contain "${needle}"; heard: ${heard}`);
  for (const needle of [spec.notSays ?? []].flat())
    if (includesText(speech, needle)) failures.push(`expected speech not to contain "${needle}"; heard: ${heard}`);
  for (const pattern of [spec.matches ?? []].flat())
    if (!new RegExp(pattern, 'i').test(speech)) failures.push(`expected speech to match /${pattern}/; heard: ${heard}`);
  if (spec.anyOf && !spec.anyOf.some((n) => includesText(speech, n)))
    failures.push(`expected speech to contain one of ${JSON.stringify(spec.anyOf)}; heard: ${heard}`);
  for (const needle of [spec.reprompt ?? []].flat()) {
    if (!includesText(turn.reprompt?.plain ?? '', needle))
      failures.push(`expected reprompt to contain "${needle}"; got: ${turn.reprompt?.plain ?? '(none)'}`);
  }
  for (const needle of [spec.card ?? []].flat()) {
    const card = `${turn.card?.title ?? ''}\n${turn.card?.text ?? turn.card?.content ?? ''}`;
    if (!includesText(card, needle))
      failures.push(`expected card to contain "${needle}"; got: ${turn.card ? card.replace('\n', ' | ') : '(no card)'}`);
  }
  if (spec.sessionOpen !== undefined && spec.sessionOpen !== turn.sessionOpen) {
    failures.push(
      `expected the session to be ${spec.sessionOpen ? 'open' : 'closed'} after the turn, but it is ${turn.sessionOpen ? 'open' : 'closed'}`,
    );
  }
  if (spec.intent !== undefined) {
    const actual = turn.intent ?? turn.requestType ?? '(no request)';
    if (actual !== spec.intent) failures.push(`expected ${spec.intent}, got ${actual}${turn.nlu ? ` (${turn.nlu.reason})` : ''}`);
  }
  for (const [name, expected] of Object.entries(spec.slots ?? {})) {
    const slot = turn.nlu?.slots[name];
    if (expected === null) {
      if (slot?.value !== undefined) failures.push(`expected slot ${name} to be empty, got "${slot.value}"`);
      continue;
    }
    const ids = slot?.resolution?.status === 'ER_SUCCESS_MATCH' ? slot.resolution.values.map((v) => v.id) : [];
    if (!slot?.value || ![slot.value, ...ids].includes(String(expected))) {
      failures.push(
        `expected slot ${name} = ${expected}, got ${slot?.value === undefined ? '(empty)' : `"${slot.value}"${ids.length ? ` -> ${ids.join('|')}` : slot.resolution ? ' (no match)' : ''}`}`,
      );
    }
  }
  if (spec.stored) failures.push(...subsetMismatches(stored ?? {}, spec.stored, 'stored').map((m) => `stored context: ${m}`));
  if (spec.attributes) {
    failures.push(...subsetMismatches(turn.sessionAttributes ?? {}, spec.attributes, 'attributes').map((m) => `session attributes: ${m}`));
  }
  return failures;
}

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
