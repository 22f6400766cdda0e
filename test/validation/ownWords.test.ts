import { formatProblem, validateContent } from '../../tools/validation/content';
import { fingerprintFile, normalisedWords, parseFingerprints, RUN_WORDS, sharedStretch } from '../../tools/validation/fingerprints';
import { FIXTURE_NOTES, item, removeTrees, type Tree, validContent, writeTree } from './fixtures';

const validate = (tree: Tree) => validateContent(writeTree('content', tree));
const fingerprints = parseFingerprints(fingerprintFile([{ name: 'notes.txt', text: FIXTURE_NOTES }]));

afterAll(removeTrees);

describe('fingerprints of the notes', () => {
  test('normalise case, punctuation, apostrophes and whitespace', () => {
    expect(normalisedWords("  Don’t   LEAVE\tcheck-in: (it's) 100%!")).toEqual(['dont', 'leave', 'check', 'in', 'its', '100']);
  });

  test('hold one hash per distinct run and none of the words', () => {
    const file = fingerprintFile([{ name: 'notes.txt', text: FIXTURE_NOTES }]);
    const runs = normalisedWords(FIXTURE_NOTES).length - RUN_WORDS + 1;
    expect(parseFingerprints(file).size).toBe(runs);
    expect(file.toLowerCase()).not.toContain('lighthouse');
  });

  test('find a copied stretch however it is cased and punctuated', () => {
    expect(sharedStretch('Fun fact: the LIGHTHOUSE keeper counts every single wave twice!', fingerprints)).toBe(
      'the lighthouse keeper counts every single wave twice',
    );
  });

  test('let six shared words pass', () => {
    expect(sharedStretch('A lighthouse keeper counts every single wave, then sleeps.', fingerprints)).toBeUndefined();
  });
});

describe('npm run validate: our own words', () => {
  test('fails an English item that copies seven words, naming item and field', () => {
    const tree = validContent();
    item(tree, 'en/voice.json', 4).card = 'Be like the lighthouse keeper: count every single wave twice before breakfast.';
    item(tree, 'en/postmortems.json', 2).speech = 'The keeper counts every single wave twice before breakfast. Really.';
    expect(validate(tree).map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/en\/postmortems\.json › postmortems-item-2 › speech: shares 8 consecutive words/),
    ]);
  });

  test('fails a question field and a deck title too', () => {
    const tree = validContent();
    const question = item(tree, 'en/questions.json', 1);
    question.explanation = 'The lighthouse keeper counts every single wave twice.';
    (tree['en/batch.json'] as { title: string }).title = 'the lighthouse keeper counts every single wave tips';
    const problems = validate(tree);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/en/questions.json', itemId: 'question-number-1', field: 'explanation' }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/en/batch.json', field: 'title' }));
    expect(problems).toHaveLength(2);
  });

  test('passes the same idea in other words', () => {
    const tree = validContent();
    item(tree, 'en/voice.json', 4).card = 'The keeper of the lighthouse tallies each wave two times, before his morning meal.';
    expect(validate(tree)).toEqual([]);
  });

  test('reports a missing fingerprint file instead of passing silently', () => {
    const tree = validContent();
    delete tree['notes-fingerprints.txt'];
    expect(validate(tree)).toEqual([{ file: 'content/notes-fingerprints.txt', message: expect.stringContaining('npm run fingerprints') }]);
  });
});
