import { defaultModels } from '../../local/simulator/model';
import { Nlu } from '../../local/simulator/nlu';

/**
 * How listeners give up on today's question (listener QA, 2026-12-03: every line reached
 * AMAZON.FallbackIntent, or AnswerIntent without an answer). Each must reach QuizGiveUpIntent.
 */
const GIVING_UP: Record<string, string[]> = {
  'en-US': ["I don't know", 'I give up', 'no idea', 'tell me the answer', "what's the answer", 'I have no clue'],
  'en-GB': ["I don't know", 'I give up', 'no idea', 'tell me the answer', "I haven't got a clue"],
  'de-DE': ['keine Ahnung', 'ich weiß es nicht', 'sag mir die Antwort', 'ich gebe auf', 'verrat mir die Lösung'],
};

describe.each(Object.keys(GIVING_UP))('giving up in %s', (locale) => {
  const nlu = new Nlu(locale, defaultModels().model(locale));
  test.each(GIVING_UP[locale]!)('"%s" reaches QuizGiveUpIntent', (line) => {
    expect(nlu.match(line).intent).toBe('QuizGiveUpIntent');
  });
});
