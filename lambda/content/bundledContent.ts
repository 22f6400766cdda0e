import deBatch from '../../content/de/batch.json';
import deDelivery from '../../content/de/delivery.json';
import deFortunes from '../../content/de/fortunes.json';
import deLexicon from '../../content/de/pronunciations.json';
import dePostmortems from '../../content/de/postmortems.json';
import deQuestions from '../../content/de/questions.json';
import deVoice from '../../content/de/voice.json';
import enBatch from '../../content/en/batch.json';
import enDelivery from '../../content/en/delivery.json';
import enFortunes from '../../content/en/fortunes.json';
import enLexicon from '../../content/en/pronunciations.json';
import enPostmortems from '../../content/en/postmortems.json';
import enQuestions from '../../content/en/questions.json';
import enVoice from '../../content/en/voice.json';
import { logger } from '../observability/logger';
import { buildCatalog, type Catalog, type CatalogSource } from './catalog';
import type { Language } from './types';

/** Content is bundled into the Lambda file; each language's catalog is built once, on first use. */
const SOURCES: Record<Language, CatalogSource> = {
  en: { decks: [enBatch, enPostmortems, enDelivery, enVoice, enFortunes], questions: enQuestions, lexicon: enLexicon },
  de: { decks: [deBatch, dePostmortems, deDelivery, deVoice, deFortunes], questions: deQuestions, lexicon: deLexicon },
};

const catalogs = new Map<Language, Catalog>();

export function bundledCatalog(language: Language): Catalog {
  let catalog = catalogs.get(language);
  if (!catalog) {
    catalog = buildCatalog(language, SOURCES[language], (problem) =>
      logger.error('content problem', { language, ...problem }),
    );
    catalogs.set(language, catalog);
  }
  return catalog;
}
