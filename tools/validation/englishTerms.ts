/**
 * The foreign-term list (`content/<lang>/english-terms.json`): words of another language that the speech
 * composer wraps in `<lang xml:lang>` (lambda/speech/pronunciation.ts). Checked like the pronunciation lexicon:
 * every entry is heard somewhere, no entry fights the lexicon, and the composer's own whole-word,
 * case-sensitive matching decides what "occurs" means.
 */
import fs from 'node:fs';
import type { ForeignTerms } from '../../lambda/content/types';
import { escapeXml } from '../../lambda/speech/escape';
import { compileLexicon, wordIndex, wordPattern } from '../../lambda/speech/pronunciation';
import { LANG_LOCALES } from '../platformRules';
import type { ItemSummary } from './items';
import { isNonEmptyString, isRecord, readJson } from './json';
import type { ValidationProblem } from './problem';

export const FOREIGN_TERMS_FILE = 'english-terms.json';

/** Only what is spoken gets the tag; cards are plain text. */
const SPOKEN_FIELDS = new Set(['speech', 'quote', 'question', 'explanation', 'answer.spoken']);

export function checkEnglishTerms(
  absolute: string,
  file: string,
  ownLocales: readonly string[],
  lexicon: ReadonlySet<string>,
  items: readonly ItemSummary[],
): ValidationProblem[] {
  if (!fs.existsSync(absolute)) return [];
  const parsed = readJson(absolute);
  if (!parsed.ok) return [{ file, message: parsed.message }];
  const doc = parsed.value;
  if (!isRecord(doc)) return [{ file, message: 'must be an object with lang, terms and optionally onlyIn' }];
  const problems: ValidationProblem[] = [];
  const add = (itemId: string | undefined, field: string | undefined, message: string): void => {
    problems.push({ file, ...(itemId === undefined ? {} : { itemId }), ...(field === undefined ? {} : { field }), message });
  };
  for (const key of Object.keys(doc)) if (!['lang', 'terms', 'onlyIn'].includes(key)) add(undefined, key, 'is not a known field');
  if (typeof doc.lang !== 'string' || !LANG_LOCALES.includes(doc.lang)) {
    add(undefined, 'lang', `must be one of the languages Alexa speaks (${LANG_LOCALES.join(', ')})`);
  } else if (ownLocales.includes(doc.lang)) {
    add(undefined, 'lang', `${doc.lang} is this content's own language: nothing to mark`);
  }

  const terms = Array.isArray(doc.terms) ? doc.terms : undefined;
  if (terms === undefined || terms.length === 0) add(undefined, 'terms', 'must be a non-empty array of terms');
  const onlyIn = doc.onlyIn === undefined ? {} : doc.onlyIn;
  if (!isRecord(onlyIn)) add(undefined, 'onlyIn', 'must be an object of term → phrases');

  const spoken = items.flatMap((item) => item.texts.filter((t) => SPOKEN_FIELDS.has(t.field)).map((t) => t.text));
  const heard = (text: string): boolean => spoken.some((s) => wordIndex(s, text) >= 0);
  const seen = new Set<string>();
  const entries: string[] = [];
  const plain: string[] = [];
  const scoped: Record<string, string[]> = {};

  for (const term of terms ?? []) {
    if (!isNonEmptyString(term) || term !== term.trim()) {
      add(undefined, 'terms', `${JSON.stringify(term)} must be a non-empty string with no surrounding spaces`);
      continue;
    }
    if (seen.has(term)) add(term, undefined, 'is listed twice');
    seen.add(term);
    entries.push(term);
    plain.push(term);
    if (!heard(term)) add(term, undefined, 'occurs in no spoken text of this language (remove it, or check its case and spelling)');
  }
  for (const [term, phrases] of isRecord(onlyIn) ? Object.entries(onlyIn) : []) {
    if (seen.has(term)) add(term, 'onlyIn', 'is also in terms: list it in one place');
    seen.add(term);
    entries.push(term);
    if (!Array.isArray(phrases) || phrases.length === 0 || !phrases.every(isNonEmptyString)) {
      add(term, 'onlyIn', 'must be a non-empty array of phrases');
      continue;
    }
    scoped[term] = phrases;
    for (const phrase of phrases) {
      if (wordIndex(phrase, term) < 0) add(term, 'onlyIn', `"${phrase}" does not contain "${term}" as a word`);
      else if (!heard(phrase)) add(term, 'onlyIn', `"${phrase}" occurs in no spoken text of this language`);
    }
  }
  checkOverlaps(entries, lexicon, add);
  checkOtherCases({ lang: 'en-US', terms: plain, onlyIn: scoped }, entries, spoken, add);
  return problems;
}

type Add = (itemId: string, field: string | undefined, message: string) => void;

/** A term equal to, inside, or around a lexicon term would leave one of the two marks unapplied. */
function checkOverlaps(entries: readonly string[], lexicon: ReadonlySet<string>, add: Add): void {
  for (const term of entries) {
    for (const acronym of lexicon) {
      if (term === acronym) add(term, undefined, 'is also in the pronunciation lexicon: keep it in one list');
      else if (wordIndex(term, acronym) >= 0) add(term, undefined, `contains the lexicon term "${acronym}": one mark would hide the other`);
      else if (wordIndex(acronym, term) >= 0)
        add(term, undefined, `is part of the lexicon term "${acronym}": one mark would hide the other`);
    }
  }
}

/**
 * Matching is case-sensitive, so "Latest" at a sentence start, or "docker" in "docker ignore", would go unmarked
 * unless that form is listed too. What the composer already marks (a longer listed term) is not reported.
 */
function checkOtherCases(foreign: ForeignTerms, entries: readonly string[], spoken: readonly string[], add: Add): void {
  const mark = compileLexicon({}, foreign);
  const unmarked = spoken.map((text) => mark(escapeXml(text)).replace(/<lang [^>]*>.*?<\/lang>/g, ' '));
  for (const term of entries) {
    const pattern = wordPattern(escapeXml(term), 'giu');
    const variants = new Set(unmarked.flatMap((text) => [...text.matchAll(pattern)].map((m) => m[0])));
    // The exact form left unmarked is a scoped term's native word ("Tag": day); plain terms are always marked.
    for (const variant of variants) {
      if (variant !== escapeXml(term)) add(term, undefined, `also occurs as "${variant}": list that form too, or rewrite it`);
    }
  }
}
