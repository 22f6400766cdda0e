import { buildCatalog, type ContentProblemLogger } from '../../lambda/content/catalog';
import { contentCatalog } from '../../lambda/content/contentCatalog';
import type { ContentItem, TopicId } from '../../lambda/content/types';
import { DECK_IDS, TOPIC_IDS } from '../../lambda/content/types';

function item(id: string, topics: TopicId[], extra: Partial<ContentItem> = {}): ContentItem {
  return { id, speech: `Speech of ${id}.`, card: `Card of ${id}.`, topics, related: [], source: 'classic', ...extra };
}

function deck(id: string, items: unknown[], title = `${id} tips`) {
  return { deck: id, language: 'en', title, items };
}

const questions = { deck: 'questions', language: 'en', title: 'q', items: [] };

describe('buildCatalog', () => {
  test('a broken item is skipped and logged with its deck and id; the rest of the deck stays', () => {
    const problems: Parameters<ContentProblemLogger>[0][] = [];
    const catalog = buildCatalog(
      'en',
      {
        decks: [
          deck('batch', [
            item('batch-good', ['batch-computing']),
            { id: 'batch-no-speech', card: 'c', topics: ['batch-computing'], related: [] },
            { ...item('batch-no-topics', []) },
            { ...item('batch-bad-quote', ['batch-computing']), quote: 42 },
            { ...item('batch-no-related', ['batch-computing']), related: undefined },
            'not an item',
            item('batch-good-2', ['batch-computing']),
          ]),
        ],
        questions,
        lexicon: {},
      },
      (problem) => problems.push(problem),
    );
    expect(catalog.series('batch-computing').map((i) => i.id)).toEqual(['batch-good', 'batch-good-2']);
    expect(catalog.item('batch-no-speech')).toBeUndefined();
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ deck: 'batch', itemId: 'batch-no-speech', message: expect.stringContaining('speech') }),
        expect.objectContaining({ deck: 'batch', itemId: 'batch-no-topics' }),
        expect.objectContaining({ deck: 'batch', itemId: 'batch-bad-quote' }),
        expect.objectContaining({ deck: 'batch', itemId: 'batch-no-related' }),
        expect.objectContaining({ deck: 'batch', itemId: undefined }),
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  test('a duplicate id is skipped and logged; the first one wins', () => {
    const problems: Parameters<ContentProblemLogger>[0][] = [];
    const first = item('voice-twice', ['voice-design'], { card: 'first' });
    const catalog = buildCatalog(
      'en',
      { decks: [deck('voice', [first, item('voice-twice', ['voice-design'], { card: 'second' })])], questions, lexicon: {} },
      (p) => problems.push(p),
    );
    expect(catalog.item('voice-twice')?.card).toBe('first');
    expect(problems).toEqual([expect.objectContaining({ deck: 'voice', itemId: 'voice-twice' })]);
  });

  test.each([
    ['an unknown deck id', { deck: 'knitting', items: [item('knitting-1', ['fortunes'])] }, 'knitting'],
    ['a deck without items', { deck: 'batch', title: 'x' }, 'batch'],
    ['items that are not a list', { deck: 'voice', items: {} }, 'voice'],
    ['null', null, 'unknown'],
    ['a string', 'oops', 'unknown'],
  ])('a malformed deck (%s) is skipped and logged, the others still load', (_label, broken, loggedDeck) => {
    const problems: Parameters<ContentProblemLogger>[0][] = [];
    const catalog = buildCatalog(
      'en',
      { decks: [broken, deck('fortunes', [item('fortunes-ok', ['fortunes'])])], questions, lexicon: {} },
      (p) => problems.push(p),
    );
    expect(catalog.fortunes.map((i) => i.id)).toEqual(['fortunes-ok']);
    expect(catalog.item('knitting-1')).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ deck: loggedDeck, message: expect.stringContaining('malformed') })]);
  });

  test('a malformed question file and lexicon do not stop the catalog', () => {
    const problems: Parameters<ContentProblemLogger>[0][] = [];
    const catalog = buildCatalog(
      'en',
      { decks: [deck('batch', [item('batch-1', ['batch-computing'])])], questions: 'nope', lexicon: [1, 2] },
      (p) => problems.push(p),
    );
    expect(catalog.questions).toEqual([]);
    expect(catalog.pronounce('AWS')).toBe('AWS');
    expect(problems).toEqual([expect.objectContaining({ deck: 'questions' })]);
  });

  test('series follow deck order (batch, postmortems, delivery, voice, fortunes), whatever order the files come in', () => {
    const catalog = buildCatalog(
      'en',
      {
        decks: [
          deck('fortunes', [item('fortunes-metrics', ['fortunes', 'metrics'])]),
          deck('delivery', [item('delivery-b', ['continuous-delivery']), item('delivery-a', ['continuous-delivery', 'containers'])]),
          deck('postmortems', [item('postmortems-m', ['postmortems', 'metrics']), item('postmortems-p', ['postmortems'])]),
          deck('batch', [item('batch-c', ['batch-computing', 'containers'])]),
        ],
        questions,
        lexicon: {},
      },
      () => undefined,
    );
    expect(catalog.series('metrics').map((i) => i.id)).toEqual(['postmortems-m', 'fortunes-metrics']);
    expect(catalog.series('containers').map((i) => i.id)).toEqual(['batch-c', 'delivery-a']);
    // Within a deck, file order.
    expect(catalog.series('continuous-delivery').map((i) => i.id)).toEqual(['delivery-b', 'delivery-a']);
    expect(catalog.tips.map((i) => i.id)).toEqual(['batch-c', 'postmortems-m', 'postmortems-p', 'delivery-b', 'delivery-a']);
    expect(catalog.series('voice-design')).toEqual([]);
    expect(catalog.deckOf('delivery-a')).toBe('delivery');
    expect(catalog.deckTitle('delivery')).toBe('delivery tips');
    expect(catalog.deckTitle('voice')).toBe('voice');
  });

  test('tips exclude the fortunes deck even when a fortune is tagged with a tip topic', () => {
    const catalog = buildCatalog(
      'en',
      {
        decks: [
          deck('batch', [item('batch-1', ['batch-computing'])]),
          deck('fortunes', [item('fortunes-exit', ['fortunes', 'batch-computing'])]),
        ],
        questions,
        lexicon: {},
      },
      () => undefined,
    );
    expect(catalog.tips.map((i) => i.id)).toEqual(['batch-1']);
    expect(catalog.fortunes.map((i) => i.id)).toEqual(['fortunes-exit']);
  });
});

describe.each(['en', 'de'] as const)('bundled %s catalog', (language) => {
  const catalog = contentCatalog(language);

  test('loads every deck with items and no fortunes among the tips', () => {
    const all = [...catalog.tips, ...catalog.fortunes];
    for (const deckId of DECK_IDS) expect(all.some((entry) => catalog.deckOf(entry.id) === deckId)).toBe(true);
    expect(catalog.fortunes.length).toBeGreaterThan(0);
    expect(catalog.tips.length).toBeGreaterThan(0);
    for (const tip of catalog.tips) expect(catalog.deckOf(tip.id)).not.toBe('fortunes');
    for (const fortune of catalog.fortunes) expect(catalog.deckOf(fortune.id)).toBe('fortunes');
  });

  test.each(TOPIC_IDS)('series(%s) holds only items tagged with the topic, in deck order', (topic) => {
    const series = catalog.series(topic);
    expect(series.length).toBeGreaterThan(0);
    for (const entry of series) expect(entry.topics).toContain(topic);
    const deckRank = series.map((entry) => DECK_IDS.indexOf(catalog.deckOf(entry.id)!));
    expect(deckRank).toEqual([...deckRank].sort((a, b) => a - b));
    const all = [...catalog.tips, ...catalog.fortunes].filter((entry) => entry.topics.includes(topic));
    expect(series).toHaveLength(all.length);
  });

  test('the same ids exist in both languages', () => {
    const other = contentCatalog(language === 'en' ? 'de' : 'en');
    for (const entry of [...catalog.tips, ...catalog.fortunes]) expect(other.item(entry.id)).toBeDefined();
  });
});
