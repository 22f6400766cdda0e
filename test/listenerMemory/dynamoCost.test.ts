import { Dialog, type Reply, T0 } from '../support/driver';
import { DynamoFixture } from './support/dynamo';
import { CountingStore, daysAfter, topicSlot } from './support/scenario';

let dynamo: DynamoFixture;

beforeAll(async () => {
  dynamo = await DynamoFixture.start();
});

afterAll(async () => {
  await dynamo?.close();
});

interface TurnCost {
  turn: string;
  reads: number;
  writes: number;
}

/** Runs the turns one by one and counts the store calls each made (by the decorator, not the skill's stats). */
async function costs(store: CountingStore, turns: [string, () => Promise<Reply>][]): Promise<TurnCost[]> {
  const result: TurnCost[] = [];
  for (const [turn, run] of turns) {
    store.reset();
    const reply = await run();
    expect(reply.text.length + (reply.ended ? 1 : 0)).toBeGreaterThan(0);
    expect(store.failures).toBe(0);
    result.push({ turn, reads: store.reads, writes: store.writes });
  }
  return result;
}

describe('store cost per session, counted against the DynamoDB-compatible server', () => {
  test('launch, tip, next, repeat, help, stop: one read in the whole session, and no write on the turns that change nothing', async () => {
    const store = new CountingStore(dynamo.store());
    const dialog = new Dialog({ store, userId: 'cost-user' });
    const session = (): [string, () => Promise<Reply>][] => [
      ['launch', () => dialog.launch()],
      ['tip', () => dialog.intent('GetTipIntent', topicSlot('postmortems'))],
      ['next', () => dialog.intent('AMAZON.NextIntent')],
      ['repeat', () => dialog.intent('AMAZON.RepeatIntent')],
      ['help', () => dialog.intent('AMAZON.HelpIntent')],
      ['stop', () => dialog.intent('AMAZON.StopIntent')],
    ];

    const first = await costs(store, session());
    expect(first).toEqual([
      { turn: 'launch', reads: 1, writes: 1 }, // a visit is news: counted and saved
      { turn: 'tip', reads: 0, writes: 1 }, // series position and last heard
      { turn: 'next', reads: 0, writes: 1 },
      { turn: 'repeat', reads: 0, writes: 0 }, // changes nothing
      { turn: 'help', reads: 0, writes: 0 }, // changes nothing
      { turn: 'stop', reads: 0, writes: 0 }, // changes nothing
    ]);
    expect(dialog.inSession).toBe(false);

    // a returning listener the next day: again one read for the whole session
    dialog.setTime(daysAfter(T0, 1));
    const second = await costs(store, session());
    expect(second.reduce((sum, turn) => sum + turn.reads, 0)).toBe(1);
    expect(second.map((turn) => turn.writes)).toEqual([1, 1, 1, 0, 0, 0]);

    // what was written is what the listener did: two visits, two series steps per visit
    expect(await dynamo.context('cost-user')).toMatchObject({ visits: 2, series: { postmortems: { next: 4 } }, revision: 6 });
  });

  test('turns that only talk (help, fallback, repeat, a declined offer) never write, however many there are', async () => {
    const store = new CountingStore(dynamo.store());
    const dialog = new Dialog({ store, userId: 'cost-talker' });
    await dialog.launch();
    store.reset();
    for (let i = 0; i < 3; i++) {
      await dialog.intent('AMAZON.HelpIntent');
      await dialog.intent('AMAZON.FallbackIntent');
      await dialog.intent('AMAZON.RepeatIntent');
    }
    await dialog.intent('AMAZON.NoIntent');
    expect({ reads: store.reads, writes: store.writes }).toEqual({ reads: 0, writes: 0 });
  });

  test('a one-shot costs one read and one write; the session-ended request that may follow costs nothing', async () => {
    const store = new CountingStore(dynamo.store());
    const dialog = new Dialog({ store, userId: 'cost-oneshot' });
    await dialog.oneShot('GetTipIntent', topicSlot('metrics'));
    expect({ reads: store.reads, writes: store.writes }).toEqual({ reads: 1, writes: 1 });

    store.reset();
    await dialog.launch();
    await dialog.sessionEnded('USER_INITIATED');
    expect({ reads: store.reads, writes: store.writes }).toEqual({ reads: 1, writes: 1 });
  });

  test('asking the daily question writes nothing until it is answered; the answer is one write', async () => {
    const store = new CountingStore(dynamo.store());
    const dialog = new Dialog({ store, userId: 'cost-quiz' });
    const turns = await costs(store, [
      ['launch', () => dialog.launch()],
      ['question', () => dialog.intent('DailyQuestionIntent')],
      ['answer', () => dialog.intent('AnswerIntent', { number: { value: '0' } })],
      ['question again', () => dialog.intent('DailyQuestionIntent')],
    ]);
    expect(turns.map((turn) => [turn.reads, turn.writes])).toEqual([
      [1, 1],
      [0, 0],
      [0, 1],
      [0, 0],
    ]);
  });
});
