import { logger } from '../../lambda/observability/logger';
import { Dialog, T0 } from '../support/driver';
import { DynamoFixture } from './support/dynamo';
import { CountingStore, daysAfter, dayWithQuestion, en, HOUR, servedItem, topicSlot } from './support/scenario';
import { ReadBarrier } from './support/stores';

let dynamo: DynamoFixture;

beforeAll(async () => {
  dynamo = await DynamoFixture.start();
});

afterAll(async () => {
  await dynamo?.close();
});

afterEach(() => jest.restoreAllMocks());

const postmortems = en.series('postmortems');
// A day whose question is "which exit code counts as success" (answer 0).
const QUIZ_DAY = dayWithQuestion('question-batch-success-exit-code', T0);

/** Two devices of one listener, each with its own skill instance (its own Lambda container), on one table. */
function twoDevices(userId: string, at: Date) {
  const counting = new CountingStore(dynamo.store());
  const barrier = new ReadBarrier(counting);
  const a = new Dialog({ store: barrier, userId, at, seed: 1 });
  const b = new Dialog({ store: barrier, userId, at: new Date(at.getTime() + 1000), seed: 2 });
  return { counting, barrier, a, b };
}

/** A listener who has used the skill before: a visit and some progress already stored. */
async function returningListener(userId: string, before: Date) {
  const dialog = new Dialog({ store: dynamo.store(), userId, at: before });
  await dialog.oneShot('GetTipIntent', topicSlot('batch-computing'));
  return dynamo.context(userId);
}

describe('two sessions of one listener at once (two devices)', () => {
  test('both load the same revision, both make progress, both save: the stored item ends with both', async () => {
    const error = jest.spyOn(logger, 'error');
    const warn = jest.spyOn(logger, 'warn');
    const user = 'concurrent-sessions';
    const before = await returningListener(user, daysAfter(QUIZ_DAY, -1));
    const { counting, barrier, a, b } = twoDevices(user, QUIZ_DAY);

    // both sessions open at the same moment and read the same stored revision
    barrier.arm(2);
    const [launchA, launchB] = await Promise.all([a.launch(), b.launch()]);
    expect(barrier.revisionsRead).toEqual([before.revision, before.revision]);
    expect(launchA.open && launchB.open).toBe(true);

    // device A walks the postmortem tips while device B answers today's question; A's turns share one
    // timestamp (Alexa's are second-granular), so the merge cannot rely on timestamps alone
    expect(servedItem(await a.intent('GetTipIntent', topicSlot('postmortems'))).id).toBe(postmortems[0]!.id);
    const question = await b.intent('DailyQuestionIntent');
    expect(question.card?.text).toBe(en.question('question-batch-success-exit-code')!.question);
    expect(servedItem(await a.intent('AMAZON.NextIntent')).id).toBe(postmortems[1]!.id);
    await b.intent('AnswerIntent', { number: { value: '0' } });
    expect(servedItem(await a.intent('AMAZON.NextIntent')).id).toBe(postmortems[2]!.id);
    await Promise.all([a.intent('AMAZON.StopIntent'), b.intent('AMAZON.StopIntent')]);

    const stored = await dynamo.context(user);
    // A's progress
    expect(stored.series.postmortems).toMatchObject({ next: 3 });
    expect(stored.lastHeard?.itemId).toBe(postmortems[2]!.id);
    // B's progress
    expect(stored.quiz).toMatchObject({ lastAnsweredDate: b.day.date, answered: 1, correct: 1, streak: 1 });
    // what was there before
    expect(stored.series['batch-computing']).toMatchObject({ next: 1 });
    // both visits counted
    expect(stored.visits).toBe(before.visits + 2);
    // the conflicts were real and were merged and retried, never dropped
    expect(counting.conflicts).toBeGreaterThan(0);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/merging/), expect.anything());
    expect(error).not.toHaveBeenCalled();
  });

  test('two one-shots at the same instant (a postmortem tip on one device, a metrics tip on the other) both land', async () => {
    const user = 'concurrent-one-shots';
    const before = await returningListener(user, daysAfter(QUIZ_DAY, -2));
    const { counting, barrier, a, b } = twoDevices(user, QUIZ_DAY);

    barrier.arm(2);
    // (a one-shot answer no longer counts without the question waiting in its session, so B asks for a tip)
    const [tip, other] = await Promise.all([
      a.oneShot('GetTipIntent', topicSlot('postmortems')),
      b.oneShot('GetTipIntent', topicSlot('metrics')),
    ]);
    expect(servedItem(tip).id).toBe(postmortems[0]!.id);
    expect(other.card?.title).toBe('A tip about metrics');
    expect(barrier.revisionsRead).toEqual([before.revision, before.revision]);
    expect(counting.conflicts).toBe(1);

    const stored = await dynamo.context(user);
    expect(stored.series.postmortems).toMatchObject({ next: 1 });
    expect(stored.series.metrics).toMatchObject({ next: 1 });
    expect(stored.visits).toBe(before.visits + 2);
    expect(stored.revision).toBe(before.revision + 2);
  });

  test('both devices walking the same series: the later position wins, nothing else is lost', async () => {
    const user = 'concurrent-same-series';
    await returningListener(user, daysAfter(QUIZ_DAY, -1));
    const { barrier, a, b } = twoDevices(user, QUIZ_DAY);
    barrier.arm(2);
    await Promise.all([a.launch(), b.launch()]);
    await a.intent('GetTipIntent', topicSlot('postmortems')); // A at 0
    await a.intent('AMAZON.NextIntent'); // A at 1
    b.setTime(new Date(QUIZ_DAY.getTime() + HOUR));
    await b.intent('GetTipIntent', topicSlot('postmortems')); // B continues from what it has
    const stored = await dynamo.context(user);
    expect(stored.series.postmortems?.at).toBe(QUIZ_DAY.getTime() + HOUR);
    expect(stored.series['batch-computing']).toMatchObject({ next: 1 });
  });
});
