import { formatProblem, validateContent } from '../../tools/validation/content';
import { item, removeTrees, type Tree, validContent, writeTree } from './fixtures';

const FILE = 'de/english-terms.json';
const validate = (tree: Tree) => validateContent(writeTree('content', tree)).map(formatProblem);

/** The fixture's German speech reads "Tipp i läuft gut auf AWS. Halte die CI/CD-Pipeline grün." */
function withTerms(terms: unknown): Tree {
  const tree = validContent();
  tree[FILE] = terms;
  return tree;
}

afterAll(removeTrees);

describe('content/<lang>/english-terms.json', () => {
  test('a list whose terms are all heard is accepted, and the file is a known content file', () => {
    expect(validate(withTerms({ lang: 'en-US', terms: ['Pipeline'] }))).toEqual([]);
  });

  test('a term no spoken text contains is reported; a card does not count, it is never spoken', () => {
    const tree = withTerms({ lang: 'en-US', terms: ['Pipeline', 'Scheduler'] });
    item(tree, 'de/batch.json', 0).card = 'Der Scheduler.';
    expect(validate(tree)).toEqual([
      'content/de/english-terms.json › Scheduler: occurs in no spoken text of this language (remove it, or check its case and spelling)',
    ]);
  });

  test('a term that is, contains or sits inside a pronunciation term is reported', () => {
    const tree = withTerms({ lang: 'en-US', terms: ['Pipeline', 'AWS', 'auf AWS', 'Tipp'] });
    tree['de/pronunciations.json'] = { AWS: { sayAs: 'characters' }, 'CI/CD': { sub: 'C I C D' }, 'Tipp 1': { sub: 'Tipp eins' } };
    expect(validate(tree)).toEqual([
      'content/de/english-terms.json › AWS: is also in the pronunciation lexicon: keep it in one list',
      'content/de/english-terms.json › auf AWS: contains the lexicon term "AWS": one mark would hide the other',
      'content/de/english-terms.json › Tipp: is part of the lexicon term "Tipp 1": one mark would hide the other',
    ]);
  });

  test('matching is case-sensitive, so another case of a term in the content is reported', () => {
    const tree = withTerms({ lang: 'en-US', terms: ['Pipeline'] });
    item(tree, 'de/voice.json', 1).speech = 'Eine pipeline, klein geschrieben.';
    expect(validate(tree)).toEqual([
      'content/de/english-terms.json › Pipeline: also occurs as "pipeline": list that form too, or rewrite it',
    ]);
  });

  test('a term listed twice, in both lists, or a phrase without its term or not heard is reported', () => {
    const tree = withTerms({
      lang: 'en-US',
      terms: ['Pipeline', 'Pipeline', 'Tipp'],
      onlyIn: { Tipp: ['Tipp 1 läuft'], grün: ['Halte die Pipeline'], läuft: ['läuft schlecht'] },
    });
    expect(validate(tree)).toEqual([
      'content/de/english-terms.json › Pipeline: is listed twice',
      'content/de/english-terms.json › Tipp › onlyIn: is also in terms: list it in one place',
      'content/de/english-terms.json › grün › onlyIn: "Halte die Pipeline" does not contain "grün" as a word',
      'content/de/english-terms.json › läuft › onlyIn: "läuft schlecht" occurs in no spoken text of this language',
    ]);
  });

  test('lang must be a language Alexa speaks, and not the content’s own', () => {
    expect(validate(withTerms({ lang: 'en', terms: ['Pipeline'] }))).toEqual([
      expect.stringContaining('content/de/english-terms.json › lang: must be one of the languages Alexa speaks'),
    ]);
    expect(validate(withTerms({ lang: 'de-DE', terms: ['Pipeline'] }))).toEqual([
      "content/de/english-terms.json › lang: de-DE is this content's own language: nothing to mark",
    ]);
  });

  test('a malformed file is reported, not thrown', () => {
    expect(validate(withTerms('{ "lang": '))).toEqual([expect.stringContaining('content/de/english-terms.json: invalid JSON')]);
    expect(validate(withTerms({ lang: 'en-US', terms: [], extra: 1 }))).toEqual([
      'content/de/english-terms.json › extra: is not a known field',
      'content/de/english-terms.json › terms: must be a non-empty array of terms',
    ]);
  });
});
