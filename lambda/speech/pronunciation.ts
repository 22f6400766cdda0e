import type { Lexicon, Pronunciation } from '../content/types';
import { escapeXml } from './escape';

/**
 * Applies a language's pronunciation lexicon to already-escaped text, so acronyms are marked up from
 * one list instead of inside every content item. One regex per lexicon, longest terms first so
 * "CI/CD" wins over "CI" and "GPUs" over "GPU".
 */
export type Pronouncer = (escapedText: string) => string;

export function compileLexicon(lexicon: Lexicon): Pronouncer {
  const terms = Object.keys(lexicon).sort((a, b) => b.length - a.length);
  if (terms.length === 0) return (text) => text;
  const markupByEscapedTerm = new Map<string, string>();
  for (const term of terms) {
    const escaped = escapeXml(term);
    markupByEscapedTerm.set(escaped, markup(escaped, lexicon[term] as Pronunciation));
  }
  const alternation = [...markupByEscapedTerm.keys()].map(escapeRegExp).join('|');
  // Lookarounds instead of \b: terms contain "/" and digits, and must not match inside longer words.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}/])(?:${alternation})(?![\\p{L}\\p{N}/])`, 'gu');
  return (text) => text.replace(pattern, (term) => markupByEscapedTerm.get(term) ?? term);
}

function markup(escapedTerm: string, entry: Pronunciation): string {
  if ('sub' in entry) return `<sub alias="${escapeXml(entry.sub)}">${escapedTerm}</sub>`;
  return `<say-as interpret-as="${escapeXml(entry.sayAs)}">${escapedTerm}</say-as>`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
