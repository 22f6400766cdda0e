/** Fails content that shares a run of RUN_WORDS words with the source notes, naming item and field (fingerprints.ts). */

import { RUN_WORDS, readFingerprints, sharedStretch } from './fingerprints';
import type { ItemSummary } from './items';
import type { ValidationProblem } from './problem';

export const FINGERPRINTS_FILE = 'notes-fingerprints.txt';

type CheckedFile = { file: string; title?: string; items: readonly ItemSummary[] };

export function checkOwnWords(fingerprintsPath: string, fingerprintsFile: string, files: readonly CheckedFile[]): ValidationProblem[] {
  const fingerprints = readFingerprints(fingerprintsPath);
  if (fingerprints === undefined || fingerprints.size === 0) {
    return [{ file: fingerprintsFile, message: 'is missing or has no fingerprints (run `npm run fingerprints`)' }];
  }
  const problems: ValidationProblem[] = [];
  const message = (stretch: string): string =>
    `shares ${stretch.split(' ').length} consecutive words with the source notes ("${stretch}"); say it in our own words (at most ${RUN_WORDS - 1})`;
  for (const { file, title, items } of files) {
    const titleStretch = title === undefined ? undefined : sharedStretch(title, fingerprints);
    if (titleStretch !== undefined) problems.push({ file, field: 'title', message: message(titleStretch) });
    for (const item of items) {
      for (const { field, text } of item.texts) {
        const stretch = sharedStretch(text, fingerprints);
        if (stretch !== undefined) problems.push({ file, itemId: item.id, field, message: message(stretch) });
      }
    }
  }
  return problems;
}
