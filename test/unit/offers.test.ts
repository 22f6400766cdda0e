import { contentCatalog } from '../../lambda/content/contentCatalog';
import type { ContentItem } from '../../lambda/content/types';
import {
  extraFortune,
  HEARD_LIMIT,
  type NextStepFacts,
  nextRelated,
  rememberHeard,
  stepAfterItem,
  stepAfterLaunch,
} from '../../lambda/domain/offers';
import { itemOfTheDay } from '../../lambda/domain/rotation';
import { LANGUAGES } from '../../lambda/locale';

const item = (id: string, related: string[], topics: ContentItem['topics'] = ['postmortems']): ContentItem => ({
  id,
  speech: id,
  card: id,
  topics,
  related,
  source: 'data-driven-postmortems',
});

/** A tiny catalog: a → b ↔ a (a pair), b → c, c → a: the chain goes on past the pair. */
function source(items: ContentItem[]) {
  const byId = new Map(items.map((i) => [i.id, i]));
  return {
    item: (id: string) => byId.get(id),
    deckOf: (id: string) => (id.startsWith('fortunes') ? ('fortunes' as const) : ('postmortems' as const)),
    series: () => items.filter((i) => !i.id.startsWith('fortunes')),
    tips: items.filter((i) => !i.id.startsWith('fortunes')),
    fortunes: items.filter((i) => i.id.startsWith('fortunes')),
  };
}

describe('related chains', () => {
  const a = item('a', ['b']);
  const b = item('b', ['a', 'c']);
  const c = item('c', ['a', 'd']);
  const d = item('d', []);
  const catalog = source([a, b, c, d]);

  test('the next related item is the first link not heard in this session', () => {
    expect(nextRelated(a, catalog, new Set(['a']))?.id).toBe('b');
  });

  test('a link pointing back to an item heard is skipped, and the chain continues past it', () => {
    expect(nextRelated(b, catalog, new Set(['a', 'b']))?.id).toBe('c');
    expect(nextRelated(a, catalog, new Set(['a', 'b']))?.id).toBe('c');
    expect(nextRelated(a, catalog, new Set(['a', 'b', 'c']))?.id).toBe('d');
  });

  test('an exhausted chain has no next related item', () => {
    expect(nextRelated(a, catalog, new Set(['a', 'b', 'c', 'd']))).toBeUndefined();
  });

  test('the heard list is bounded, keeps the newest, and has no duplicates', () => {
    let heard: string[] = [];
    for (let i = 0; i < HEARD_LIMIT + 10; i++) heard = rememberHeard(heard, `item-${i}`);
    heard = rememberHeard(heard, `item-${HEARD_LIMIT + 9}`);
    expect(heard).toHaveLength(HEARD_LIMIT);
    expect(heard.at(-1)).toBe(`item-${HEARD_LIMIT + 9}`);
    expect(new Set(heard).size).toBe(heard.length);
  });
});

describe.each(LANGUAGES)('next steps with the real %s catalog', (language) => {
  const catalog = contentCatalog(language);
  const facts = (heard: string[], questionOpen = false): NextStepFacts => ({
    source: catalog,
    heard: new Set(heard),
    dayNumber: 20_000,
    questionOpen,
  });

  test("the launch offers today's question while it is open, else a tip", () => {
    expect(stepAfterLaunch(facts([], true)).kind).toBe('quiz');
    expect(stepAfterLaunch(facts([])).kind).toBe('tip');
  });

  test('following every offer never serves an item twice, and the offers end kindly when everything was heard', () => {
    const heard: string[] = [];
    let current = catalog.tips[0]!;
    heard.push(current.id);
    const total = catalog.tips.length + catalog.fortunes.length;
    for (let i = 0; i < total + 5; i++) {
      const step = stepAfterItem(current, facts(heard));
      if (step.kind === 'none') break;
      if (step.kind === 'quiz') throw new Error('question was not open');
      expect(heard).not.toContain(step.item.id);
      heard.push(step.item.id);
      current = step.item;
    }
    expect(stepAfterItem(current, facts(heard)).kind).toBe('none');
    // every item was reached: along the chains, then other decks' tips, then extra fortunes
    expect(heard.length).toBe(total);
  });

  test("an extra fortune is never today's and never one heard in the session", () => {
    const today = itemOfTheDay(catalog.fortunes, 20_000, 'fortune');
    const heard = new Set<string>();
    for (let i = 0; i < catalog.fortunes.length - 1; i++) {
      const extra = extraFortune(catalog, heard, 20_000)!;
      expect(extra.id).not.toBe(today.id);
      expect(heard.has(extra.id)).toBe(false);
      heard.add(extra.id);
    }
    expect(extraFortune(catalog, heard, 20_000)).toBeUndefined();
  });
});
