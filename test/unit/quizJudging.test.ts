import { contentCatalog } from '../../lambda/content/contentCatalog';
import { answerKind, isCorrect } from '../../lambda/domain/quiz';
import { spokenNumber } from '../../lambda/domain/spokenNumber';

describe('numbers as a listener says them', () => {
  test.each([
    ['21000', 'en', 21000],
    ['twenty-one thousand', 'en', 21000],
    ['twenty one', 'en', 21],
    ['one hundred percent', 'en', 100],
    ['two hundred and five', 'en', 205],
    ['sixty-three', 'en', 63],
    ['einundzwanzigtausend', 'de', 21000],
    ['hundert Prozent', 'de', 100],
    ['zweihundert Prozent', 'de', 200],
    ['dreiundsechzig', 'de', 63],
    ['fünfzehn', 'de', 15],
    ['null', 'de', 0],
  ] as const)('%s (%s) is %i', (said, language, value) => {
    expect(spokenNumber(said, language)).toBe(value);
  });

  test('words that are not numbers have no value', () => {
    expect(spokenNumber('postmortems', 'en')).toBeUndefined();
    expect(spokenNumber('Container', 'de')).toBeUndefined();
    // Names an object inherits are not number words (the English table once answered "00function Object() …").
    for (const language of ['en', 'de'] as const) expect(spokenNumber('constructor', language)).toBeUndefined();
  });
});

describe.each(['en', 'de'] as const)('judging the quiz by value (%s)', (language) => {
  const catalog = contentCatalog(language);
  const downtime = catalog.question('question-metrics-downtime-cost')!;
  const minHealthy = catalog.question('question-delivery-in-place-min-healthy')!;

  test('a question asked "in thousands" accepts 21 and 21000, as digits or words', () => {
    expect(downtime.question).toMatch(/thousands|Tausend/);
    for (const number of ['21', '21000']) expect(isCorrect(downtime, { number }, language)).toBe(true);
    expect(isCorrect(downtime, { spoken: downtime.answer.spoken }, language)).toBe(true);
    expect(isCorrect(downtime, { number: '22000' }, language)).toBe(false);
    expect(isCorrect(downtime, { number: '210' }, language)).toBe(false);
  });

  test('"one hundred percent" is 100', () => {
    expect(isCorrect(minHealthy, { spoken: language === 'de' ? 'hundert Prozent' : 'one hundred percent' }, language)).toBe(true);
    expect(isCorrect(minHealthy, { number: '100' }, language)).toBe(true);
    expect(isCorrect(minHealthy, { number: '50' }, language)).toBe(false);
  });

  test('every question says what kind of answer it wants', () => {
    for (const question of catalog.questions) expect(['yesNo', 'number', 'words']).toContain(answerKind(question));
  });
});
