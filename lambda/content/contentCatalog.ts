import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../locale';
import { logger } from '../observability/logger';
import { buildCatalog, type Catalog, type CatalogSource } from './catalog';
import { DECK_IDS } from './types';

/**
 * Content ships as JSON files beside the code, not inside the bundle: a request needs only its own
 * language, so each language is read and parsed once, on its first request, and the bundle stays small.
 * Layout: `<root>/<lang>/<deck>.json`, `questions.json`, `pronunciations.json`, optionally `english-terms.json`
 * (docs/content.md).
 * The root is CONTENT_DIR, else `content/` beside the bundle (dist/lambda/content), else the source tree.
 */
const catalogs = new Map<Language, Catalog>();
const FOREIGN_TERMS = 'english-terms';

export function contentCatalog(language: Language): Catalog {
  let catalog = catalogs.get(language);
  if (!catalog) {
    catalog = buildCatalog(language, readCatalogSource(contentRoot(), language), (problem) =>
      logger.error('content problem', { language, ...problem }),
    );
    catalogs.set(language, catalog);
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

/** A missing or broken file is logged and left out; the rest of the content keeps answering. */
function readContentFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    logger.error('content file unreadable; skipped', { file, error: (error as Error).message });
    return undefined;
  }
}

function contentRoot(): string {
  if (process.env.CONTENT_DIR) return process.env.CONTENT_DIR;
  const besideBundle = path.join(__dirname, 'content');
  return existsSync(besideBundle) ? besideBundle : path.resolve(__dirname, '..', '..', 'content');
}
