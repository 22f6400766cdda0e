import { type Document, isMap, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import { asDate, asLocale, asObject, asRegExps, asText, asTimeZone, type Fail } from './fields';
import { DialogFileError, type ProblemAt, unknownKey } from './problems';
import { DEFAULT_DIALOG_TIME_ZONE, type DialogSpec, type TurnSpec } from './types';

/** The project's dialog format (dialogs/README.md), read with positions so every problem names its line. */

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

/** The position of a key of the mapping at `path` (or of the node itself without a key). */
function locate(doc: Document, lines: LineCounter, path: (string | number)[], key?: string): ProblemAt {
  const node = (path.length ? doc.getIn(path, true) : doc.contents) as Node | null | undefined;
  let range = node?.range;
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair && isScalar(pair.key)) range = pair.key.range;
  }
  if (!range) return { key };
  const { line, col } = lines.linePos(range[0]);
  return { key, line, column: col };
}

export function parseYamlDialog(text: string, file: string, name: string): DialogSpec {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    throw new DialogFileError(file, `not valid YAML: ${error.message.split(' at line ')[0]}`, pos && { line: pos.line, column: pos.col });
  }
  const fail: Fail = (problem, key) => {
    throw new DialogFileError(file, problem, locate(doc, lines, [], key));
  };
  const value = doc.toJS() as unknown;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail('not a dialog (a mapping with "turns")');
  const top = value as Record<string, unknown>;
  for (const key of Object.keys(top)) if (!DIALOG_KEYS.has(key)) fail(unknownKey(key, DIALOG_KEYS), key);
  if (!Array.isArray(top.turns) || top.turns.length === 0) fail('needs a list of turns', 'turns');
  if (top.seed !== undefined && typeof top.seed !== 'number') fail('seed must be a number', 'seed');
  const locale = asLocale(top.locale, fail) ?? 'en-US';
  const timeZone = asTimeZone(top.timeZone, fail) ?? DEFAULT_DIALOG_TIME_ZONE;
  const turns = (top.turns as unknown[]).map((raw, i) =>
    parseTurn(raw, timeZone, (problem, key) => {
      throw new DialogFileError(file, `turn ${i + 1}: ${problem}`, locate(doc, lines, ['turns', i], key));
    }),
  );
  return {
    file,
    name: typeof top.name === 'string' ? `${name}: ${top.name}` : name,
    format: 'yaml',
    locale,
    userId: typeof top.userId === 'string' ? top.userId : undefined,
    date: asDate(top.date, timeZone, fail),
    timeZone,
    seed: typeof top.seed === 'number' ? top.seed : 1,
    skip: typeof top.skip === 'boolean' || typeof top.skip === 'string' ? top.skip : undefined,
    turns,
    implicitChecks: false,
  };
}

function parseTurn(raw: unknown, timeZone: string, fail: Fail): TurnSpec {
  if (typeof raw === 'string') return { user: raw };
  const t = asObject(raw, 'turn', fail);
  if (!t || typeof t.user !== 'string') return fail('needs "user" (what the user says; "" for silence)', t ? 'user' : undefined);
  for (const key of Object.keys(t)) if (!TURN_KEYS.has(key)) fail(unknownKey(key, TURN_KEYS), key);
  if (t.anyOf !== undefined && !(Array.isArray(t.anyOf) && t.anyOf.every((v) => typeof v === 'string'))) {
    fail('anyOf must be a list of strings', 'anyOf');
  }
  for (const key of ['sessionOpen', 'routed'] as const) {
    if (t[key] !== undefined && typeof t[key] !== 'boolean') fail(`${key} must be true or false`, key);
  }
  if (t.intent !== undefined && typeof t.intent !== 'string') fail('intent must be a string', 'intent');
  return {
    user: t.user,
    date: asDate(t.date, timeZone, fail),
    says: asText(t.says, 'says', fail),
    notSays: asText(t.notSays, 'notSays', fail),
    matches: asRegExps(t.matches, fail),
    anyOf: t.anyOf as string[] | undefined,
    reprompt: asText(t.reprompt, 'reprompt', fail),
    card: asText(t.card, 'card', fail),
    sessionOpen: t.sessionOpen as boolean | undefined,
    intent: t.intent as string | undefined,
    slots: asObject(t.slots, 'slots', fail) as TurnSpec['slots'],
    stored: asObject(t.stored, 'stored', fail),
    attributes: asObject(t.attributes, 'attributes', fail),
    routed: t.routed as boolean | undefined,
  };
}
