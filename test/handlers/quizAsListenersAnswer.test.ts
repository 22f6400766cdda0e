import { questionOfTheDay } from '../../lambda/domain/quiz';
import { Dialog } from '../support/driver';
import { LOCALES, saysOneOf } from '../support/prompts';

/**
 * Today's question as listeners really answer it (listener QA, 2026-12-03): a stray yes and then
 * "say that again". Dates are the dialog default; the question of that day wants a number.
 */
async function questionAsked(locale: (typeof LOCALES)[number]): Promise<Dialog> {
  const dialog = new Dialog({ locale });
  await dialog.launch();
  await dialog.intent('DailyQuestionIntent');
  return dialog;
}

describe.each(LOCALES)('today’s question as listeners answer it in %s', (locale) => {
  test('"say that again" after a stray yes replays the question, not the correction', async () => {
    const dialog = await questionAsked(locale);
    const question = questionOfTheDay(dialog.catalog.questions, dialog.day)!;
    const stray = await dialog.intent('AMAZON.YesIntent');
    expect(saysOneOf(stray.text, locale, 'quiz.notYesNo')).toBe(true);
    const again = await dialog.intent('AMAZON.RepeatIntent');
    expect(saysOneOf(again.text, locale, 'quiz.notYesNo')).toBe(false);
    expect(again.text).toContain(question.question);
    expect(again.text).toMatch(/\?$/);
    expect(again.open).toBe(true);
    expect(dialog.sessionAttributes?.pending).toMatchObject({ kind: 'question', questionId: question.id });
  });
});
