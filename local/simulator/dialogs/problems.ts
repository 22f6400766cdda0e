import { closest, distance } from 'fastest-levenshtein';

/** Where a dialog file is broken: the key, and the line and column (1-based) where the parser knows them. */
export interface ProblemAt {
  key?: string;
  line?: number;
  column?: number;
}

/**
 * A dialog file that cannot be read. The runner reports it as that file's failure and goes on with the
 * rest, so the message names the file, the key and the position, not just what the parser threw.
 */
export class DialogFileError extends Error {
  constructor(
    readonly file: string,
    /** What is wrong, without the file: `turn 2: unknown key "say" (did you mean "says"?)`. */
    readonly problem: string,
    readonly at: ProblemAt = {},
  ) {
    super(`${file}${positionSuffix(at)}: ${problem}`);
    this.name = 'DialogFileError';
  }
}

/** ":12:5", ":12" or "" for a position. */
export function positionSuffix(at: ProblemAt): string {
  if (at.line === undefined) return '';
  return `:${at.line}${at.column === undefined ? '' : `:${at.column}`}`;
}

/** The 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** `unknown key "say" (did you mean "says"?)`: a typo is the usual reason. */
export function unknownKey(key: string, known: Iterable<string>): string {
  const names = [...known];
  const near = closest(key, names);
  const hint = distance(key, near) <= 2 ? `did you mean "${near}"?` : `known keys: ${names.join(', ')}`;
  return `unknown key "${key}" (${hint})`;
}
