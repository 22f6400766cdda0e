import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { Dialog } from '../support/driver';
import { LOCALES, saysOneOf } from '../support/prompts';
import { savedContext } from '../support/storedUser';

const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

// Listener finding (QA 2026-12-03): "next question" / "nächste Frage" while today's question waits reached
// Fallback, which asked the question again; outside a question they read a series' next tip. One question a
// day: inside it they skip it, as "skip" does; outside it they mean today's question.
describe.each(LOCALES)('"next question" (NextQuestionIntent) in %s', (locale) => {
  test('while the question waits: skipped, with the answer, the try used, then one next step', async () => {
    const dialog = new Dialog({ locale, store: new MemoryUserStore() });
    await dialog.launch();
    await dialog.intent('DailyQuestionIntent');
    const pending = dialog.sessionAttributes?.pending as { questionId: string };
    const question = dialog.catalog.question(pending.questionId)!;
    const next = await dialog.intent('NextQuestionIntent');
    expect(saysOneOf(next.text, dialog.answerLocale, 'quiz.skipped', { answer: question.answer.spoken })).toBe(true);
    expect(words(next.text)).toBeLessThanOrEqual(35);
    expect(next.text).toMatch(/\?$/);
    expect(next.open).toBe(true);
    expect(dialog.sessionAttributes?.pending).not.toMatchObject({ kind: 'question' });
    expect(savedContext(dialog.store as MemoryUserStore).quiz).toMatchObject({ answered: 1, correct: 0 });
  });

  test('before today’s question: it is asked', async () => {
    const dialog = new Dialog({ locale, store: new MemoryUserStore() });
    await dialog.launch();
    const next = await dialog.intent('NextQuestionIntent');
    expect(dialog.sessionAttributes?.pending).toMatchObject({ kind: 'question' });
    expect(next.open).toBe(true);
    expect(savedContext(dialog.store as MemoryUserStore).quiz).toMatchObject({ answered: 0 });
  });

  test('after today’s try: one a day, said kindly, with when the next one comes and one next step', async () => {
    const dialog = new Dialog({ locale, store: new MemoryUserStore() });
    await dialog.launch();
    await dialog.intent('DailyQuestionIntent');
    await dialog.intent('QuizGiveUpIntent');
    const next = await dialog.intent('NextQuestionIntent');
    expect(saysOneOf(next.text, locale, 'quiz.already')).toBe(true);
    expect(next.text).toMatch(/\?$/);
    expect(next.open).toBe(true);
    expect(savedContext(dialog.store as MemoryUserStore).quiz).toMatchObject({ answered: 1 });
  });
});
