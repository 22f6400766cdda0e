/** Plain-text measurements for spoken content: sentences, words, acronyms, markup. */
import { pluralOf } from '../../lambda/speech/pronunciation';

/** A sentence ends at . ! ? (runs like "?!" or "...", plus closing quotes) followed by whitespace or the end. */
const SENTENCE_END = /[.!?]+["'”“’»«)]*(?=\s|$)/gu;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    sentences.push(text.slice(start, end).trim());
    start = end;
  }
  sentences.push(text.slice(start).trim());
  return sentences.filter((s) => s !== '');
}

/** Words are whitespace-separated tokens with a letter or digit (a lone dash is not a word). */
export function countWords(sentence: string): number {
  return sentence.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export function endsLikeASentence(text: string): boolean {
  return /[.!?]["'”“’»«)]*$/u.test(text.trim());
}

/** Tokens are letter/digit runs, slash-joined runs kept together so "CI/CD" is one term. */
const TERM = /[\p{L}\p{N}]+(?:\/[\p{L}\p{N}]+)*/gu;

/** Two capitals ("ECS", "DevOps") or a capital with a digit ("S3") means a term Alexa may misread. */
function needsPronunciation(word: string): boolean {
  const capitals = word.match(/\p{Lu}/gu)?.length ?? 0;
  return capitals >= 2 || (capitals >= 1 && /\p{N}/u.test(word));
}

/**
 * Acronym-like terms not covered by the lexicon. A slash-joined term is covered if it splits at slashes into
 * listed terms and ordinary words: "CI/CD" (listed whole), "AWS/ECS" (each part listed), "AWS/CI/CD".
 */
export function unlistedTerms(text: string, lexicon: ReadonlySet<string>): string[] {
  const missing: string[] = [];
  for (const [term] of text.matchAll(TERM)) {
    const parts = term.split('/');
    const covered = new Set<number>(); // indexes of parts inside some listed slash-joined window
    for (let start = 0; start < parts.length; start++) {
      for (let end = start + 1; end <= parts.length; end++) {
        if (listed(parts.slice(start, end).join('/'), lexicon)) for (let i = start; i < end; i++) covered.add(i);
      }
    }
    parts.forEach((part, i) => {
      if (needsPronunciation(part) && !covered.has(i) && !missing.includes(part)) missing.push(part);
    });
  }
  return missing;
}

/** Listed, or the plural the composer derives from a listed acronym ("GPUs" from "GPU"). */
function listed(term: string, lexicon: ReadonlySet<string>): boolean {
  if (lexicon.has(term)) return true;
  const singular = term.slice(0, -1);
  return term.endsWith('s') && lexicon.has(singular) && pluralOf(singular) === term;
}

/** Content is plain text: the speech composer owns SSML and escaping. */
export function markupIn(text: string): string | undefined {
  if (/[<>]/.test(text)) return 'contains angle brackets (plain text only, no SSML)';
  if (/&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text)) return 'contains an &-entity (write the character itself)';
  return undefined;
}
