import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { Dialog, T0 } from '../support/driver';
import { saysOneOf } from '../support/prompts';
import { daysAfter, en, servedItem, storedContext, topicSlot } from './support/scenario';

const postmortems = en.series('postmortems');
const batch = en.series('batch-computing');

/** Walks the first `count` items of a topic with one-shots ("ask fortune cookie for a tip about ..."). */
async function walk(dialog: Dialog, topic: 'postmortems' | 'batch-computing', count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(servedItem(await dialog.oneShot('GetTipIntent', topicSlot(topic))).id);
  return ids;
}

describe('resume a series days later', () => {
  test('a tip series walked on day 1 resumes at the next item with a one-shot "continue" five days later', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-resume' });
    const heard = await walk(dialog, 'postmortems', 3);
    expect(heard).toEqual(postmortems.slice(0, 3).map((item) => item.id));

    dialog.setTime(daysAfter(T0, 5));
    const resumed = await dialog.oneShot('ContinueIntent');
    expect(servedItem(resumed).id).toBe(postmortems[3]!.id);
    expect(resumed.ended).toBe(true);
    expect(storedContext(store, 'user-resume').series.postmortems?.next).toBe(4);
  });

  test('AMAZON.ResumeIntent resumes the same way', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-resume-amazon' });
    await walk(dialog, 'batch-computing', 2);
    const resumed = await dialog.setTime(daysAfter(T0, 2)).oneShot('AMAZON.ResumeIntent');
    expect(servedItem(resumed).id).toBe(batch[2]!.id);
  });

  test('"continue the postmortem tips" resumes that series even after another series was walked since', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-resume-topic' });
    await walk(dialog, 'postmortems', 4);
    await walk(dialog, 'batch-computing', 2);

    dialog.setTime(daysAfter(T0, 5));
    // without a topic: the series heard last
    expect(servedItem(await dialog.oneShot('ContinueIntent')).id).toBe(batch[2]!.id);
    // with one: that series, where it was left
    const resumed = await dialog.oneShot('ContinueIntent', topicSlot('postmortems', 'postmortem tips'));
    expect(servedItem(resumed).id).toBe(postmortems[4]!.id);
    const stored = storedContext(store, 'user-resume-topic');
    expect(stored.series.postmortems?.next).toBe(5);
    expect(stored.series['batch-computing']?.next).toBe(3);
  });

  test('continue with nothing walked yet says so and offers a tip', async () => {
    const dialog = new Dialog({ store: new MemoryUserStore(), userId: 'user-resume-nothing' });
    const reply = await dialog.oneShot('ContinueIntent');
    expect(saysOneOf(reply.text, 'en-US', 'series.nothing')).toBe(true);
    expect(reply.open).toBe(true);
  });

  test('the welcome back offers today\'s question first, and "continue" in that session still resumes the series', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-resume-launch' });
    await walk(dialog, 'postmortems', 3);

    dialog.setTime(daysAfter(T0, 5));
    const launch = await dialog.launch();
    expect(saysOneOf(launch.text, 'en-US', 'launchOffer.quiz')).toBe(true);
    const resumed = await dialog.intent('ContinueIntent');
    expect(resumed.card?.title).toBe('A tip about postmortems');
    expect(servedItem(resumed).id).toBe(postmortems[3]!.id);
  });

  test('the next day, a launch does not make a one-shot "continue" forget the tip series', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-resume-after-launch' });
    await walk(dialog, 'postmortems', 2);
    await dialog.setTime(daysAfter(T0, 1)).launch();
    await dialog.intent('AMAZON.StopIntent');

    const resumed = await dialog.setTime(daysAfter(T0, 2)).oneShot('ContinueIntent');
    expect(servedItem(resumed).id).toBe(postmortems[2]!.id);
  });
});

describe('next, previous and start over are remembered across sessions', () => {
  test('next and previous in one session set where "continue" picks up days later', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-nav' });
    await dialog.launch();
    expect(servedItem(await dialog.intent('GetTipIntent', topicSlot('postmortems'))).id).toBe(postmortems[0]!.id);
    expect(servedItem(await dialog.intent('AMAZON.NextIntent')).id).toBe(postmortems[1]!.id);
    expect(servedItem(await dialog.intent('AMAZON.NextIntent')).id).toBe(postmortems[2]!.id);
    expect(servedItem(await dialog.intent('AMAZON.NextIntent')).id).toBe(postmortems[3]!.id);
    expect(servedItem(await dialog.intent('AMAZON.PreviousIntent')).id).toBe(postmortems[2]!.id);
    await dialog.intent('AMAZON.StopIntent');
    expect(storedContext(store, 'user-nav').series.postmortems?.next).toBe(3);

    dialog.setTime(daysAfter(T0, 4));
    expect(servedItem(await dialog.oneShot('ContinueIntent')).id).toBe(postmortems[3]!.id);
  });

  test('a one-shot "next" and "previous" in later sessions move from the stored position', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-nav-oneshot' });
    await walk(dialog, 'postmortems', 3); // heard 0, 1, 2

    expect(servedItem(await dialog.setTime(daysAfter(T0, 1)).oneShot('AMAZON.NextIntent')).id).toBe(postmortems[3]!.id);
    expect(servedItem(await dialog.setTime(daysAfter(T0, 2)).oneShot('AMAZON.PreviousIntent')).id).toBe(postmortems[2]!.id);
    expect(servedItem(await dialog.setTime(daysAfter(T0, 3)).oneShot('AMAZON.NextIntent')).id).toBe(postmortems[3]!.id);
  });

  test('start over goes back to the first item and the walk continues from there in a later session', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-nav-startover' });
    await walk(dialog, 'postmortems', 5);
    await dialog.setTime(daysAfter(T0, 1)).launch();
    await dialog.intent('ContinueIntent', topicSlot('postmortems'));
    const first = await dialog.intent('AMAZON.StartOverIntent');
    expect(servedItem(first).id).toBe(postmortems[0]!.id);
    await dialog.intent('AMAZON.StopIntent');
    expect(storedContext(store, 'user-nav-startover').series.postmortems?.next).toBe(1);

    expect(servedItem(await dialog.setTime(daysAfter(T0, 6)).oneShot('ContinueIntent')).id).toBe(postmortems[1]!.id);
  });

  test('previous at the first item says so and stays there', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-nav-start' });
    await walk(dialog, 'batch-computing', 1);
    const reply = await dialog.setTime(daysAfter(T0, 1)).oneShot('AMAZON.PreviousIntent');
    expect(saysOneOf(reply.text, 'en-US', 'series.atStart')).toBe(true);
    expect(servedItem(reply).id).toBe(batch[0]!.id);
  });
});
