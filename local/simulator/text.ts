/**
 * Text normalisation shared by the invocation parser and the NLU: what a typed utterance and a sample
 * utterance look like once case, punctuation, apostrophes, dotted letters and German umlauts no longer
 * matter. Pure functions, no Node APIs, so a browser page can use them too.
 */

import { type Language, languageOf, toSupportedLocale } from '../../lambda/locale';

export type { Language };

/** The content language of any locale string (an unsupported one maps to its closest supported locale). */
export function languageOfLocale(locale: string): Language {
  return languageOf(toSupportedLocale(locale));
}

/** One word of an utterance: `display` is what Alexa would transcribe (a slot value), `key` what matches. */
export interface Token {
  display: string;
  key: string;
}

const APOSTROPHES = /[\u2019\u2018\u02bc\u0060\u00b4]/g;

/**
 * Splits text into words: lowercase, one kind of apostrophe, dotted letters joined ("c. i. c. d." is
 * "cicd", "a.w.s." is "aws"), slashes and hyphens as spaces ("CI/CD" is "ci cd"), other punctuation
 * dropped, thousands separators removed ("1,000" is "1000").
 */
export function tokenize(text: string, locale = 'en-US'): Token[] {
  let s = text.normalize('NFC').toLocaleLowerCase(locale).replace(APOSTROPHES, "'");
  s = s.replace(/(\d)[,.](\d{3})(?!\d)/g, '$1$2');
  s = s.replace(/(?<![\p{L}\p{N}])(?:\p{L}\.\s*){2,}/gu, (m) => ` ${m.replace(/[.\s]/g, '')} `);
  s = s.replace(/&/g, languageOfLocale(locale) === 'de' ? ' und ' : ' and ');
  s = s.replace(/[/\\\-\u2010-\u2015_+]/g, ' ');
  s = s.replace(/[^\p{L}\p{N}'\s]/gu, ' ');
  return s
    .split(/\s+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0)
    .map((display) => ({ display, key: foldWord(display) }));
}

/** The matching form of a word: no apostrophes ("today's" = "todays"), ß as ss, no diacritics (ü = u). */
export function foldWord(word: string): string {
  return word.replace(/'/g, '').replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

/** German umlauts typed as digraphs ("glueckskeks"): the folded form without them ("gluckskeks"). */
export function undigraph(key: string): string {
  return key.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}

/**
 * A token's key in a known vocabulary: when the word is unknown but its digraph-free form is known
 * ("glueckskeks" for "glückskeks"), that form. Digraphs are only undone for words that need it, so
 * "neue" stays "neue".
 */
export function vocabularyKey(key: string, vocabulary: ReadonlySet<string>): string {
  if (vocabulary.has(key)) return key;
  const plain = undigraph(key);
  return plain !== key && vocabulary.has(plain) ? plain : key;
}

export function keysOf(text: string, locale = 'en-US'): string[] {
  return tokenize(text, locale).map((t) => t.key);
}

/** The matching form of a whole phrase: folded words joined by single spaces. */
export function phraseKey(text: string, locale = 'en-US'): string {
  return keysOf(text, locale).join(' ');
}

export function displayOf(tokens: readonly Token[]): string {
  return tokens.map((t) => t.display).join(' ');
}

/** Longest user text a transcript line quotes: a pasted megabyte would otherwise be printed twice over. */
export const QUOTE_LIMIT = 200;

/** The user's text for a transcript line, cut at QUOTE_LIMIT characters with its length said. */
export function quoted(text: string): string {
  return text.length <= QUOTE_LIMIT ? text : `${text.slice(0, QUOTE_LIMIT)}… (${text.length} characters)`;
}
