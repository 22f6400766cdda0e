/**
 * German compounds (`content/de/compounds.json`): German joins the parts of a compound or sets a hyphen
 * between them, also when a part is English ("Exit-Code", "Docker-Container", "Blue-Green-Deployment"),
 * never leaves a space ("Exit Code"). The file lists the wrong forms seen so far with their right form, and
 * the English word pairs German writes open (names, adjective + noun: "AWS Batch", "Continuous Delivery").
 * `npm run validate` fails on a listed wrong form anywhere in German content or phrasings, and on an English
 * word (a listed English term or acronym) followed by a capitalised word that is neither listed open nor a
 * listed English phrase: that pair is a compound written apart, or a new open pair to list.
 */
import fs from 'node:fs';
import { wordIndex, wordPattern } from '../../lambda/speech/pronunciation';
import type { ItemSummary } from './items';
import { isNonEmptyString, isRecord, readJson } from './json';
import type { PhrasingText } from './phrasingTexts';
import type { ValidationProblem } from './problem';

export const COMPOUNDS_FILE = 'compounds.json';

/** Where a text comes from: a content item's field, a deck title or a phrasing key. */
export type SourcedText = { file: string; itemId?: string; field?: string; text: string };

/** Every text of a language a listener hears or reads: content fields, deck titles, phrasings. */
export function languageTexts(
  decks: readonly { file: string; title?: string; items: readonly ItemSummary[] }[],
  phrasings: readonly PhrasingText[],
  phrasingFile: string,
): SourcedText[] {
  return [
    ...decks.flatMap(({ file, title, items }) => [
      ...(title === undefined ? [] : [{ file, field: 'title', text: title }]),
      ...items.flatMap((item) => item.texts.map((t) => ({ file, itemId: item.id, field: t.field, text: t.text }))),
    ]),
    ...phrasings.map((p) => ({ file: phrasingFile, field: p.key, text: p.text })),
  ];
}

export function checkCompounds(
  absolute: string,
  file: string,
  texts: readonly SourcedText[],
  englishWords: ReadonlySet<string>,
  /** Listed English phrases ("Continuous Delivery", names): read as English, so open like the open list. */
  englishPhrases: readonly string[],
): ValidationProblem[] {
  if (!fs.existsSync(absolute)) return [];
  const parsed = readJson(absolute);
  if (!parsed.ok) return [{ file, message: parsed.message }];
  const doc = parsed.value;
  const problems: ValidationProblem[] = [];
  if (!isRecord(doc) || !isRecord(doc.wrong) || !Array.isArray(doc.open)) {
    return [{ file, message: 'must be an object with wrong (wrong form → right form) and open (a list of word pairs)' }];
  }
  for (const key of Object.keys(doc))
    if (key !== 'wrong' && key !== 'open') problems.push({ file, field: key, message: 'is not a known field' });

  const wrong = new Map<string, string>();
  for (const [from, to] of Object.entries(doc.wrong)) {
    if (!isNonEmptyString(to) || from.trim() !== from || from === '') {
      problems.push({ file, itemId: from, message: 'needs a non-empty right form, and no spaces around the wrong one' });
    } else if (to === from) problems.push({ file, itemId: from, message: 'maps to itself' });
    else if (/\s/.test(to)) problems.push({ file, itemId: from, message: `"${to}" is written apart: a compound is one word` });
    else wrong.set(from, to);
  }
  for (const [from, to] of wrong) {
    if (!texts.some((t) => wordIndex(t.text, to) >= 0)) {
      problems.push({ file, itemId: from, message: `the right form "${to}" occurs nowhere in German content or phrasings` });
    }
    const pattern = wordPattern(from, 'gu');
    for (const t of texts) {
      if (pattern.test(t.text)) problems.push({ ...where(t), message: `"${from}": write "${to}" (a German compound: ${file})` });
      pattern.lastIndex = 0;
    }
  }

  const open = new Set<string>();
  for (const pair of doc.open) {
    if (!isNonEmptyString(pair) || !/^\S+ \S+/u.test(pair))
      problems.push({ file, field: 'open', message: `${JSON.stringify(pair)} is not a word pair` });
    else if (open.has(pair)) problems.push({ file, field: 'open', message: `"${pair}" is listed twice` });
    else {
      open.add(pair);
      if (!texts.some((t) => wordIndex(t.text, pair) >= 0)) problems.push({ file, field: 'open', message: `"${pair}" occurs nowhere` });
    }
  }
  // A listed wrong form is reported once, with its right form, not again as a pair.
  problems.push(...openPairs(texts, englishWords, [...open, ...englishPhrases, ...wrong.keys()], file));
  return problems;
}

/** An English word (or hyphenated word ending in one), a space, a capitalised word; a lookahead, so pairs may share a word. */
const PAIR = /(?<![\p{L}\p{N}-])(?=([\p{L}\p{N}-]+) (\p{Lu}[\p{L}\p{N}]*)(?![\p{L}\p{N}]))/gu;

/** "Docker Container", "Canary Instanzen": an English word, a space, a capitalised word, not listed as open. */
function openPairs(
  texts: readonly SourcedText[],
  englishWords: ReadonlySet<string>,
  open: readonly string[],
  file: string,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const t of texts) {
    for (const match of t.text.matchAll(PAIR)) {
      const [first, second] = [match[1] as string, match[2] as string];
      const words = `${first} ${second}`;
      const english = englishWords.has(first) || englishWords.has(first.split('-').at(-1) as string);
      if (!english || open.some((phrase) => covers(t.text, match.index, words, phrase))) continue;
      problems.push({
        ...where(t),
        message: `"${words}" looks like a compound written apart: hyphenate it, or list it under open in ${file}`,
      });
    }
  }
  return problems;
}

/** The pair at `index` lies inside an occurrence of the open phrase. */
function covers(text: string, index: number, words: string, phrase: string): boolean {
  const pattern = wordPattern(phrase, 'gu');
  for (const m of text.matchAll(pattern)) {
    if (m.index <= index && index + words.length <= m.index + phrase.length) return true;
  }
  return false;
}

function where(t: SourcedText): Omit<ValidationProblem, 'message'> {
  return { file: t.file, ...(t.itemId === undefined ? {} : { itemId: t.itemId }), ...(t.field === undefined ? {} : { field: t.field }) };
}

/** The English words the pair rule looks for: acronyms of the lexicon and single-word English terms; phrases apart. */
export function englishVocabulary(termsFile: string, lexicon: ReadonlySet<string>): { words: Set<string>; phrases: string[] } {
  const words = new Set(lexicon);
  const phrases: string[] = [];
  const parsed = fs.existsSync(termsFile) ? readJson(termsFile) : undefined;
  const terms = parsed?.ok && isRecord(parsed.value) && Array.isArray(parsed.value.terms) ? parsed.value.terms : [];
  for (const term of terms.filter(isNonEmptyString)) {
    if (/\s/.test(term)) phrases.push(term);
    else words.add(term);
  }
  return { words, phrases };
}
