/**
 * The rules for related links (docs/content.md, "Related links"): a "yes" to an offer follows an item's
 * related list, so the lists must form chains that move on, cross between decks, and read the same in
 * every language. Existence of the ids and self-links are checked with the other cross-item checks (content.ts).
 */
import { DECKS, type DeckId } from '../../lambda/content/types';
import type { Language } from '../../lambda/locale';
import { LANGUAGE_NAMES, QUESTIONS_FILE } from './contentRules';
import type { ValidationProblem } from './problem';

/** Every deck item names at least this many related items, so a chain has somewhere to go after one step. */
export const MIN_RELATED = 2;
/**
 * At least this share of deck items names an item in another deck (measured 0.83 on 2026-12-03; the
 * remaining items, such as a classic fortune with no tip behind it, have no fitting partner elsewhere).
 */
export const MIN_CROSS_DECK_SHARE = 0.8;
/** Fortunes that come from no talk: they have no tip behind them. */
export const CLASSIC_SOURCE: string = DECKS.fortunes;

export type LinkedItem = { id: string; related: readonly string[]; source?: string };
export type LinkedFile = { file: string; items: readonly LinkedItem[] };
/** One language's files by name (deck ids and "questions"). */
export type LinkedCatalog = ReadonlyMap<string, LinkedFile>;

/** The figures docs/content.md reports (scripts/related-report.ts prints them). */
export type RelatedStats = {
  items: number;
  deckItems: number;
  fewerThanMin: number;
  questionsFewerThanMin: number;
  firstLinkTwoCycles: number;
  firstLinkLinksBack: number;
  withCrossDeck: number;
  links: number;
  crossDeckLinks: number;
  fortunesToTheirTip: number;
  talkFortunes: number;
};

type Located = LinkedItem & { deck: string; file: string };

/** A link into another deck; a question is not one (offers never serve questions by link). */
function crossesDecks(item: Located, id: string, byId: ReadonlyMap<string, Located>): boolean {
  const target = byId.get(id);
  return target !== undefined && target.deck !== item.deck && target.deck !== QUESTIONS_FILE;
}

function locate(catalog: LinkedCatalog): Map<string, Located> {
  const byId = new Map<string, Located>();
  for (const [deck, { file, items }] of catalog)
    for (const item of items) if (!byId.has(item.id)) byId.set(item.id, { ...item, deck, file });
  return byId;
}

/** The tip deck a talk's items live in. */
function deckOfSource(source: string | undefined): DeckId | undefined {
  return (Object.keys(DECKS) as DeckId[]).find((deck) => deck !== 'fortunes' && DECKS[deck] === source);
}

function linksItsTip(item: Located, byId: ReadonlyMap<string, Located>): boolean {
  const tipDeck = deckOfSource(item.source);
  return item.related.some((id) => byId.get(id)?.deck === tipDeck);
}

export function relatedStats(catalog: LinkedCatalog): RelatedStats {
  const byId = locate(catalog);
  const stats: RelatedStats = {
    items: byId.size,
    deckItems: 0,
    fewerThanMin: 0,
    questionsFewerThanMin: 0,
    firstLinkTwoCycles: 0,
    firstLinkLinksBack: 0,
    withCrossDeck: 0,
    links: 0,
    crossDeckLinks: 0,
    fortunesToTheirTip: 0,
    talkFortunes: 0,
  };
  for (const item of byId.values()) {
    const first = byId.get(item.related[0] ?? '');
    if (first?.related[0] === item.id) stats.firstLinkTwoCycles++;
    if (first?.related.includes(item.id)) stats.firstLinkLinksBack++;
    if (item.deck === QUESTIONS_FILE) {
      if (item.related.length < MIN_RELATED) stats.questionsFewerThanMin++;
      continue;
    }
    stats.deckItems++;
    if (item.related.length < MIN_RELATED) stats.fewerThanMin++;
    const cross = item.related.filter((id) => crossesDecks(item, id, byId)).length;
    stats.links += item.related.length;
    stats.crossDeckLinks += cross;
    if (cross > 0) stats.withCrossDeck++;
    if (item.deck === 'fortunes' && item.source !== CLASSIC_SOURCE) {
      stats.talkFortunes++;
      if (linksItsTip(item, byId)) stats.fortunesToTheirTip++;
    }
  }
  return stats;
}

/** The chain rules within one language; questions are exempt from the minimum (no offer follows a question's links). */
export function checkRelatedChains(catalog: LinkedCatalog): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const byId = locate(catalog);
  let deckItems = 0;
  let crossing = 0;
  for (const item of byId.values()) {
    const at = { file: item.file, itemId: item.id, field: 'related' };
    if (new Set(item.related).size !== item.related.length) problems.push({ ...at, message: 'lists an item twice' });
    const first = byId.get(item.related[0] ?? '');
    if (first !== undefined && first.id !== item.id && first.related[0] === item.id) {
      problems.push({ ...at, message: `first item "${first.id}" leads straight back: its own first related item is this one` });
    }
    if (item.deck === QUESTIONS_FILE) continue;
    deckItems++;
    if (item.related.length < MIN_RELATED) {
      problems.push({ ...at, message: `has ${item.related.length} related item(s) (at least ${MIN_RELATED}, so a chain goes on)` });
    }
    if (item.related.some((id) => crossesDecks(item, id, byId))) crossing++;
    if (item.deck === 'fortunes' && item.source !== CLASSIC_SOURCE && deckOfSource(item.source) && !linksItsTip(item, byId)) {
      problems.push({ ...at, message: `comes from the ${item.source} talk but links no tip of the ${deckOfSource(item.source)} deck` });
    }
  }
  const share = deckItems === 0 ? 1 : crossing / deckItems;
  if (share < MIN_CROSS_DECK_SHARE) {
    const file = [...catalog.values()][0]?.file ?? 'content';
    problems.push({
      file: file.replace(/[^/]+$/, ''),
      message: `${crossing} of ${deckItems} items link another deck (${Math.round(share * 100)} %, at least ${MIN_CROSS_DECK_SHARE * 100} %)`,
    });
  }
  return problems;
}

/** Every language lists the same related ids in the same order, so a chain is the same journey in any locale. */
export function checkRelatedAgree(catalogs: ReadonlyMap<Language, LinkedCatalog>): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const [reference, ...others] = [...catalogs.keys()];
  const base = reference === undefined ? undefined : catalogs.get(reference);
  if (reference === undefined || base === undefined) return problems;
  const baseById = locate(base);
  for (const language of others) {
    for (const item of locate(catalogs.get(language) ?? new Map()).values()) {
      const match = baseById.get(item.id);
      if (match === undefined) continue; // a missing counterpart is reported on its own
      if (match.related.join() !== item.related.join()) {
        problems.push({
          file: item.file,
          itemId: item.id,
          field: 'related',
          message: `[${item.related.join(', ')}] differs from the ${LANGUAGE_NAMES[reference]} [${match.related.join(', ')}] (${match.file})`,
        });
      }
    }
  }
  return problems;
}
