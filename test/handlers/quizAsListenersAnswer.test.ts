import { contentCatalog } from '../../lambda/content/contentCatalog';
import type { Question } from '../../lambda/content/types';
import { answerKind, questionOfTheDay } from '../../lambda/domain/quiz';
import { languageOf } from '../../lambda/locale';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { Dialog, T0 } from '../support/driver';
import { interpolate, LOCALES, phrasings, saysOneOf, type TestLocale } from '../support/prompts';
import { savedContext } from '../support/storedUser';

/** Today's question as listeners really answer it (listener QA, 2026-12-03). */
const DAY = 86_400_000;
const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** A dialog on the first day from T0 whose question wants `kind`, with that question asked. */
async function questionAsked(locale: TestLocale, kind: ReturnType<typeof answerKind>): Promise<{ dialog: Dialog; question: Question }> {
  for (let day = 0; day < 60; day++) {
    const dialog = new Dialog({ locale, store: new MemoryUserStore(), at: new Date(T0.getTime() + day * DAY) });
    const question = questionOfTheDay(dialog.catalog.questions, dialog.day)!;
    if (answerKind(question) !== kind) continue;
    await dialog.launch();
    await dialog.intent('DailyQuestionIntent');
    return { dialog, question };
  }
  throw new Error(`no ${kind} question in 60 days`);
}

/** The question is closed kindly: the answer, the day's try used, one next step. */
function expectClosedKindly(dialog: Dialog, question: Question, reply: Dialog['replies'][number], key: string): void {
  expect(saysOneOf(reply.text, dialog.answerLocale, key, { answer: question.answer.spoken })).toBe(true);
  expect(words(reply.text)).toBeLessThanOrEqual(35);
  expect(reply.open).toBe(true);
  expect(reply.text).toMatch(/\?$/);
  expect(dialog.sessionAttributes?.pending).not.toMatchObject({ kind: 'question' });
  expect(savedContext(dialog.store as MemoryUserStore).quiz).toMatchObject({ answered: 1, correct: 0 });
}

describe.each(LOCALES)('today’s question as listeners answer it in %s', (locale) => {
  test('"say that again" after a stray yes replays the question, not the correction', async () => {
    const { dialog, question } = await questionAsked(locale, 'number');
    const stray = await dialog.intent('AMAZON.YesIntent');
    expect(saysOneOf(stray.text, locale, 'quiz.notYesNo')).toBe(true);
    const again = await dialog.intent('AMAZON.RepeatIntent');
    expect(saysOneOf(again.text, locale, 'quiz.notYesNo')).toBe(false);
    expect(again.text).toContain(question.question);
    expect(again.text).toMatch(/\?$/);
    expect(again.open).toBe(true);
    expect(dialog.sessionAttributes?.pending).toMatchObject({ kind: 'question', questionId: question.id });
  });

  test.each(['number', 'words'] as const)(
    '"no" to a %s question declines it: the answer and its explanation, then a next step',
    async (kind) => {
      const { dialog, question } = await questionAsked(locale, kind);
      const no = await dialog.intent('AMAZON.NoIntent');
      expectClosedKindly(dialog, question, no, 'quiz.givenUp');
      expect(no.text).toContain(question.explanation);
      expect(no.card?.text).toContain(question.answer.spoken);
    },
  );

  test('"no" heard as the answer slot to a number question declines it too', async () => {
    const { dialog, question } = await questionAsked(locale, 'number');
    const no = await dialog.intent('AnswerIntent', {
      answer: { value: locale === 'de-DE' ? 'nein' : 'no', resolvedId: 'no', slotType: 'QuizAnswerType' },
    });
    expectClosedKindly(dialog, question, no, 'quiz.givenUp');
  });

  test('"no" to a yes/no question is still an answer', async () => {
    const { dialog, question } = await questionAsked(locale, 'yesNo');
    const no = await dialog.intent('AMAZON.NoIntent');
    const key = question.answer.id === 'no' ? 'quiz.correct' : 'quiz.wrong';
    expect(saysOneOf(no.text, locale, key, { answer: question.answer.spoken })).toBe(true);
  });

  test.each([
    ['AMAZON.NextIntent', {}],
    ['ContinueIntent', {}],
  ] as const)('%s while the question waits skips it: said so with the answer, then a next step', async (intent, slots) => {
    const { dialog, question } = await questionAsked(locale, 'number');
    const skip = await dialog.intent(intent, slots);
    expectClosedKindly(dialog, question, skip, 'quiz.skipped');
    expect(skip.text).not.toContain(question.explanation);
  });

  test.each(['AMAZON.PreviousIntent', 'AMAZON.StartOverIntent'])(
    '%s while the question waits keeps it: said it is still open, then the question again, the try unused',
    async (intent) => {
      const { dialog, question } = await questionAsked(locale, 'number');
      const kept = await dialog.intent(intent);
      expect(saysOneOf(kept.text, locale, 'quiz.stillOpen')).toBe(true);
      expect(kept.text).toContain(question.question);
      expect(kept.text).toMatch(/\?$/);
      expect(words(kept.text)).toBeLessThanOrEqual(35);
      expect(kept.open).toBe(true);
      expect(dialog.sessionAttributes?.pending).toMatchObject({ kind: 'question', questionId: question.id });
      const correct = await dialog.intent('AnswerIntent', { number: { value: question.answer.id } });
      expect(saysOneOf(correct.text, locale, 'quiz.correct')).toBe(true);
    },
  );

  test('a continue that names a topic is its own request: that topic’s tip, the try unused', async () => {
    const { dialog } = await questionAsked(locale, 'number');
    const tip = await dialog.intent('ContinueIntent', { topic: { value: 'metrics', resolvedId: 'metrics', slotType: 'TopicType' } });
    expect(saysOneOf(tip.text, locale, 'quiz.skipped')).toBe(false);
    expect(savedContext(dialog.store as MemoryUserStore).quiz).toMatchObject({ answered: 0 });
  });

  test('giving up (QuizGiveUpIntent) while the question waits: the answer kindly, its explanation, then a next step', async () => {
    const { dialog, question } = await questionAsked(locale, 'number');
    const giveUp = await dialog.intent('QuizGiveUpIntent');
    expectClosedKindly(dialog, question, giveUp, 'quiz.givenUp');
    expect(giveUp.text).toContain(question.explanation);
    // The question is closed: an answer now is refused, not scored.
    const late = await dialog.intent('AnswerIntent', { number: { value: question.answer.id } });
    expect(saysOneOf(late.text, locale, 'quiz.already')).toBe(true);
    expect(savedContext(dialog.store as MemoryUserStore).quiz).toMatchObject({ answered: 1, correct: 0 });
  });

  test('giving up after today’s try tells the answer again; with no question asked it is not understood', async () => {
    const { dialog, question } = await questionAsked(locale, 'number');
    await dialog.intent('AnswerIntent', { number: { value: '7' } });
    const again = await dialog.intent('QuizGiveUpIntent');
    expect(saysOneOf(again.text, locale, 'quiz.answerWas', { answer: question.answer.spoken })).toBe(true);
    const fresh = new Dialog({ locale });
    await fresh.launch();
    const stray = await fresh.intent('QuizGiveUpIntent');
    expect(saysOneOf(stray.text, locale, 'fallback')).toBe(true);
    expect(stray.open).toBe(true);
  });

  test('one breath for every question: help inside it, a kept question, and giving up with an offer of up to nine words, fit 35 words', () => {
    const longest = (key: string, values: Record<string, string> = {}) =>
      Math.max(...phrasings(locale, key).map((phrasing) => words(interpolate(phrasing, values))));
    for (const question of contentCatalog(languageOf(locale), locale).questions) {
      const answer = { answer: question.answer.spoken };
      expect(longest('quiz.help') + longest(`quiz.how.${answerKind(question)}`) + words(question.question)).toBeLessThanOrEqual(35);
      expect(longest('quiz.stillOpen') + longest(`quiz.how.${answerKind(question)}`) + words(question.question)).toBeLessThanOrEqual(35);
      expect(longest('quiz.givenUp', answer) + words(question.explanation) + 9).toBeLessThanOrEqual(35);
      expect(longest('quiz.answerWas', answer) + words(question.explanation) + 9).toBeLessThanOrEqual(35);
    }
  });
});
