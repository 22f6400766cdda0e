import fs from 'node:fs';
import path from 'node:path';
import { validateContent } from '../../tools/validation/content';
import { MIN_CROSS_DECK_SHARE, relatedStats } from '../../tools/validation/relatedRules';
import { contentFile, item, type Json, removeTrees, type Tree, validContent, writeTree } from './fixtures';

const validate = (tree: Tree) => validateContent(writeTree('content', tree));
const relatedProblems = (tree: Tree) => validate(tree).filter((p) => p.field === 'related' || p.message.includes('link another deck'));

/** Sets an item's related list in both languages (the lists must agree). */
function link(tree: Tree, file: string, index: number, related: string[]): void {
  for (const language of ['en', 'de']) item(tree, `${language}/${file}`, index).related = [...related];
}

afterAll(removeTrees);

describe('related-link rules', () => {
  test('a deck item needs at least two related items, named by id', () => {
    const tree = validContent();
    link(tree, 'batch.json', 5, ['batch-item-0']);
    expect(relatedProblems(tree)).toEqual(
      ['en', 'de'].map((language) => ({
        file: `content/${language}/batch.json`,
        itemId: 'batch-item-5',
        field: 'related',
        message: 'has 1 related item(s) (at least 2, so a chain goes on)',
      })),
    );
  });

  test('the first link must not lead straight back to the item', () => {
    const tree = validContent();
    // batch-item-1 leads to batch-item-2 first; make batch-item-2 lead straight back.
    link(tree, 'batch.json', 2, ['batch-item-1', 'postmortems-item-1']);
    const problems = relatedProblems(tree);
    expect(problems).toContainEqual({
      file: 'content/en/batch.json',
      itemId: 'batch-item-1',
      field: 'related',
      message: 'first item "batch-item-2" leads straight back: its own first related item is this one',
    });
    expect(problems).toContainEqual(expect.objectContaining({ itemId: 'batch-item-2', file: 'content/de/batch.json' }));
    // A link back further down the list is a chain's natural way home, not a problem.
    const later = validContent();
    link(later, 'batch.json', 2, ['batch-item-0', 'batch-item-1']);
    expect(relatedProblems(later)).toEqual([]);
  });

  test('an item listed twice is reported', () => {
    const tree = validContent();
    link(tree, 'delivery.json', 4, ['delivery-item-0', 'batch-item-1', 'batch-item-1']);
    expect(relatedProblems(tree)).toContainEqual({
      file: 'content/en/delivery.json',
      itemId: 'delivery-item-4',
      field: 'related',
      message: 'lists an item twice',
    });
  });

  test('English and German related lists must be identical, order included', () => {
    const tree = validContent();
    item(tree, 'de/voice.json', 6).related = ['delivery-item-1', 'voice-item-0'];
    expect(relatedProblems(tree)).toEqual([
      {
        file: 'content/de/voice.json',
        itemId: 'voice-item-6',
        field: 'related',
        message: '[delivery-item-1, voice-item-0] differs from the English [voice-item-0, delivery-item-1] (content/en/voice.json)',
      },
    ]);
  });

  test('a fortune from a talk must link a tip of that talk', () => {
    const tree = validContent();
    for (const language of ['en', 'de']) item(tree, `${language}/fortunes.json`, 7).source = 'cicd-docker';
    expect(relatedProblems(tree)).toContainEqual({
      file: 'content/en/fortunes.json',
      itemId: 'fortunes-item-7',
      field: 'related',
      message: 'comes from the cicd-docker talk but links no tip of the delivery deck',
    });
    link(tree, 'fortunes.json', 7, ['fortunes-item-0', 'delivery-item-3']);
    expect(relatedProblems(tree)).toEqual([]);
  });

  test('too few items linking another deck fail the language, with the figure; questions do not count as a deck', () => {
    const tree = validContent();
    for (const file of ['batch.json', 'postmortems.json']) {
      const deck = file.replace('.json', '');
      contentFile(tree, `en/${file}`).items.forEach((_, index) => {
        link(tree, file, index, [`${deck}-item-${index < 2 ? index + 1 : 0}`, 'question-number-1']);
      });
    }
    const share = relatedProblems(tree).filter((p) => p.itemId === undefined);
    expect(share).toEqual(
      ['en', 'de'].map((language) => ({
        file: `content/${language}/`,
        message: `45 of 75 items link another deck (60 %, at least ${MIN_CROSS_DECK_SHARE * 100} %)`,
      })),
    );
  });
});

describe('the repository content', () => {
  const contentRoot = path.resolve(__dirname, '../../content');

  test('every talk fortune leads to its tip, no first link is a 2-cycle, and the cross-deck share holds', () => {
    const problems = validateContent(contentRoot).filter((p) => p.field === 'related');
    expect(problems).toEqual([]);
  });

  test('the report figures add up', () => {
    const file = (name: string) => {
      const doc = JSON.parse(fs.readFileSync(path.join(contentRoot, 'en', `${name}.json`), 'utf8')) as { items: Json[] };
      return {
        file: name,
        items: doc.items.map((i) => ({ id: String(i.id), related: (i.related as string[]) ?? [], source: String(i.source) })),
      };
    };
    const catalog = new Map(['batch', 'postmortems', 'delivery', 'voice', 'fortunes', 'questions'].map((name) => [name, file(name)]));
    const stats = relatedStats(catalog);
    expect(stats.firstLinkTwoCycles).toBe(0);
    expect(stats.fewerThanMin).toBe(0);
    expect(stats.fortunesToTheirTip).toBe(stats.talkFortunes);
    expect(stats.withCrossDeck / stats.deckItems).toBeGreaterThanOrEqual(MIN_CROSS_DECK_SHARE);
  });
});
