import { formatProblem, validateContent } from '../../tools/validation/content';
import { item, removeTrees, type Tree, validContent, writeTree } from './fixtures';

const FILE = 'en/spelling.json';
const validate = (tree: Tree) => validateContent(writeTree('content', tree)).map(formatProblem);

function withSpelling(spelling: unknown): Tree {
  const tree = validContent();
  tree[FILE] = spelling;
  item(tree, 'en/batch.json', 0).speech = 'Pick a color you favor.';
  return tree;
}

afterAll(removeTrees);

describe('content/en/spelling.json', () => {
  test('a map whose US words occur in English content is accepted, and the file is a known content file', () => {
    const spelling = { groups: { our: { color: 'colour', favor: 'favour' } }, locales: { 'en-GB': ['our'], 'en-CA': ['our'] } };
    expect(validate(withSpelling(spelling))).toEqual([]);
  });

  test('an entry that maps to itself, is unused, is not lowercase or is in two rules is reported', () => {
    const spelling = {
      groups: { our: { color: 'color', honor: 'honour', Favor: 'favour' }, other: { color: 'colour' } },
      locales: { 'en-GB': ['our', 'other'] },
    };
    expect(validate(withSpelling(spelling))).toEqual([
      'content/en/spelling.json › our.color: maps to itself',
      'content/en/spelling.json › our.honor: "honor" occurs in no English content or phrasing',
      'content/en/spelling.json › our.Favor: US and British words must be single lowercase words (the case of the text is kept)',
      'content/en/spelling.json › other.color: is also in our',
    ]);
  });

  test('British spelling in the English source, unknown rules and locales, and unused rules are reported', () => {
    const spelling = {
      groups: { our: { color: 'colour' }, ise: { organize: 'organise' } },
      locales: { 'en-US': ['our'], 'de-DE': ['our'], 'en-GB': ['our', 'll'] },
    };
    const tree = withSpelling(spelling);
    item(tree, 'en/batch.json', 1).card = 'Organise it, in colour.';
    expect(validate(tree)).toEqual([
      'content/en/batch.json › batch-item-1 › card: "colour" is British spelling: English sources are written in US spelling ("color"), content/en/spelling.json respells them',
      'content/en/spelling.json › ise.organize: "organize" occurs in no English content or phrasing',
      'content/en/batch.json › batch-item-1 › card: "organise" is British spelling: English sources are written in US spelling ("organize"), content/en/spelling.json respells them',
      'content/en/spelling.json › en-US › locales: must be an English locale of the skill other than en-US (the source spelling)',
      'content/en/spelling.json › de-DE › locales: must be an English locale of the skill other than en-US (the source spelling)',
      'content/en/spelling.json › en-GB › locales: "ll" is not a rule in groups',
      'content/en/spelling.json › ise › groups: no locale follows this rule',
    ]);
  });
});
