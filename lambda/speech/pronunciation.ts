import type { ForeignTerms, Lexicon, Pronunciation } from '../content/types';
import { escapeXml } from './escape';
import { isUppercaseLetter, LATIN_WORD_CHARS } from './latinWordChars';

/**
 * Applies a language's pronunciation lexicon and its list of foreign terms to already-escaped text, so
 * acronyms and English words in German speech are marked up from data instead of inside every content item.
 * One regex and one pass for both lists: a term is marked once, never inside another term's markup (no
 * <lang> inside <sub>, no double wrapping). Longest terms first, so "CI/CD" wins over "CI", "GPUs" over
 * "GPU" and "Canary-Deployment" over "Deployment". Matching is case-sensitive and whole-word.
 * Plurals of acronyms come from the lexicon, not from entries of their own: every acronym (a term ending
 * in a capital letter) also matches with a plural "s" ("GPUs", "CI/CDs") and is read as its letters plus
 * "'s" ("G P U's"), so the voice says the letter and then the s instead of reading "Us" as a word.
 */
export type Pronouncer = (escapedText: string) => string;

// Lookarounds instead of \b: terms contain "/" and digits, and must not match inside longer words
// ("Produktionsimages" holds no "Image"); "&" keeps a term from matching inside an entity like "&amp;".
// Latin letters and digits, not \p{L}\p{N}: see latinWordChars.ts.
const BEFORE = `(?<![${LATIN_WORD_CHARS}/&])`;
const AFTER = `(?![${LATIN_WORD_CHARS}/])`;

export function compileLexicon(lexicon: Lexicon, foreign?: ForeignTerms): Pronouncer {
  const markupByEscapedTerm = new Map<string, string>();
  for (const term of Object.keys(lexicon)) {
    const escaped = escapeXml(term);
    markupByEscapedTerm.set(escaped, markup(escaped, lexicon[term] as Pronunciation));
  }
  for (const [term, entry] of Object.entries(lexicon)) {
    const plural = pluralOf(term);
    const escaped = escapeXml(plural ?? '');
    // An explicit entry for the plural wins (the validator reports it as redundant when it says the same).
    if (plural !== undefined && !markupByEscapedTerm.has(escaped)) {
      // The apostrophe needs no escape inside a double-quoted attribute; the letters are escaped like any alias.
      markupByEscapedTerm.set(escaped, `<sub alias="${escapeXml(pluralLetters(term, entry))}'s">${escaped}</sub>`);
    }
  }
  const alternatives: { length: number; source: string }[] = [];
  if (foreign) {
    const lang = escapeXml(foreign.lang);
    for (const term of foreign.terms) {
      const escaped = escapeXml(term);
      if (!markupByEscapedTerm.has(escaped)) markupByEscapedTerm.set(escaped, `<lang xml:lang="${lang}">${escaped}</lang>`);
    }
    // A term that is also a word of the language ("Tag": day) is marked only inside the phrases listed for it.
    for (const [term, phrases] of Object.entries(foreign.onlyIn ?? {})) {
      const escaped = escapeXml(term);
      if (markupByEscapedTerm.has(escaped)) continue;
      markupByEscapedTerm.set(escaped, `<lang xml:lang="${lang}">${escaped}</lang>`);
      for (const phrase of phrases) {
        const at = wordIndex(phrase, term);
        if (at < 0) continue; // the validator reports such a phrase
        const before = escapeRegExp(escapeXml(phrase.slice(0, at)));
        const after = escapeRegExp(escapeXml(phrase.slice(at + term.length)));
        // Scoped alternatives go first: they are the most specific.
        alternatives.push({ length: Number.MAX_SAFE_INTEGER, source: `(?<=${before})${escapeRegExp(escaped)}(?=${after})` });
      }
    }
  }
  const scopedTerms = new Set(Object.keys(foreign?.onlyIn ?? {}).map(escapeXml));
  for (const escaped of markupByEscapedTerm.keys()) {
    if (!scopedTerms.has(escaped)) alternatives.push({ length: escaped.length, source: escapeRegExp(escaped) });
  }
  if (alternatives.length === 0) return (text) => text;
  const alternation = alternatives
    .sort((a, b) => b.length - a.length)
    .map((a) => a.source)
    .join('|');
  const pattern = new RegExp(`${BEFORE}(?:${alternation})${AFTER}`, 'g');
  return (text) => text.replace(pattern, (term) => markupByEscapedTerm.get(term) ?? term);
}

/** `term` as a whole word, by the composer's own rule (shared with the validator); flags add "g" or "i". */
export function wordPattern(term: string, flags = ''): RegExp {
  return new RegExp(`${BEFORE}${escapeRegExp(term)}${AFTER}`, flags);
}

/** Where `term` occurs in `text` as a whole word, or -1. */
export function wordIndex(text: string, term: string): number {
  return wordPattern(term).exec(text)?.index ?? -1;
}

/** The plural the composer derives for a lexicon term: acronyms only ("GPU" → "GPUs"; "DevOps" and "S3" have none). */
export function pluralOf(term: string): string | undefined {
  // Capitals, digits and "/" only, ending in a capital, with at least two capitals. A loop, not
  // /^[\p{Lu}\p{N}/]*\p{Lu}$/u: its first compile was a measurable part of the cold start.
  let capitals = 0;
  for (const char of term) {
    if (isUppercaseLetter(char)) capitals += 1;
    else if (!(char === '/' || (char >= '0' && char <= '9'))) return undefined;
  }
  return capitals >= 2 && isUppercaseLetter(term.at(-1) ?? '') ? `${term}s` : undefined;
}

/**
 * How a derived plural is read: the term's letters (or its alias), then "'s". The same in every language: German
 * too says the letter names and then an s ("Ge Pe Uh's"), and "G P Us" would be read as a word "Us".
 */
function pluralLetters(term: string, entry: Pronunciation): string {
  return 'sub' in entry ? entry.sub : [...term.replace(/\//g, '')].join(' ');
}

function markup(escapedTerm: string, entry: Pronunciation): string {
  if ('sub' in entry) return `<sub alias="${escapeXml(entry.sub)}">${escapedTerm}</sub>`;
  return `<say-as interpret-as="${escapeXml(entry.sayAs)}">${escapedTerm}</say-as>`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
