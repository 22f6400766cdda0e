import { questionOfTheDay } from '../../lambda/domain/quiz';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { CLIPS } from '../../lambda/speech/clips';
import { Dialog } from '../support/driver';
import { LOCALES, saysOneOf, text } from '../support/prompts';

const answerSlot = (id: string, spoken: string) => ({ answer: { value: spoken, resolvedId: id, slotType: 'QuizAnswerType' } });

describe.each(LOCALES)('DailyQuestionIntent and AnswerIntent in %s', (locale) => {
  test("asks today's question with its clip and waits for the answer", async () => {
    const dialog = new Dialog({ locale });
    await dialog.launch();
    const question = questionOfTheDay(dialog.catalog.questions, dialog.day)!;
    const reply = await dialog.intent('DailyQuestionIntent');
    expect(reply.audio[0]).toBe(CLIPS.question);
    expect(reply.text).toContain(question.question);
    expect(reply.open).toBe(true);
    expect(reply.card).toEqual({ type: 'Standard', title: text(locale, 'card.question'), text: question.question });
  });

  test('a right answer is praised with the explanation; a second try the same day is refused', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ locale, store });
    await dialog.launch();
    await dialog.intent('DailyQuestionIntent');
    const question = questionOfTheDay(dialog.catalog.questions, dialog.day)!;
    const right = await dialog.intent('AnswerIntent', answerSlot(question.answer.id, question.answer.spoken));
    expect(saysOneOf(right.text, locale, 'quiz.correct')).toBe(true);
    expect(right.audio[0]).toBe(CLIPS.correct);
    expect(right.text).toContain(question.explanation);
    if (locale === 'de-DE') expect(right.ssml).not.toContain('amazon:emotion');
    const again = await dialog.oneShot('AnswerIntent', answerSlot(question.answer.id, question.answer.spoken));
    expect(saysOneOf(again.text, locale, 'quiz.already')).toBe(true);
  });

  test('a wrong answer gives the right one', async () => {
    const dialog = new Dialog({ locale });
    await dialog.launch();
    await dialog.intent('DailyQuestionIntent');
    const question = questionOfTheDay(dialog.catalog.questions, dialog.day)!;
    const wrongId = dialog.catalog.questions.map((q) => q.answer.id).find((id) => id !== question.answer.id)!;
    const reply = await dialog.intent('AnswerIntent', answerSlot(wrongId, wrongId));
    expect(saysOneOf(reply.text, locale, 'quiz.wrong', { answer: question.answer.spoken })).toBe(true);
    expect(reply.audio[0]).toBe(CLIPS.wrong);
  });
});
