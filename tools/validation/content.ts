/** Validates the content tree (docs/content.md): deck and question files, lexicons, and the links between them. */
import fs from 'node:fs';
import path from 'node:path';
import { DECK_IDS } from '../../lambda/content/types';
import { LANGUAGES, type Language, localesOf } from '../../lambda/locale';
import { COMPOUNDS_FILE, checkCompounds, englishVocabulary, languageTexts } from './compounds';
import { LANGUAGE_NAMES, LEXICON_FILE, MIN_ITEMS_PER_DECK, MIN_QUESTIONS, QUESTION_ID_PREFIX, QUESTIONS_FILE } from './contentRules';
import { checkEnglishTerms, FOREIGN_TERMS_FILE } from './englishTerms';
import { checkDeckItem, checkQuestion, type ItemContext, type ItemSummary } from './items';
import { isNonEmptyString, isRecord, readJson } from './json';
import { checkLexicon } from './lexicon';
import { checkOwnWords, FINGERPRINTS_FILE } from './ownWords';
import { phrasingTexts } from './phrasingTexts';
import { displayPath, type ValidationProblem } from './problem';
import { checkRelatedAgree, checkRelatedChains } from './relatedRules';
import { checkSpelling, SPELLING_FILE } from './spelling';

export { formatProblem, type ValidationProblem } from './problem';
export { validateSoundIds } from './soundIds';

export type ContentStats = { decks: number; languages: number; items: number; questions: number };

/** Items of one file that parsed well enough to take part in cross-item checks. */
type FileItems = { file: string; title?: string; items: ItemSummary[] };
type Catalog = Map<string, FileItems>; // deck name → items, per language

export function validateContent(contentRoot: string): ValidationProblem[] {
  return inspectContent(contentRoot).problems;
}

export function inspectContent(contentRoot: string): { problems: ValidationProblem[]; stats: ContentStats } {
  const problems: ValidationProblem[] = [];
  const catalogs = new Map<Language, Catalog>();
  const stats: ContentStats = { decks: DECK_IDS.length, languages: LANGUAGES.length, items: 0, questions: 0 };
  for (const language of LANGUAGES) {
    const dir = path.join(contentRoot, language);
    const lexiconPath = path.join(dir, LEXICON_FILE);
    const lexicon = checkLexicon(lexiconPath, displayPath(contentRoot, lexiconPath));
    problems.push(...lexicon.problems);
    const catalog: Catalog = new Map();
    for (const name of [...DECK_IDS, QUESTIONS_FILE]) {
      const absolute = path.join(dir, `${name}.json`);
      const file = displayPath(contentRoot, absolute);
      const ctx: ItemContext = {
        file,
        idPrefix: name === QUESTIONS_FILE ? QUESTION_ID_PREFIX : name,
        language,
        lexicon: lexicon.terms,
        lexiconFile: displayPath(contentRoot, lexiconPath),
      };
      const result = checkFile(absolute, name, ctx);
      problems.push(...result.problems);
      if (result.items === undefined) continue;
      catalog.set(name, { file, ...(result.title === undefined ? {} : { title: result.title }), items: result.items });
      if (name === QUESTIONS_FILE) stats.questions += result.count;
      else stats.items += result.count;
    }
    problems.push(
      ...unknownFiles(
        contentRoot,
        dir,
        [...DECK_IDS, QUESTIONS_FILE].map((n) => `${n}.json`),
      ),
    );
    problems.push(...checkIdsAndLinks(catalog), ...checkRelatedChains(catalog));
    const termsPath = path.join(dir, FOREIGN_TERMS_FILE);
    const allItems = [...catalog.values()].flatMap((entry) => entry.items);
    problems.push(...checkEnglishTerms(termsPath, displayPath(contentRoot, termsPath), localesOf(language), lexicon.terms, allItems));
    const compoundsPath = path.join(dir, COMPOUNDS_FILE);
    const english = englishVocabulary(termsPath, lexicon.terms);
    const texts = languageTexts([...catalog.values()], phrasingTexts(language), `lambda/i18n (${language})`);
    problems.push(...checkCompounds(compoundsPath, displayPath(contentRoot, compoundsPath), texts, english.words, english.phrases));
    const spellingPath = path.join(dir, SPELLING_FILE);
    problems.push(...checkSpelling(spellingPath, displayPath(contentRoot, spellingPath), texts));
    catalogs.set(language, catalog);
  }
  problems.push(...checkCounterparts(catalogs), ...checkRelatedAgree(catalogs));
  // The notes are English: only English content can repeat their sentences.
  problems.push(
    ...checkOwnWords(path.join(contentRoot, FINGERPRINTS_FILE), displayPath(contentRoot, path.join(contentRoot, FINGERPRINTS_FILE)), [
      ...(catalogs.get('en')?.values() ?? []),
    ]),
  );
  return { problems, stats };
}

function checkFile(
  absolute: string,
  name: string,
  ctx: ItemContext,
): { problems: ValidationProblem[]; items?: ItemSummary[]; title?: string; count: number } {
  const { file, language } = ctx;
  const parsed = readJson(absolute);
  if (!parsed.ok) return { problems: [{ file, message: parsed.message }], count: 0 };
  const doc = parsed.value;
  if (!isRecord(doc)) return { problems: [{ file, message: 'must be an object with deck, language, title, items' }], count: 0 };
  const problems: ValidationProblem[] = [];
  if (doc.deck !== name) problems.push({ file, field: 'deck', message: `must be "${name}" (the file name)` });
  if (doc.language !== language) problems.push({ file, field: 'language', message: `must be "${language}" (the folder name)` });
  if (!isNonEmptyString(doc.title)) problems.push({ file, field: 'title', message: 'must be a non-empty string' });
  if (!Array.isArray(doc.items)) return { problems: [...problems, { file, field: 'items', message: 'must be an array' }], count: 0 };
  const minimum = name === QUESTIONS_FILE ? MIN_QUESTIONS : MIN_ITEMS_PER_DECK;
  if (doc.items.length < minimum) problems.push({ file, message: `has ${doc.items.length} items (at least ${minimum})` });
  const check = name === QUESTIONS_FILE ? checkQuestion : checkDeckItem;
  const items: ItemSummary[] = [];
  doc.items.forEach((raw, index) => {
    const result = check(raw, index, ctx);
    problems.push(...result.problems);
    if (result.item !== undefined) items.push(result.item);
  });
  return { problems, items, count: doc.items.length, ...(isNonEmptyString(doc.title) ? { title: doc.title } : {}) };
}

/** A stray or misnamed file (say `postmortem.json`) would otherwise be silently ignored by the skill. */
function unknownFiles(contentRoot: string, dir: string, expected: string[]): ValidationProblem[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [{ file: displayPath(contentRoot, dir), message: 'folder is missing' }];
  }
  return names
    .filter(
      (n) => n.endsWith('.json') && ![LEXICON_FILE, FOREIGN_TERMS_FILE, COMPOUNDS_FILE, SPELLING_FILE].includes(n) && !expected.includes(n),
    )
    .map((n) => ({ file: displayPath(contentRoot, path.join(dir, n)), message: 'is not a known content file' }));
}

/** Ids are unique across all files of a language; related ids exist there and are not the item itself. */
function checkIdsAndLinks(catalog: Catalog): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const firstFile = new Map<string, string>();
  for (const { file, items } of catalog.values()) {
    for (const { id } of items) {
      const first = firstFile.get(id);
      if (first === undefined) firstFile.set(id, file);
      else problems.push({ file, itemId: id, field: 'id', message: `duplicate id (also in ${first})` });
    }
  }
  for (const { file, items } of catalog.values()) {
    for (const { id, related } of items) {
      for (const target of related) {
        if (target === id) problems.push({ file, itemId: id, field: 'related', message: 'lists the item itself' });
        else if (!firstFile.has(target))
          problems.push({ file, itemId: id, field: 'related', message: `"${target}" is not an item id in this language` });
      }
    }
  }
  return problems;
}

/** The same item exists in every language under the same id, so progress and replay survive a locale switch. */
function checkCounterparts(catalogs: Map<Language, Catalog>): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const language of LANGUAGES) {
    const catalog = catalogs.get(language);
    for (const other of LANGUAGES) {
      const otherCatalog = catalogs.get(other);
      if (other === language || catalog === undefined || otherCatalog === undefined) continue;
      for (const [name, { file, items }] of catalog) {
        const counterpart = otherCatalog.get(name);
        if (counterpart === undefined) continue; // the broken or missing file is reported on its own
        const byId = new Map(counterpart.items.map((item) => [item.id, item]));
        for (const item of items) {
          const match = byId.get(item.id);
          if (match === undefined) {
            problems.push({ file, itemId: item.id, message: `has no ${LANGUAGE_NAMES[other]} counterpart in ${counterpart.file}` });
          } else if (
            language === LANGUAGES[0] &&
            item.answerId !== undefined &&
            match.answerId !== undefined &&
            item.answerId !== match.answerId
          ) {
            // The quiz scores by answer id, so both languages must agree on it.
            problems.push({
              file: counterpart.file,
              itemId: item.id,
              field: 'answer.id',
              message: `"${match.answerId}" differs from ${file} ("${item.answerId}")`,
            });
          }
        }
      }
    }
  }
  return problems;
}
