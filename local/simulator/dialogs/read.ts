import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_DIALOG_TIME_ZONE, DIALOGS_DIR, type DialogSpec, type Text, type TurnSpec } from './types';

/** Reading dialog files: YAML (the project's format) and JSON (`ask dialog --replay`) into a DialogSpec. */

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
