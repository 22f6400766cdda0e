/**
 * Our-own-words check (docs/content.md): content must not share a run of RUN_WORDS consecutive words with
 * the source notes. The notes never enter the project; `npm run fingerprints` stores short hashes of their
 * normalised runs (content/notes-fingerprints.txt) and the validator compares the content's runs to those.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';

export const RUN_WORDS = 7;
/** 12 hex characters = 48 bits: with 1,742 note runs and ~30,000 content runs a false match has odds near 2e-7 (n·m/2^48). */
export const HASH_HEX_CHARS = 12;

/**
 * Lower-case words with punctuation dropped: apostrophes vanish ("don't" → "dont"), every other non-letter,
 * non-digit character splits words ("check-in" → "check in"), so spelling variants of a copied phrase still match.
 */
export function normalisedWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`´]/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

export function hashRun(words: readonly string[]): string {
  return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, HASH_HEX_CHARS);
}

/** Every run of RUN_WORDS consecutive words, as [index of first word, hash]. */
export function runHashes(text: string): { words: string[]; hashes: string[] } {
  const words = normalisedWords(text);
  const hashes: string[] = [];
  for (let start = 0; start + RUN_WORDS <= words.length; start++) hashes.push(hashRun(words.slice(start, start + RUN_WORDS)));
  return { words, hashes };
}

/**
 * The longest stretch of the text made of runs found in the fingerprints (the copied words, in the content's
 * own normalised form), or undefined when the text shares no run with the notes.
 */
export function sharedStretch(text: string, fingerprints: ReadonlySet<string>): string | undefined {
  const { words, hashes } = runHashes(text);
  let best: [number, number] | undefined;
  let start = -1;
  for (let i = 0; i <= hashes.length; i++) {
    const hit = i < hashes.length && fingerprints.has(hashes[i] as string);
    if (hit && start < 0) start = i;
    if (!hit && start >= 0) {
      const end = i - 1 + RUN_WORDS; // one past the last word of the last matching run
      if (best === undefined || end - start > best[1] - best[0]) best = [start, end];
      start = -1;
    }
  }
  return best === undefined ? undefined : words.slice(best[0], best[1]).join(' ');
}

/** The fingerprint file: one hash a line, `#` lines are comments. */
export function parseFingerprints(text: string): Set<string> {
  const pattern = new RegExp(`^[0-9a-f]{${HASH_HEX_CHARS}}$`);
  return new Set(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => pattern.test(line)),
  );
}

export function readFingerprints(file: string): Set<string> | undefined {
  try {
    return parseFingerprints(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The committed file's text for some notes: a header saying how it was made, then the sorted unique hashes. */
export function fingerprintFile(notes: readonly { name: string; text: string }[]): string {
  const hashes = new Set<string>();
  for (const note of notes) for (const hash of runHashes(note.text).hashes) hashes.add(hash);
  const header = [
    `# Fingerprints of the source notes: sha256 (first ${HASH_HEX_CHARS} hex) of every normalised ${RUN_WORDS}-word run.`,
    '# Made by `npm run fingerprints` (scripts/fingerprint-notes.ts); rerun it when the notes change. Do not edit.',
    `# ${notes.length} note file${notes.length === 1 ? '' : 's'}, ${hashes.size} runs.`,
  ];
  return `${[...header, ...[...hashes].sort()].join('\n')}\n`;
}
