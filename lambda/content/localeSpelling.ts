import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Language, Locale } from '../locale';
import type { CatalogSource } from './catalog';
import { contentRoot, readContentFile } from './contentFiles';
import { compileRespeller, type Respeller, type SpellingFile, spellingMapFor } from './spelling';

/**
 * A locale's spelling of its language's text, read from `<root>/<lang>/spelling.json` once per container: the
 * catalog respells its content with it, and the phrasings (lambda/i18n/prompts.ts) theirs, so cards and speech agree.
 */
const SPELLING = 'spelling';
/** null: the locale spells like the source. */
const respellers = new Map<Locale, Respeller | null>();

/**
 * How a locale respells its language's text (en-GB: "organization" → "organisation"), from `<lang>/spelling.json`;
 * undefined when it spells like the source. Phrasings (lambda/i18n) use it too, so cards and speech agree.
 */
export function respellerFor(language: Language, locale: Locale): Respeller | undefined {
  let respell = respellers.get(locale);
  if (respell === undefined) {
    const file = path.join(contentRoot(), language, `${SPELLING}.json`);
    const spelling = existsSync(file) ? readContentFile(file) : undefined;
    const map = isSpellingFile(spelling) ? spellingMapFor(spelling, locale) : {};
    respell = Object.keys(map).length === 0 ? null : compileRespeller(map);
    respellers.set(locale, respell);
  }
  return respell ?? undefined;
}

/** The spoken and shown texts of decks and questions, respelled; ids, topics, links and slot synonyms stay. */
export function respellSource(source: CatalogSource, respell: Respeller): CatalogSource {
  const file = (raw: unknown, fields: readonly string[]): unknown => {
    if (typeof raw !== 'object' || raw === null) return raw;
    const doc = raw as { title?: unknown; items?: unknown };
    const items = Array.isArray(doc.items) ? doc.items.map((item) => respellFields(item, fields, respell)) : doc.items;
    return { ...doc, ...(typeof doc.title === 'string' ? { title: respell(doc.title) } : {}), items };
  };
  return {
    ...source,
    decks: source.decks.map((deck) => file(deck, ['speech', 'quote', 'card'])),
    questions: file(source.questions, ['question', 'explanation', 'answer']),
  };
}

function respellFields(item: unknown, fields: readonly string[], respell: Respeller): unknown {
  if (typeof item !== 'object' || item === null) return item;
  const copy: Record<string, unknown> = { ...(item as Record<string, unknown>) };
  for (const field of fields) {
    const value = copy[field];
    if (typeof value === 'string') copy[field] = respell(value);
    // A question's answer: what is said back ("spoken") is respelled, the slot synonyms are what listeners say.
    else if (typeof value === 'object' && value !== null && typeof (value as { spoken?: unknown }).spoken === 'string') {
      copy[field] = { ...value, spoken: respell((value as { spoken: string }).spoken) };
    }
  }
  return copy;
}

function isSpellingFile(value: unknown): value is SpellingFile {
  const record = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  return record(value) && record(value.groups) && Object.values(value.groups).every(record) && record(value.locales);
}
