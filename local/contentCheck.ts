import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { contentRoot } from '../lambda/content/contentFiles';
import { DECK_IDS } from '../lambda/content/types';
import { LANGUAGES } from '../lambda/locale';
import { lineColumn } from './simulator/dialogs/problems';

/**
 * What `npm start` and `npm run dialog` check in the content folder before they serve: the skill leaves out
 * a file it cannot read and logs it (lambda/content/contentFiles.ts), but the local tools silence or bury
 * those logs, so a developer who broke a deck would hear other content and never learn why. Only that
 * each file is there and parses is checked here (milliseconds); `npm run validate` checks the rest.
 */
const FILES = [...DECK_IDS, 'questions', 'pronunciations'];

/** A missing folder: nothing could be served, so the tools refuse to start. */
export function assertContentFolder(root = contentRoot()): void {
  const isFolder = existsSync(root) && statSync(root).isDirectory();
  if (!isFolder) throw new Error(`content folder ${root} does not exist${process.env.CONTENT_DIR ? ' (CONTENT_DIR)' : ''}`);
}

/** One line per file the skill would leave out: `content/en/batch.json:3:7: not JSON (CommaExpected); left out`. */
export function contentFileProblems(root = contentRoot()): string[] {
  const problems: string[] = [];
  for (const language of LANGUAGES) {
    for (const name of FILES) {
      const file = path.join(root, language, `${name}.json`);
      const near = path.relative(process.cwd(), file);
      const shown = near.startsWith('..') ? file : near;
      if (!existsSync(file)) {
        problems.push(`${shown}: missing; the skill serves ${language} without it`);
        continue;
      }
      const text = readFileSync(file, 'utf8');
      const errors: ParseError[] = [];
      // Strict JSON, as JSON.parse in the skill reads it: no comments, no trailing commas.
      parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
      const first = errors[0];
      if (first) {
        const at = lineColumn(text, first.offset);
        problems.push(`${shown}:${at.line}:${at.column}: not JSON (${printParseErrorCode(first.error)}); the skill leaves it out`);
      }
    }
  }
  return problems;
}

/** The warning block the tools print, or nothing when the content reads. */
export function contentWarning(root = contentRoot()): string[] {
  const problems = contentFileProblems(root);
  if (problems.length === 0) return [];
  return [...problems.map((p) => `content: ${p}`), 'content: npm run validate lists every problem'];
}
