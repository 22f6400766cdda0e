import { contentCatalog } from '../../lambda/content/contentCatalog';
import type { Question } from '../../lambda/content/types';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { CLIPS } from '../../lambda/speech/clips';
import type { SlotValues } from '../../tools/envelopes';
import { Dialog, type Reply, T0 } from '../support/driver';
import { saysOneOf } from '../support/prompts';
import { DAY, daysAfter, dayWithQuestion, en, MINUTE, storedContext } from './support/scenario';

const says = (text: string, key: string, values?: Record<string, string>) => saysOneOf(text, 'en-US', key, values);
const question = (id: string): Question => en.question(id)!;

const EXIT_CODE = 'question-batch-success-exit-code'; // answer id "0", spoken "zero"
const YES_QUESTION = 'question-batch-managed-scaling'; // answer id "yes"
const CLUSTER_NAME = 'question-batch-cluster-name'; // answer id "compute-environments"
const EXTRA_COST = 'question-batch-extra-cost'; // answer id "nothing", synonym "nothing extra"

const answerSlot = (value: string, resolvedId: string | null): SlotValues => ({
  answer: { value, resolvedId, slotType: 'QuizAnswerType' },
});
const numberSlot = (value: string): SlotValues => ({ number: { value } });

/** A dialog on the local day that has the given question, with the question asked in an open session. */
async function asked(questionId: string, userId: string, timeZone = 'UTC') {
  const store = new MemoryUserStore();
  const dialog = new Dialog({ store, userId, timeZone, at: dayWithQuestion(questionId, T0, timeZone) });
  await dialog.launch();
  const ask = await dialog.intent('DailyQuestionIntent');
  return { store, dialog, ask };
}

/** One day's try as a listener makes it: ask for today's question (a one-shot), then answer it in that session. */
async function answerOnDay(dialog: Dialog, at: Date, slots: SlotValues): Promise<Reply> {
  await dialog.setTime(at).oneShot('DailyQuestionIntent');
  return dialog.intent('AnswerIntent', slots);
}

function expectCorrect(reply: Reply, q: Question): void {
  expect(reply.audio).toContain(CLIPS.correct);
  expect(says(reply.text, 'quiz.correct')).toBe(true);
  expect(reply.text).toContain(q.explanation);
}

describe('the daily question', () => {
  test('there are at least 30 questions per language', () => {
    expect(contentCatalog('en').questions.length).toBeGreaterThanOrEqual(30);
    expect(contentCatalog('de').questions.length).toBeGreaterThanOrEqual(30);
  });

  test('two listeners on the same local day get the same question; a listener already on the next local day gets another', async () => {
    const store = new MemoryUserStore();
    const utc = await new Dialog({ store, userId: 'quiz-user-utc', timeZone: 'UTC' }).oneShot('DailyQuestionIntent');
    // 17:00 in Berlin: the same date
    const berlin = await new Dialog({ store, userId: 'quiz-user-berlin', timeZone: 'Europe/Berlin' }).oneShot('DailyQuestionIntent');
    // 00:00 in Tokyo: already tomorrow
    const tokyo = await new Dialog({ store, userId: 'quiz-user-tokyo', timeZone: 'Asia/Tokyo' }).oneShot('DailyQuestionIntent');
    expect(utc.card?.text).toBeDefined();
    expect(berlin.card?.text).toBe(utc.card?.text);
    expect(tokyo.card?.text).not.toBe(utc.card?.text);
    const tomorrow = await new Dialog({ store, userId: 'quiz-user-utc-2', timeZone: 'UTC', at: daysAfter(T0, 1) }).oneShot(
      'DailyQuestionIntent',
    );
    expect(tokyo.card?.text).toBe(tomorrow.card?.text);
  });

  test('asking plays the question clip, reads the question and keeps the session open for the answer', async () => {
    const { ask } = await asked(EXIT_CODE, 'quiz-ask');
    expect(ask.audio[0]).toBe(CLIPS.question);
    expect(ask.text).toContain(question(EXIT_CODE).question);
    expect(ask.open).toBe(true);
    expect(ask.repromptText).toContain(question(EXIT_CODE).question);
  });

  test('answered in the session by number: "the answer is 0"', async () => {
    const { store, dialog } = await asked(EXIT_CODE, 'quiz-number');
    const reply = await dialog.intent('AnswerIntent', numberSlot('0'));
    expectCorrect(reply, question(EXIT_CODE));
    expect(says(reply.text, 'quiz.streakStart')).toBe(true);
    // the session goes on with an offer
    expect(reply.open).toBe(true);
    expect(storedContext(store, 'quiz-number').quiz).toMatchObject({
      lastAnsweredDate: dialog.day.date,
      lastCorrect: true,
      streak: 1,
      answered: 1,
      correct: 1,
    });
  });

  test('answered by yes or no while the question waits', async () => {
    const yes = await asked(YES_QUESTION, 'quiz-yes');
    expectCorrect(await yes.dialog.intent('AMAZON.YesIntent'), question(YES_QUESTION));

    const no = await asked(YES_QUESTION, 'quiz-no');
    const wrong = await no.dialog.intent('AMAZON.NoIntent');
    expect(wrong.audio).toContain(CLIPS.wrong);
    expect(says(wrong.text, 'quiz.wrong', { answer: 'yes' })).toBe(true);
    expect(wrong.text).toContain(question(YES_QUESTION).explanation);
    expect(wrong.open).toBe(true);
    expect(storedContext(no.store, 'quiz-no').quiz).toMatchObject({ answered: 1, correct: 0, streak: 1, lastCorrect: false });
  });

  test('answered by a custom slot value that entity resolution matched to the answer id', async () => {
    const { dialog } = await asked(CLUSTER_NAME, 'quiz-slot-id');
    expectCorrect(await dialog.intent('AnswerIntent', answerSlot('compute environment', 'compute-environments')), question(CLUSTER_NAME));
  });

  test('answered by spoken words that entity resolution did not match but equal a synonym', async () => {
    const { dialog } = await asked(EXTRA_COST, 'quiz-synonym');
    expectCorrect(await dialog.intent('AnswerIntent', answerSlot('Nothing extra', null)), question(EXTRA_COST));
  });

  test('a matched id of another answer is wrong, and the correct answer is spoken', async () => {
    const { dialog } = await asked(EXIT_CODE, 'quiz-wrong');
    const reply = await dialog.intent('AnswerIntent', answerSlot('docker', 'docker'));
    expect(says(reply.text, 'quiz.wrong', { answer: 'zero' })).toBe(true);
  });

  test('a one-shot "the answer is zero" with no question waiting asks the question first and uses no try; the answer then counts', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'quiz-oneshot', at: dayWithQuestion(EXIT_CODE, T0) });
    const reply = await dialog.oneShot('AnswerIntent', answerSlot('zero', '0'));
    expect(reply.text).toContain(question(EXIT_CODE).question);
    expect(reply.audio).not.toContain(CLIPS.correct);
    expect(reply.open).toBe(true);
    expect(storedContext(store, 'quiz-oneshot').quiz.answered).toBe(0);
    const answer = await dialog.intent('AnswerIntent', answerSlot('zero', '0'));
    expectCorrect(answer, question(EXIT_CODE));
    expect(says(answer.text, 'quiz.streakStart')).toBe(true);
    expect(storedContext(store, 'quiz-oneshot').quiz.answered).toBe(1);
  });

  test('an answer intent without an answer asks again instead of using up the try', async () => {
    const { store, dialog } = await asked(EXIT_CODE, 'quiz-empty');
    const reply = await dialog.intent('AnswerIntent', { number: { value: '?' } });
    expect(says(reply.text, 'quiz.noAnswer')).toBe(true);
    expect(reply.open).toBe(true);
    expect(storedContext(store, 'quiz-empty').quiz.answered).toBe(0);
    expectCorrect(await dialog.intent('AnswerIntent', numberSlot('0')), question(EXIT_CODE));
  });
});

describe('one try per day', () => {
  test('a second attempt the same day is refused: already answered, and when the next question comes', async () => {
    const { store, dialog } = await asked(EXIT_CODE, 'quiz-twice');
    await dialog.intent('AnswerIntent', numberSlot('7')); // wrong
    const before = structuredClone(storedContext(store, 'quiz-twice').quiz);

    // asking again in the same session
    const again = await dialog.intent('DailyQuestionIntent');
    expect(says(again.text, 'quiz.already')).toBe(true);
    expect(again.text).toMatch(/midnight/);
    expect(again.audio).not.toContain(CLIPS.question);
    // answering again in the same session, now correctly: not counted, nothing written
    const writes = store.writes;
    const retry = await dialog.intent('AnswerIntent', numberSlot('0'));
    expect(says(retry.text, 'quiz.already')).toBe(true);
    expect(retry.audio).not.toContain(CLIPS.correct);
    expect(store.writes).toBe(writes);

    // and in a new session later that day, by one-shot
    const oneShot = await dialog.setTime(new Date(dialog.at.getTime() + 3 * 60 * MINUTE)).oneShot('DailyQuestionIntent');
    expect(says(oneShot.text, 'quiz.already')).toBe(true);
    expect(oneShot.ended).toBe(true);
    const stray = await dialog.oneShot('AnswerIntent', answerSlot('zero', '0'));
    expect(says(stray.text, 'quiz.already')).toBe(true);
    expect(storedContext(store, 'quiz-twice').quiz).toEqual(before);
  });
});

describe('streaks count consecutive LOCAL days', () => {
  // 2026-05-14 23:50 in Tokyo (UTC+9) is 14:50 UTC; 2026-05-15 00:10 in Tokyo is 15:10 UTC, the same UTC date.
  const BEFORE_MIDNIGHT = new Date('2026-05-14T14:50:00Z');
  const AFTER_MIDNIGHT = new Date('2026-05-14T15:10:00Z');

  test('in Asia/Tokyo, answers at 23:50 and at 00:10 local time are two days: streak 2, though the UTC date is the same', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'streak-tokyo', timeZone: 'Asia/Tokyo', at: BEFORE_MIDNIGHT });
    const first = await answerOnDay(dialog, BEFORE_MIDNIGHT, numberSlot('0'));
    expect(says(first.text, 'quiz.streakStart')).toBe(true);
    expect(storedContext(store, 'streak-tokyo').quiz).toMatchObject({ lastAnsweredDate: '2026-05-14', streak: 1 });

    const second = await answerOnDay(dialog, AFTER_MIDNIGHT, numberSlot('0'));
    expect(says(second.text, 'quiz.already')).toBe(false);
    expect(says(second.text, 'quiz.streak', { count: '2' })).toBe(true);
    expect(storedContext(store, 'streak-tokyo').quiz).toMatchObject({ lastAnsweredDate: '2026-05-15', streak: 2, answered: 2 });
  });

  test("a new local day brings a new question: the question asked after midnight in Tokyo is the next day's", async () => {
    const dialog = new Dialog({
      store: new MemoryUserStore(),
      userId: 'streak-tokyo-question',
      timeZone: 'Asia/Tokyo',
      at: BEFORE_MIDNIGHT,
    });
    const before = await dialog.oneShot('DailyQuestionIntent');
    const after = await dialog.setTime(AFTER_MIDNIGHT).oneShot('DailyQuestionIntent');
    expect(after.card?.text).not.toBe(before.card?.text);
  });

  test('the same two instants for a listener in UTC are one day: the second try is refused', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'streak-utc', timeZone: 'UTC', at: BEFORE_MIDNIGHT });
    await answerOnDay(dialog, BEFORE_MIDNIGHT, numberSlot('0'));
    const second = await dialog.setTime(AFTER_MIDNIGHT).oneShot('DailyQuestionIntent');
    expect(says(second.text, 'quiz.already')).toBe(true);
    expect(storedContext(store, 'streak-utc').quiz).toMatchObject({ streak: 1, answered: 1 });
  });

  test('the streak grows day by day, is mentioned when asking again, and resets after a missed day', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'streak-reset', timeZone: 'America/Los_Angeles', at: T0 });
    for (let day = 0; day < 3; day++) await answerOnDay(dialog, daysAfter(T0, day), numberSlot('1'));
    expect(storedContext(store, 'streak-reset').quiz.streak).toBe(3);
    const already = await dialog.oneShot('DailyQuestionIntent');
    expect(says(already.text, 'quiz.already')).toBe(true);
    expect(says(already.text, 'quiz.streak', { count: '3' })).toBe(true);

    // day 3 missed; on day 4 the streak starts over
    const back = await answerOnDay(dialog, daysAfter(T0, 4), numberSlot('1'));
    expect(says(back.text, 'quiz.streakStart')).toBe(true);
    expect(says(back.text, 'quiz.streak')).toBe(false);
    expect(storedContext(store, 'streak-reset').quiz).toMatchObject({ streak: 1, answered: 4 });
  });

  test('a try late in the local evening and one early the day after next (a missed local day) is not a streak', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'streak-tokyo-gap', timeZone: 'Asia/Tokyo', at: BEFORE_MIDNIGHT });
    await answerOnDay(dialog, BEFORE_MIDNIGHT, numberSlot('0'));
    // 2026-05-16 00:10 in Tokyo: 2026-05-15 was missed
    const later = await answerOnDay(dialog, new Date(AFTER_MIDNIGHT.getTime() + DAY), numberSlot('0'));
    expect(says(later.text, 'quiz.streakStart')).toBe(true);
    expect(storedContext(store, 'streak-tokyo-gap').quiz).toMatchObject({ lastAnsweredDate: '2026-05-16', streak: 1 });
  });
});
