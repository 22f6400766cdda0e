import { findNodeAtLocation, getNodeValue, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { asLocale, type Fail } from './fields';
import { DialogFileError, lineColumn, unknownKey } from './problems';
import { DEFAULT_DIALOG_TIME_ZONE, type DialogSpec, type TurnSpec } from './types';

/**
 * `ask dialog --replay` files: {"skillId", "locale", "type": "text", "userInput": [...]} with ".quit".
 * Read with jsonc-parser (strict: no comments, no trailing commas) because Node 20's JSON.parse names no
 * position for some errors ("Unexpected token ']'"), and a developer wants the line and column.
 */

const REPLAY_KEYS = new Set(['skillId', 'locale', 'type', 'userInput']);

export function parseReplay(text: string, file: string, name: string): DialogSpec {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const error = errors[0];
  if (error || !tree) {
    const at = lineColumn(text, error?.offset ?? text.length);
    const what = error
      ? printParseErrorCode(error.error)
          .replace(/(?<=[a-z])(?=[A-Z])/g, ' ')
          .toLowerCase()
      : 'empty file';
    throw new DialogFileError(file, `not valid JSON: ${what}`, at);
  }
  const fail: Fail = (problem, key) => {
    const node: Node | undefined = key === undefined ? tree : findNodeAtLocation(tree, [key])?.parent;
    throw new DialogFileError(file, problem, { key, ...lineColumn(text, node?.offset ?? 0) });
  };
  const doc = getNodeValue(tree) as Record<string, unknown>;
  if (tree.type !== 'object') fail('a replay file is a JSON object with "userInput"');
  for (const key of Object.keys(doc)) if (!REPLAY_KEYS.has(key)) fail(unknownKey(key, REPLAY_KEYS), key);
  if (!Array.isArray(doc.userInput) || !doc.userInput.every((u) => typeof u === 'string')) {
    fail('a replay file needs "userInput", a list of strings', doc.userInput === undefined ? undefined : 'userInput');
  }
  if (doc.type !== undefined && doc.type !== 'text') fail('replay type must be "text"', 'type');
  const locale = asLocale(doc.locale, fail) ?? 'en-US';
  const turns: TurnSpec[] = [];
  for (const input of doc.userInput as string[]) {
    const trimmed = input.trim();
    if (trimmed === '.quit') break;
    if (trimmed.startsWith('.record')) continue;
    turns.push({ user: input });
  }
  return { file, name, format: 'replay', locale, timeZone: DEFAULT_DIALOG_TIME_ZONE, seed: 1, turns, implicitChecks: true };
}
