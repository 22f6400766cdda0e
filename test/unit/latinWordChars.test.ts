import { isUppercaseLetter, LATIN_WORD_CHARS } from '../../lambda/speech/latinWordChars';
import { pluralOf } from '../../lambda/speech/pronunciation';

const LATIN_RANGES: [number, number][] = [
  [0x0000, 0x024f],
  [0x1e00, 0x1eff],
];

function* codePoints(): Generator<string> {
  for (const [from, to] of LATIN_RANGES) for (let cp = from; cp <= to; cp++) yield String.fromCodePoint(cp);
}

describe('LATIN_WORD_CHARS', () => {
  test('is exactly [\\p{L}\\p{N}] over the Latin blocks, code point by code point', () => {
    const latin = new RegExp(`^[${LATIN_WORD_CHARS}]$`);
    const unicode = /^[\p{L}\p{N}]$/u;
    const differing = [...codePoints()].filter((char) => latin.test(char) !== unicode.test(char));
    expect(differing).toEqual([]);
    // Some of what it holds and what it does not: umlauts, ß, superscript digits; no punctuation or ×.
    for (const char of ['ä', 'Ö', 'ß', 'é', 'ł', '²', 'ẞ']) expect(latin.test(char)).toBe(true);
    for (const char of ['/', '-', '×', '÷', ' ', '&', "'"]) expect(latin.test(char)).toBe(false);
  });
});

describe('isUppercaseLetter', () => {
  test('agrees with \\p{Lu} over the Latin blocks', () => {
    const differing = [...codePoints()].filter((char) => isUppercaseLetter(char) !== /^\p{Lu}$/u.test(char));
    expect(differing).toEqual([]);
  });
});

describe('pluralOf', () => {
  test.each([
    ['GPU', 'GPUs'],
    ['CI/CD', 'CI/CDs'],
    ['S3', undefined],
    ['EC2', undefined],
    ['K8S', 'K8Ss'],
    ['ÖPNV', 'ÖPNVs'],
    ['DevOps', undefined],
    ['A', undefined],
    ['API', 'APIs'],
    ['SLO', 'SLOs'],
    ['AWS Batch', undefined],
    ['', undefined],
  ])('%s → %s (acronyms of two or more capitals that end in one)', (term, plural) => {
    expect(pluralOf(term)).toBe(plural);
    // The rule it replaces, as a regex, says the same.
    const byRegex = /^[\p{Lu}\p{N}/]*\p{Lu}$/u.test(term) && /\p{Lu}.*\p{Lu}/u.test(term) ? `${term}s` : undefined;
    expect(pluralOf(term)).toBe(byRegex);
  });
});
