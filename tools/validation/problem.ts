import path from 'node:path';

/** One finding of a validator: which file, which item (if any), which field (if any), and what is wrong. */
export type ValidationProblem = { file: string; itemId?: string; field?: string; message: string };

/** `content/de/batch.json › batch-exit-code-zero › speech: has 3 sentences (at most 2)` */
export function formatProblem(p: ValidationProblem): string {
  const where = [p.file, p.itemId, p.field].filter((part): part is string => part !== undefined && part !== '');
  return `${where.join(' › ')}: ${p.message}`;
}

/** Paths in problems are shown relative to the tree's parent (`content/en/x.json`), so they read the same anywhere. */
export function displayPath(root: string, absolute: string): string {
  return path
    .relative(path.dirname(path.resolve(root)), absolute)
    .split(path.sep)
    .join('/');
}
