import { contentCatalog } from '../../lambda/content/contentCatalog';
import { withoutHedges } from '../../lambda/domain/answerHedges';
import { isCorrect } from '../../lambda/domain/quiz';

// Listener finding (issue 9, item 3): with no entity match the answer slot carries the words as said, and
// "it's about twenty one thousand dollars" was judged wrong for the downtime question (answer 21, in thousands).
describe('answers said with a hedge in front', () => {
  const en = contentCatalog('en');
  const de = contentCatalog('de');

  test.each([
    ['question-metrics-downtime-cost', "it's about twenty one thousand dollars"],
    ['question-metrics-downtime-cost', 'I think twenty-one thousand'],
    ['question-delivery-in-place-min-healthy', "I think it's one hundred percent"],
    ['question-batch-success-exit-code', 'about zero'],
    ['question-batch-success-exit-code', 'probably zero'],
    ['question-postmortems-recency-bias', "I think it's the availability bias"],
    ['question-postmortems-hindsight', 'maybe hindsight bias'],
  ])('en %s: "%s" counts', (id, spoken) => {
    expect(isCorrect(en.question(id)!, { spoken }, 'en')).toBe(true);
  });

  test.each([
    ['question-metrics-downtime-cost', 'ungefähr einundzwanzigtausend Euro'],
    ['question-batch-success-exit-code', 'ich glaube null'],
    ['question-delivery-in-place-min-healthy', 'ich denke es sind hundert Prozent'],
    ['question-postmortems-recency-bias', 'ich glaube die Verfügbarkeitsheuristik'],
  ])('de %s: "%s" counts', (id, spoken) => {
    expect(isCorrect(de.question(id)!, { spoken }, 'de')).toBe(true);
  });

  test('a hedge alone, or a wrong value behind one, is still wrong', () => {
    const downtime = en.question('question-metrics-downtime-cost')!;
    expect(isCorrect(downtime, { spoken: 'I think' }, 'en')).toBe(false);
    expect(isCorrect(downtime, { spoken: 'about twenty two thousand' }, 'en')).toBe(false);
    expect(isCorrect(de.question('question-batch-success-exit-code')!, { spoken: 'ich glaube eins' }, 'de')).toBe(false);
  });

  test('only leading hedges go; words inside the answer stay', () => {
    expect(withoutHedges("I think it's the availability bias", 'en')).toBe('the availability bias');
    expect(withoutHedges('open ended questions', 'en')).toBe('open ended questions');
    expect(withoutHedges('Ich glaube, es ist null.', 'de')).toBe('null');
    expect(withoutHedges('um', 'en')).toBe('');
  });
});
