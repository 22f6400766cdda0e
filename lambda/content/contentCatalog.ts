import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Language, Locale } from '../locale';
import { logger } from '../observability/logger';
import { buildCatalog, type Catalog, type CatalogSource } from './catalog';
import { contentRoot, readContentFile } from './contentFiles';
import { respellerFor, respellSource } from './localeSpelling';
import { DECK_IDS } from './types';

/**
 * Content ships as JSON files beside the code, not inside the bundle: a request needs only its own
 * language, so each language is read and parsed once, on its first request, and the bundle stays small.
 * Layout: `<root>/<lang>/<deck>.json`, `questions.json`, `pronunciations.json`, optionally `english-terms.json`
 * and `spelling.json` (docs/content.md). A locale with its own spelling gets its own catalog, respelled once.
 * The root is CONTENT_DIR, else `content/` beside the bundle (dist/lambda/content), else the source tree.
 */
const catalogs = new Map<string, Catalog>();
const FOREIGN_TERMS = 'english-terms';

export function contentCatalog(language: Language, locale?: Locale): Catalog {
  const respell = locale === undefined ? undefined : respellerFor(language, locale);
  // Locales that spell like their language's source share one catalog.
  const key: string = respell === undefined || locale === undefined ? language : locale;
  let catalog = catalogs.get(key);
  if (!catalog) {
    const source = readCatalogSource(contentRoot(), language);
    catalog = buildCatalog(language, respell ? respellSource(source, respell) : source, (problem) =>
      logger.error('content problem', { language, ...problem }),
    );
    catalogs.set(key, catalog);
  }
  return catalog;
}

export function readCatalogSource(root: string, language: Language): CatalogSource {
  const read = (name: string): unknown => readContentFile(path.join(root, language, `${name}.json`));
  const foreignTerms = path.join(root, language, `${FOREIGN_TERMS}.json`);
  return {
    decks: DECK_IDS.map(read).filter((deck) => deck !== undefined),
    questions: read('questions'),
    lexicon: read('pronunciations'),
    // Only some languages have one (German: its English terms); a missing file is no problem.
    ...(existsSync(foreignTerms) ? { foreignTerms: read(FOREIGN_TERMS) } : {}),
  };
}
