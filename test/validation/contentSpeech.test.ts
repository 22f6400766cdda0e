/** The content validator's speech rules (sentence length, sizes, punctuation, acronyms), on fixtures. */
import { validateContent } from '../../tools/validation/content';
import { item, removeTrees, type Tree, validContent, writeTree } from './fixtures';

const validate = (tree: Tree) => validateContent(writeTree('content', tree));
const EN_BATCH = 'en/batch.json';

afterAll(removeTrees);

describe('speech rules', () => {
  const speechProblems = (fields: Record<string, unknown>) => {
    const tree = validContent();
    Object.assign(item(tree, EN_BATCH, 2), fields);
    return validate(tree).map((p) => `${p.itemId} › ${p.field}: ${p.message}`);
  };

  test('reports a sentence of more than 22 words', () => {
    const long = `${Array.from({ length: 23 }, () => 'word').join(' ')}.`;
    expect(speechProblems({ speech: long })).toEqual(['batch-item-2 › speech: sentence 1 has 23 words (at most 22)']);
    expect(speechProblems({ speech: 'Short.', quote: long })).toEqual(['batch-item-2 › quote: sentence 1 has 23 words (at most 22)']);
  });

  test('counts the quote toward the two sentences, without splitting decimals', () => {
    expect(speechProblems({ speech: 'One. Two! Three?' })).toEqual(['batch-item-2 › speech: has 3 sentences (at most 2)']);
    expect(speechProblems({ speech: 'One. Two.', quote: 'Three.' })).toEqual([
      'batch-item-2 › speech: has 3 sentences counting quote (at most 2)',
    ]);
    expect(speechProblems({ speech: 'Version 2.5 costs 3.75 dollars. That is fine.' })).toEqual([]);
    expect(speechProblems({ speech: 'He said "stop." Then he left.' })).toEqual([]);
  });

  test('limits speech plus quote to 240 characters and the card to 300', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'abcdefghi').join(' ');
    expect(speechProblems({ speech: `${words(20)}.`, quote: `${words(5)}.` })).toEqual([
      'batch-item-2 › speech: speech plus quote is 250 characters (at most 240)',
    ]);
    expect(speechProblems({ card: 'x'.repeat(301) })).toEqual(['batch-item-2 › card: is 301 characters (at most 300)']);
  });

  test('requires final punctuation and plain text', () => {
    expect(speechProblems({ speech: 'No full stop' })).toEqual(['batch-item-2 › speech: must end with ".", "!" or "?"']);
    expect(speechProblems({ speech: 'A <break time="1s"/> pause.' })).toEqual([
      'batch-item-2 › speech: contains angle brackets (plain text only, no SSML)',
    ]);
    expect(speechProblems({ speech: 'Salt &amp; pepper.' })).toEqual([
      'batch-item-2 › speech: contains an &-entity (write the character itself)',
    ]);
  });

  test('reports an acronym missing from the lexicon, including camel case and letter-digit terms', () => {
    expect(speechProblems({ speech: 'Run it on ECS.' })).toEqual([
      'batch-item-2 › speech: "ECS" is not in content/en/pronunciations.json (add it with sayAs or sub)',
    ]);
    expect(speechProblems({ speech: 'DevOps loves S3.' })).toEqual([
      'batch-item-2 › speech: "DevOps" is not in content/en/pronunciations.json (add it with sayAs or sub)',
      'batch-item-2 › speech: "S3" is not in content/en/pronunciations.json (add it with sayAs or sub)',
    ]);
    expect(speechProblems({ speech: 'Short.', quote: 'Ship the GPU.' })).toEqual([
      'batch-item-2 › quote: "GPU" is not in content/en/pronunciations.json (add it with sayAs or sub)',
    ]);
    // Listed terms pass, also inside slash-joined and hyphenated words; a single capital is an ordinary word.
    expect(speechProblems({ speech: 'I ship AWS-hosted CI/CD. And AWS/CI/CD too.' })).toEqual([]);
    // The plural of a listed acronym is derived by the composer, so it needs no entry; an unlisted one does.
    expect(speechProblems({ speech: 'Two AWSs and CI/CDs, no ECSs.' })).toEqual([
      'batch-item-2 › speech: "ECSs" is not in content/en/pronunciations.json (add it with sayAs or sub)',
    ]);
  });
});
