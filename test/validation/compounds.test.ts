import { formatProblem, validateContent } from '../../tools/validation/content';
import { item, removeTrees, type Tree, validContent, writeTree } from './fixtures';

const FILE = 'de/compounds.json';
const validate = (tree: Tree) => validateContent(writeTree('content', tree)).map(formatProblem);

/** The fixture's German speech reads "Tipp i läuft gut auf AWS. Halte die CI/CD-Pipeline grün." */
function withCompounds(compounds: unknown, terms: string[] = ['Docker', 'Pipeline']): Tree {
  const tree = validContent();
  tree[FILE] = compounds;
  tree['de/english-terms.json'] = { lang: 'en-US', terms };
  item(tree, 'de/batch.json', 0).speech = 'Ein Docker-Container läuft auf AWS Batch.';
  return tree;
}

afterAll(removeTrees);

describe('content/de/compounds.json', () => {
  test('hyphenated compounds and listed open pairs pass, and the file is a known content file', () => {
    expect(validate(withCompounds({ wrong: { 'Docker Container': 'Docker-Container' }, open: ['AWS Batch'] }))).toEqual([]);
  });

  test('a listed wrong form in German content is reported with its right form, in any text field', () => {
    const tree = withCompounds({ wrong: { 'Docker Container': 'Docker-Container', Exitcode: 'Exit-Code' }, open: ['AWS Batch'] });
    item(tree, 'de/batch.json', 1).card = 'Ein Docker Container.';
    item(tree, 'de/batch.json', 2).speech = 'Exitcode null heißt Erfolg, ein Exit-Code sonst nicht.';
    expect(validate(tree)).toEqual([
      'content/de/batch.json › batch-item-1 › card: "Docker Container": write "Docker-Container" (a German compound: content/de/compounds.json)',
      'content/de/batch.json › batch-item-2 › speech: "Exitcode": write "Exit-Code" (a German compound: content/de/compounds.json)',
    ]);
  });

  test('an English word followed by a capitalised word is reported unless the pair is listed open or is a listed phrase', () => {
    const tree = withCompounds({ wrong: {}, open: ['AWS Batch'] }, ['Docker', 'Pipeline', 'Continuous Delivery']);
    item(tree, 'de/delivery.json', 0).speech = 'Die Pipeline Phase läuft in Docker Containern, ganz nach Continuous Delivery.';
    expect(validate(tree)).toEqual([
      'content/de/delivery.json › delivery-item-0 › speech: "Pipeline Phase" looks like a compound written apart: hyphenate it, or list it under open in content/de/compounds.json',
      'content/de/delivery.json › delivery-item-0 › speech: "Docker Containern" looks like a compound written apart: hyphenate it, or list it under open in content/de/compounds.json',
    ]);
  });

  test('entries that map to themselves, are written apart, are never used or are listed twice are reported', () => {
    const tree = withCompounds({
      wrong: { 'Docker Container': 'Docker Container', 'Exit Code': 'Exit-Code', Dockercontainer: 'Docker Behälter' },
      open: ['AWS Batch', 'AWS Batch', 'Rolling Update', 'Batch'],
    });
    expect(validate(tree)).toEqual([
      'content/de/compounds.json › Docker Container: maps to itself',
      'content/de/compounds.json › Dockercontainer: "Docker Behälter" is written apart: a compound is one word',
      'content/de/compounds.json › Exit Code: the right form "Exit-Code" occurs nowhere in German content or phrasings',
      'content/de/compounds.json › open: "AWS Batch" is listed twice',
      'content/de/compounds.json › open: "Rolling Update" occurs nowhere',
      'content/de/compounds.json › open: "Batch" is not a word pair',
    ]);
  });
});
