import type { ContentItem, DeckId, TopicId } from '../content/types';
import { itemOfTheDay } from './rotation';
import type { SeriesPosition } from './userContext';

/**
 * What the skill offers next, decided from what this session has already heard. Pure: the caller
 * passes the catalog's lookups, the session's heard set and the listener's facts. The rule that keeps
 * offers moving forward: an offer never points at an item heard in this session, so any number of
 * yeses serves no item twice; when nothing fitting is left, the next step is something else or none.
 */

/** How many item ids a session remembers as heard (session attributes stay small). */
export const HEARD_LIMIT = 40;

/** The heard list after hearing `itemId`: no duplicates, newest last, at most HEARD_LIMIT ids. */
export function rememberHeard(heard: readonly string[] | undefined, itemId: string): string[] {
  const kept = (heard ?? []).filter((id) => id !== itemId);
  kept.push(itemId);
  return kept.slice(-HEARD_LIMIT);
}

export interface OfferSource {
  item(id: string): ContentItem | undefined;
  deckOf(itemId: string): DeckId | undefined;
  series(topic: TopicId): readonly ContentItem[];
  readonly tips: readonly ContentItem[];
  readonly fortunes: readonly ContentItem[];
}

/**
 * The next related item not heard in this session: the item's own related items first, then theirs
 * (breadth-first along the links), so a chain keeps going after its first links are used up.
 */
export function nextRelated(start: ContentItem, source: OfferSource, heard: ReadonlySet<string>): ContentItem | undefined {
  const seen = new Set<string>([start.id]);
  let frontier: ContentItem[] = [start];
  while (frontier.length > 0) {
    const following: ContentItem[] = [];
    for (const item of frontier) {
      for (const id of item.related) {
        if (seen.has(id)) continue;
        seen.add(id);
        const related = source.item(id);
        if (!related) continue;
        if (!heard.has(related.id)) return related;
        following.push(related);
      }
    }
    frontier = following;
  }
  return undefined;
}

/** The first item from `from` on (wrapping round) that was not heard and passes `accept`. */
export function firstUnheard<T extends { id: string }>(
  items: readonly T[],
  heard: ReadonlySet<string>,
  from = 0,
  accept: (item: T) => boolean = () => true,
): T | undefined {
  for (let offset = 0; offset < items.length; offset++) {
    const item = items[(from + offset) % items.length]!;
    if (!heard.has(item.id) && accept(item)) return item;
  }
  return undefined;
}

/** A tip not heard in this session: the tip of the day if it is new, else the next unheard one in rotation. */
export function unheardTip(
  source: OfferSource,
  heard: ReadonlySet<string>,
  dayNumber: number,
  accept?: (item: ContentItem) => boolean,
): ContentItem | undefined {
  if (source.tips.length === 0) return undefined;
  const ofTheDay = itemOfTheDay(source.tips, dayNumber, 'tip');
  return firstUnheard(source.tips, heard, source.tips.indexOf(ofTheDay), accept);
}

/** An extra fortune: never today's, never one heard in this session. */
export function extraFortune(source: OfferSource, heard: ReadonlySet<string>, dayNumber: number): ContentItem | undefined {
  if (source.fortunes.length === 0) return undefined;
  const today = itemOfTheDay(source.fortunes, dayNumber, 'fortune');
  const start = source.fortunes.indexOf(today) + 1;
  return firstUnheard(source.fortunes, heard, start, (item) => item.id !== today.id);
}

/** The listener's unfinished series: the item their cursor points at, if it is unheard in this session. */
export function unfinishedSeries(
  source: OfferSource,
  heard: ReadonlySet<string>,
  topic: TopicId | undefined,
  position: SeriesPosition | undefined,
): { topic: TopicId; index: number; item: ContentItem } | undefined {
  if (!topic || topic === 'fortunes' || !position) return undefined;
  const series = source.series(topic);
  if (position.next <= 0 || position.next >= series.length) return undefined;
  for (let index = position.next; index < series.length; index++) {
    const item = series[index]!;
    if (!heard.has(item.id)) return { topic, index, item };
  }
  return undefined;
}

/** One next step, said as a single yes/no question (or none: the session closes kindly). */
export type NextStep =
  | { kind: 'related'; item: ContentItem; fromDeck?: DeckId }
  | { kind: 'quiz' }
  | { kind: 'series'; topic: TopicId; index: number; item: ContentItem }
  | { kind: 'tip'; item: ContentItem }
  | { kind: 'fortune'; item: ContentItem }
  | { kind: 'none' };

export interface NextStepFacts {
  source: OfferSource;
  heard: ReadonlySet<string>;
  dayNumber: number;
  /** Today's question exists, is unanswered, and was not yet asked or offered in this session. */
  questionOpen: boolean;
  lastSeries?: TopicId;
  seriesPosition?: SeriesPosition;
}

/** After a content item: its chain, then today's question, the unfinished series, a tip from another deck, an extra fortune. */
export function stepAfterItem(item: ContentItem, facts: NextStepFacts): NextStep {
  const related = nextRelated(item, facts.source, facts.heard);
  if (related) return { kind: 'related', item: related, fromDeck: facts.source.deckOf(item.id) };
  return stepAfterSomething(facts, facts.source.deckOf(item.id));
}

/** After the launch's fortune: today's question when it is open, else the unfinished series, else a tip. */
export function stepAfterLaunch(facts: NextStepFacts): NextStep {
  return stepAfterSomething(facts, 'fortunes');
}

/** After a quiz answer or anything that is not a content item. */
export function stepAfterSomething(facts: NextStepFacts, currentDeck?: DeckId): NextStep {
  if (facts.questionOpen) return { kind: 'quiz' };
  const series = unfinishedSeries(facts.source, facts.heard, facts.lastSeries, facts.seriesPosition);
  if (series) return { kind: 'series', ...series };
  const otherDeck = (tip: ContentItem) => currentDeck === undefined || facts.source.deckOf(tip.id) !== currentDeck;
  const tip = unheardTip(facts.source, facts.heard, facts.dayNumber, otherDeck) ?? unheardTip(facts.source, facts.heard, facts.dayNumber);
  if (tip) return { kind: 'tip', item: tip };
  const fortune = extraFortune(facts.source, facts.heard, facts.dayNumber);
  if (fortune) return { kind: 'fortune', item: fortune };
  return { kind: 'none' };
}
