import fs from 'node:fs';
import type { ValidationProblem } from './problem';

/**
 * Sound clip ids that are not in the Alexa Sound Library list (content/soundbank-ids.txt, one id a line).
 * For tests of the lambda's clip table: a mistyped soundbank:// id fails silently on a device.
 */
export function validateSoundIds(ids: readonly string[], soundbankListPath: string, origin = 'sound clips'): ValidationProblem[] {
  let known: Set<string>;
  try {
    known = new Set(
      fs
        .readFileSync(soundbankListPath, 'utf8')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    );
  } catch {
    return [{ file: soundbankListPath, message: 'sound library id list is missing or unreadable' }];
  }
  return ids
    .filter((id) => !known.has(id))
    .map((id) => ({ file: origin, itemId: id, message: 'is not an Alexa Sound Library id (see soundbank-ids.txt)' }));
}
