/**
 * The letters and digits of the Latin script, as the inside of a regex character class: exactly what
 * `[\p{L}\p{N}]` matches within U+0000–U+024F and U+1E00–U+1EFF (test/unit/latinWordChars.test.ts
 * compares them code point by code point). The word boundaries of speech markup and respelling use
 * it instead of `\p{L}\p{N}`: compiling a Unicode-property class (the `u` flag) on its first match
 * cost ~3 ms of every cold start (docs/performance.md), and the skill's languages (English, German)
 * write in the Latin script. A language in another script adds its range here.
 */
export const LATIN_WORD_CHARS =
  '0-9A-Za-z\\u00AA\\u00B2\\u00B3\\u00B5\\u00B9\\u00BA\\u00BC-\\u00BE\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF';

/** An uppercase letter in any script: it has a lowercase form and is its own uppercase (\p{Lu} for cased letters). */
export function isUppercaseLetter(char: string): boolean {
  return char.toLowerCase() !== char && char.toUpperCase() === char;
}
