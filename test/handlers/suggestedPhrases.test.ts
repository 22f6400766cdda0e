import { SUPPORTED_LOCALES } from '../../lambda/locale';
import { defaultModels } from '../../local/simulator/model';
import { nluFor } from '../../local/simulator/nlu';
import { phrasings } from '../support/prompts';

/** The prompts that teach the listener what to say; their examples are in curly quotes. */
const TEACHING_PROMPTS = ['help', 'fallback', 'quiz.how.number', 'quiz.how.yesNo', 'quiz.help'];

/** What an example asks for, by its words: the intent it must reach. */
const INTENT_BY_WORDS: [RegExp, string][] = [
  [/give up|gebe auf|the answer|die antwort|no idea|keine ahnung/i, 'QuizGiveUpIntent'],
  [/\b(tip|tipp)/i, 'GetTipIntent'],
  [/question|frage/i, 'DailyQuestionIntent'],
  [/fortune|spruch/i, 'GetFortuneIntent'],
  [/^(continue|weiter)$/i, 'ContinueIntent'],
  [/^(next|nächste)/i, 'AMAZON.NextIntent'],
  [/again|wiederhole/i, 'AMAZON.RepeatIntent'],
  [/^(twenty|zwanzig)$/i, 'AnswerIntent'],
];

function examples(text: string): string[] {
  return [...text.matchAll(/[“„]([^”“]+)[”“]/g)].map((match) => match[1]!);
}

const cases = SUPPORTED_LOCALES.flatMap((locale) =>
  TEACHING_PROMPTS.flatMap((key) =>
    phrasings(locale, key).flatMap((phrasing) => examples(phrasing).map((phrase) => ({ locale, key, phrase }))),
  ),
);

describe('help and fallback teach only what works', () => {
  test('every locale suggests examples in help and fallback', () => {
    for (const locale of SUPPORTED_LOCALES) {
      for (const key of ['help', 'fallback']) expect(phrasings(locale, key).every((phrasing) => examples(phrasing).length > 0)).toBe(true);
    }
  });

  test('no carrier phrases ("Say …", "please say") and at most three examples per prompt', () => {
    for (const locale of SUPPORTED_LOCALES) {
      for (const key of TEACHING_PROMPTS) {
        for (const phrasing of phrasings(locale, key)) {
          expect(phrasing).not.toMatch(/\b(say|sag) ["“„]|please say|bitte sag/i);
          expect(examples(phrasing).length).toBeLessThanOrEqual(3);
        }
      }
    }
  });

  test.each(cases)('$locale $key: “$phrase” reaches its intent in the simulator (exact matching)', ({ locale, phrase }) => {
    const expected = INTENT_BY_WORDS.find(([pattern]) => pattern.test(phrase))?.[1];
    expect(expected).toBeDefined();
    const result = nluFor(locale, defaultModels(), { strict: true }).match(phrase);
    expect(result.intent).toBe(expected);
  });
});
