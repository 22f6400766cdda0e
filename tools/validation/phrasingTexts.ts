/** Every phrasing string of a language (lambda/i18n), with its key path, for checks that cover speech beyond content. */
import { de } from '../../lambda/i18n/de';
import { en } from '../../lambda/i18n/en';
import { enGB } from '../../lambda/i18n/enGB';
import type { Language } from '../../lambda/locale';

export type PhrasingText = { key: string; text: string };

/** A language's base phrasings and the locale overrides that speak it (en-GB's belong to English). */
const TREES: Record<Language, Record<string, object>> = { en: { en, 'en-GB': enGB }, de: { de } };

export function phrasingTexts(language: Language): PhrasingText[] {
  return Object.entries(TREES[language]).flatMap(([name, tree]) => flatten(tree, name));
}

function flatten(value: unknown, key: string): PhrasingText[] {
  if (typeof value === 'string') return [{ key, text: value }];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([child, inner]) => flatten(inner, `${key}.${child}`));
}
