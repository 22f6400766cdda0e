import path from 'node:path';
import { formatProblem, validateContent, validateSoundIds } from '../../tools/validation/content';
import { contentFile, item, removeTrees, type Tree, validContent, writeTree } from './fixtures';

const repoRoot = path.resolve(__dirname, '../..');
const validate = (tree: Tree) => validateContent(writeTree('content', tree));
const EN_BATCH = 'en/batch.json';

afterAll(removeTrees);

describe('validateContent on fixtures', () => {
  test('accepts a valid tree', () => {
    expect(validate(validContent()).map(formatProblem)).toEqual([]);
  });

  test('reports a JSON syntax error by file instead of crashing', () => {
    const tree = validContent();
    tree['de/voice.json'] = '{ "deck": "voice", ';
    expect(validate(tree)).toEqual([{ file: 'content/de/voice.json', message: expect.stringContaining('invalid JSON') }]);
  });

  test('reports a missing deck file', () => {
    const tree = validContent();
    delete tree['en/fortunes.json'];
    expect(validate(tree)).toEqual([{ file: 'content/en/fortunes.json', message: 'file is missing or unreadable' }]);
  });

  test('reports a missing required field', () => {
    const tree = validContent();
    delete item(tree, EN_BATCH, 0).card;
    expect(validate(tree)).toEqual([{ file: 'content/en/batch.json', itemId: 'batch-item-0', field: 'card', message: 'is required' }]);
  });

  test('reports wrong types, id format, topics, source and unknown fields', () => {
    const tree = validContent();
    Object.assign(item(tree, EN_BATCH, 2), { speech: 42, topics: ['cooking'], source: 'some-talk', colour: 'red' });
    Object.assign(item(tree, 'de/batch.json', 2), { source: 'some-talk' });
    item(tree, EN_BATCH, 3).id = 'Batch_item_3';
    item(tree, 'de/batch.json', 3).id = 'Batch_item_3';
    const problems = validate(tree);
    expect(problems).toContainEqual({
      file: 'content/en/batch.json',
      itemId: 'batch-item-2',
      field: 'speech',
      message: 'must be a non-empty string',
    });
    expect(problems).toContainEqual({
      file: 'content/en/batch.json',
      itemId: 'batch-item-2',
      field: 'topics',
      message: expect.stringContaining('"cooking" is not a topic id'),
    });
    expect(problems).toContainEqual({
      file: 'content/en/batch.json',
      itemId: 'batch-item-2',
      field: 'source',
      message: expect.stringContaining('"some-talk" is not a talk id'),
    });
    expect(problems).toContainEqual({
      file: 'content/en/batch.json',
      itemId: 'batch-item-2',
      field: 'colour',
      message: 'is not a known field',
    });
    expect(problems).toContainEqual({
      file: 'content/en/batch.json',
      itemId: 'Batch_item_3',
      field: 'id',
      message: 'must be kebab-case starting with "batch-"',
    });
  });

  test('reports file header mismatches', () => {
    const tree = validContent();
    Object.assign(contentFile(tree, 'de/delivery.json'), { deck: 'voice', language: 'en' });
    expect(validate(tree)).toEqual([
      { file: 'content/de/delivery.json', field: 'deck', message: 'must be "delivery" (the file name)' },
      { file: 'content/de/delivery.json', field: 'language', message: 'must be "de" (the folder name)' },
    ]);
  });

  test('reports a duplicate id', () => {
    const tree = validContent();
    item(tree, EN_BATCH, 14).id = 'batch-item-13';
    item(tree, 'de/batch.json', 14).id = 'batch-item-13';
    expect(validate(tree)).toEqual([
      { file: 'content/en/batch.json', itemId: 'batch-item-13', field: 'id', message: 'duplicate id (also in content/en/batch.json)' },
      { file: 'content/de/batch.json', itemId: 'batch-item-13', field: 'id', message: 'duplicate id (also in content/de/batch.json)' },
    ]);
  });

  test('reports a dangling related id and a self-reference', () => {
    const tree = validContent();
    for (const language of ['en', 'de']) {
      item(tree, `${language}/batch.json`, 3).related = ['batch-nope', 'voice-item-1'];
      item(tree, `${language}/batch.json`, 4).related = ['batch-item-0', 'batch-item-4'];
    }
    expect(validate(tree)).toEqual(
      ['en', 'de'].flatMap((language) => [
        {
          file: `content/${language}/batch.json`,
          itemId: 'batch-item-3',
          field: 'related',
          message: '"batch-nope" is not an item id in this language',
        },
        { file: `content/${language}/batch.json`, itemId: 'batch-item-4', field: 'related', message: 'lists the item itself' },
      ]),
    );
  });

  test('accepts related ids in other decks', () => {
    const tree = validContent();
    for (const language of ['en', 'de']) item(tree, `${language}/batch.json`, 3).related = ['voice-item-2', 'question-number-1'];
    expect(validate(tree)).toEqual([]);
  });

  test('reports an item without a German counterpart, and a question without an English one', () => {
    const tree = validContent();
    const extra = { ...item(tree, EN_BATCH, 5), id: 'batch-only-in-english' };
    contentFile(tree, EN_BATCH).items.push(extra);
    const question = { ...item(tree, 'de/questions.json', 0), id: 'question-nur-deutsch' };
    contentFile(tree, 'de/questions.json').items.push(question);
    expect(validate(tree)).toEqual([
      { file: 'content/en/batch.json', itemId: 'batch-only-in-english', message: 'has no German counterpart in content/de/batch.json' },
      {
        file: 'content/de/questions.json',
        itemId: 'question-nur-deutsch',
        message: 'has no English counterpart in content/en/questions.json',
      },
    ]);
  });

  test('reports too few items per deck and too few questions', () => {
    const tree = validContent();
    contentFile(tree, 'en/voice.json').items.splice(14);
    contentFile(tree, 'de/voice.json').items.splice(14);
    contentFile(tree, 'en/questions.json').items.splice(29);
    contentFile(tree, 'de/questions.json').items.splice(29);
    expect(validate(tree)).toEqual([
      { file: 'content/en/voice.json', message: 'has 14 items (at least 15)' },
      { file: 'content/en/questions.json', message: 'has 29 items (at least 30)' },
      { file: 'content/de/voice.json', message: 'has 14 items (at least 15)' },
      { file: 'content/de/questions.json', message: 'has 29 items (at least 30)' },
    ]);
  });
});

describe('questions and lexicon', () => {
  test('checks question wording, answer id and synonyms', () => {
    const tree = validContent();
    Object.assign(item(tree, 'en/questions.json', 0), {
      question: 'Is this a question.',
      explanation: 'One. Two.',
      answer: { id: 'Hindsight Bias', spoken: 'hindsight bias', synonyms: ['Hindsight'] },
    });
    Object.assign(item(tree, 'de/questions.json', 0), { answer: { id: 'hindsight-bias', spoken: 'rückschau', synonyms: [] } });
    expect(validate(tree).map(formatProblem)).toEqual([
      'content/en/questions.json › question-number-0 › question: must end with "?"',
      'content/en/questions.json › question-number-0 › explanation: has 2 sentences (at most 1)',
      'content/en/questions.json › question-number-0 › answer.synonyms: "Hindsight" must be lowercase and trimmed (it is a slot synonym)',
      'content/en/questions.json › question-number-0 › answer.id: "Hindsight Bias" must be digits, "yes", "no" or kebab-case',
      'content/de/questions.json › question-number-0 › answer.synonyms: must be a non-empty array',
    ]);
  });

  test('requires both languages to agree on answer ids', () => {
    const tree = validContent();
    Object.assign(item(tree, 'de/questions.json', 1), { answer: { id: 'no', spoken: 'nein', synonyms: ['nein'] } });
    expect(validate(tree)).toEqual([
      {
        file: 'content/de/questions.json',
        itemId: 'question-number-1',
        field: 'answer.id',
        message: '"no" differs from content/en/questions.json ("yes")',
      },
    ]);
  });

  test('checks acronyms in questions against the lexicon', () => {
    const tree = validContent();
    item(tree, 'de/questions.json', 2).question = 'Läuft ECS auf AWS?';
    expect(validate(tree).map(formatProblem)).toEqual([
      'content/de/questions.json › question-number-2 › question: "ECS" is not in content/de/pronunciations.json (add it with sayAs or sub)',
    ]);
  });

  test('requires exactly one of sayAs (a say-as value) or sub (a non-empty alias)', () => {
    const tree = validContent();
    tree['en/pronunciations.json'] = {
      AWS: { sayAs: 'characters' },
      'CI/CD': { sub: 'C I C D' },
      GPU: { sayAs: 'characters', sub: 'G P U' },
      ECS: {},
      DNS: { sayAs: 'letters' },
      UI: { sub: ' ' },
    };
    expect(validate(tree).map(formatProblem)).toEqual([
      'content/en/pronunciations.json › GPU: must have exactly one of sayAs or sub',
      'content/en/pronunciations.json › ECS: must have exactly one of sayAs or sub',
      expect.stringContaining('content/en/pronunciations.json › DNS › sayAs: "letters" is not a say-as interpret-as value'),
      'content/en/pronunciations.json › UI › sub: must be a non-empty alias',
    ]);
  });

  test('reports an entry for an acronym plural the composer derives', () => {
    const tree = validContent();
    tree['en/pronunciations.json'] = { AWS: { sayAs: 'characters' }, 'CI/CD': { sub: 'C I C D' }, AWSs: { sub: 'A W S es' } };
    expect(validate(tree).map(formatProblem)).toEqual([
      `content/en/pronunciations.json › AWSs: is the plural of "AWS": the composer derives it (read as the letters and 's), remove it`,
    ]);
  });

  test('formats a problem as file › item › field: message', () => {
    expect(
      formatProblem({
        file: 'content/de/batch.json',
        itemId: 'batch-exit-code-zero',
        field: 'speech',
        message: 'has 3 sentences (at most 2)',
      }),
    ).toBe('content/de/batch.json › batch-exit-code-zero › speech: has 3 sentences (at most 2)');
    expect(formatProblem({ file: 'content/de/batch.json', message: 'invalid JSON' })).toBe('content/de/batch.json: invalid JSON');
  });
});

describe('validateSoundIds', () => {
  const list = path.join(repoRoot, 'content', 'soundbank-ids.txt');

  test('accepts ids from the Alexa Sound Library list and reports others', () => {
    const real = 'soundbank://soundlibrary/animals/amzn_sfx_cat_purr_01';
    const typo = 'soundbank://soundlibrary/animals/amzn_sfx_cat_purr_99';
    expect(validateSoundIds([real], list)).toEqual([]);
    expect(validateSoundIds([real, typo], list, 'lambda/speech/clips.ts')).toEqual([
      { file: 'lambda/speech/clips.ts', itemId: typo, message: 'is not an Alexa Sound Library id (see soundbank-ids.txt)' },
    ]);
  });
});

describe('the repository content', () => {
  test('has no problems', () => {
    expect(validateContent(path.join(repoRoot, 'content')).map(formatProblem)).toEqual([]);
  });
});
