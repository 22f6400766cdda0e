/**
 * British spelling from data (`content/en/spelling.json`): English content and phrasings are written in US
 * spelling once; a locale that spells the British way gets them respelled when its catalog and phrasings are
 * loaded, word by word from a US → British map, instead of a second copy of every deck (docs/content.md).
 * The map is grouped by the rule a word follows ("ise", "our" …) because not every locale takes every rule:
 * Canadian English writes "favour" and "labelled" but "organize".
 */

import { LATIN_WORD_CHARS } from '../speech/latinWordChars';

/** The file's shape: rule → (US word → British word), and locale → the rules it follows. */
export interface SpellingFile {
  groups: Record<string, Record<string, string>>;
  locales: Record<string, string[]>;
}

export type Respeller = (text: string) => string;

const unchanged: Respeller = (text) => text;

/** The US → British words a locale takes (none for a locale the file does not list). */
export function spellingMapFor(file: SpellingFile | undefined, locale: string): Record<string, string> {
  const groups = file?.locales[locale] ?? [];
  return Object.assign({}, ...groups.map((group) => file?.groups[group] ?? {}));
}

/**
 * Whole words, any case, and the case kept: "Optimize" → "Optimise", "UTILIZATION" → "UTILISATION". One regex
 * and one pass, longest word first, so a map entry never rewrites the output of another.
 */
export function compileRespeller(map: Record<string, string>): Respeller {
  const words = Object.keys(map).sort((a, b) => b.length - a.length);
  if (words.length === 0) return unchanged;
  const byLower = new Map(Object.entries(map).map(([us, uk]) => [us.toLowerCase(), uk]));
  // Latin letters and digits as the word boundary, not \p{L}\p{N} (see latinWordChars.ts).
  const pattern = new RegExp(`(?<![${LATIN_WORD_CHARS}])(?:${words.map(escapeRegExp).join('|')})(?![${LATIN_WORD_CHARS}])`, 'gi');
  return (text) => text.replace(pattern, (word) => withCaseOf(word, byLower.get(word.toLowerCase()) ?? word));
}

function withCaseOf(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return replacement.toUpperCase();
  const first = original[0] ?? '';
  if (first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Every string inside a phrasing value (a text, a list of phrasings, a set of forms), respelled. */
export function respellDeep<T>(value: T, respell: Respeller): T {
  if (respell === unchanged) return value;
  if (typeof value === 'string') return respell(value) as T;
  if (Array.isArray(value)) return value.map((entry) => respellDeep(entry, respell)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, respellDeep(inner, respell)])) as T;
  }
  return value;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
