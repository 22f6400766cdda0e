/**
 * The British spelling map (`content/en/spelling.json`, lambda/content/spelling.ts): every US word is one
 * that English content or phrasings use (else it is dead weight), no entry maps to itself, a word is in one
 * rule only, rules and locales are ones the skill has, and the content itself stays in US spelling (a British
 * form in the source would reach en-US listeners).
 */
import fs from 'node:fs';
import { type Locale, languageOf, SUPPORTED_LOCALES } from '../../lambda/locale';
import type { SourcedText } from './compounds';
import { isNonEmptyString, isRecord, readJson } from './json';
import type { ValidationProblem } from './problem';

export const SPELLING_FILE = 'spelling.json';

/** The locale whose spelling the source is written in: it takes no map. */
const SOURCE_LOCALE: Locale = 'en-US';

export function checkSpelling(absolute: string, file: string, texts: readonly SourcedText[]): ValidationProblem[] {
  if (!fs.existsSync(absolute)) return [];
  const parsed = readJson(absolute);
  if (!parsed.ok) return [{ file, message: parsed.message }];
  const doc = parsed.value;
  if (!isRecord(doc) || !isRecord(doc.groups) || !isRecord(doc.locales)) {
    return [{ file, message: 'must be an object with groups (rule → US word → British word) and locales (locale → rules)' }];
  }
  const problems: ValidationProblem[] = [];
  const add = (itemId: string | undefined, field: string | undefined, message: string): void => {
    problems.push({ file, ...(itemId === undefined ? {} : { itemId }), ...(field === undefined ? {} : { field }), message });
  };
  for (const key of Object.keys(doc)) if (key !== 'groups' && key !== 'locales') add(undefined, key, 'is not a known field');

  const ruleOf = new Map<string, string>();
  for (const [group, words] of Object.entries(doc.groups)) {
    if (!isRecord(words) || Object.keys(words).length === 0) {
      add(group, 'groups', 'must be a non-empty object of US word → British word');
      continue;
    }
    for (const [us, uk] of Object.entries(words)) {
      const where = `${group}.${us}`;
      if (!isNonEmptyString(uk) || !/^[\p{Ll}'-]+$/u.test(us) || !/^[\p{Ll}'-]+$/u.test(uk)) {
        add(where, undefined, 'US and British words must be single lowercase words (the case of the text is kept)');
        continue;
      }
      const other = ruleOf.get(us);
      ruleOf.set(us, group);
      if (us === uk) {
        add(where, undefined, 'maps to itself');
        continue;
      }
      if (other !== undefined) add(where, undefined, `is also in ${other}`);
      if (!texts.some((t) => wordRegExp(us).test(t.text))) add(where, undefined, `"${us}" occurs in no English content or phrasing`);
      for (const t of texts) {
        if (wordRegExp(uk).test(t.text)) {
          problems.push({
            file: t.file,
            ...(t.itemId === undefined ? {} : { itemId: t.itemId }),
            ...(t.field === undefined ? {} : { field: t.field }),
            message: `"${uk}" is British spelling: English sources are written in US spelling ("${us}"), ${file} respells them`,
          });
        }
      }
    }
  }

  const used = new Set<string>();
  for (const [locale, groups] of Object.entries(doc.locales)) {
    const english = (SUPPORTED_LOCALES as readonly string[]).includes(locale) && languageOf(locale as Locale) === 'en';
    if (!english || locale === SOURCE_LOCALE) {
      add(locale, 'locales', `must be an English locale of the skill other than ${SOURCE_LOCALE} (the source spelling)`);
    }
    if (!Array.isArray(groups) || !groups.every(isNonEmptyString)) {
      add(locale, 'locales', 'must be a list of rule names');
      continue;
    }
    for (const group of groups) {
      if (!Object.hasOwn(doc.groups, group)) add(locale, 'locales', `"${group}" is not a rule in groups`);
      used.add(group);
    }
  }
  for (const group of Object.keys(doc.groups)) if (!used.has(group)) add(group, 'groups', 'no locale follows this rule');
  return problems;
}

function wordRegExp(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');
}
