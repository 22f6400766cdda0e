import { itemOfTheDay } from '../../lambda/domain/rotation';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { CLIPS } from '../../lambda/speech/clips';
import { Dialog, T0 } from '../support/driver';
import { phrasingIndex, saysOneOf, text } from '../support/prompts';
import { daysAfter, en, servedItem, storedContext, topicSlot } from './support/scenario';

/** "Say that again" in a NEW session replays the last content the listener heard, with its clip. */
describe('replay across sessions', () => {
  test('a one-shot "say that again" days later replays the last tip heard, with its reveal clip and card', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-replay' });
    await dialog.launch();
    const tip = await dialog.intent('GetTipIntent', topicSlot('postmortems'));
    const heard = servedItem(tip);
    await dialog.intent('AMAZON.StopIntent');
    expect(dialog.inSession).toBe(false);

    dialog.setTime(daysAfter(T0, 3));
    const again = await dialog.oneShot('AMAZON.RepeatIntent');
    expect(again.card?.text).toBe(heard.card);
    expect(again.audio).toContain(CLIPS.reveal);
    expect(saysOneOf(again.text, 'en-US', 'replay.lead')).toBe(true);
    // a one-shot answers and ends
    expect(again.ended).toBe(true);
    expect(again.repromptSsml).toBeUndefined();
  });

  test('in a new session opened with a launch, "repeat" replays the fortune that launch just served (the session\'s last answer)', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-replay-launch' });
    await dialog.oneShot('GetTipIntent', topicSlot('batch-computing'));
    dialog.setTime(daysAfter(T0, 1));
    const launch = await dialog.launch();
    const again = await dialog.intent('AMAZON.RepeatIntent');
    // the fortune and the offer, without the launch's welcome (test/handlers/repeatAfterLaunch.test.ts)
    expect(launch.text.endsWith(again.text.slice(-20))).toBe(true);
    expect(again.card).toEqual(launch.card);
    expect(again.open).toBe(true);
  });

  test('the replayed item is the last CONTENT answer: help and a goodbye in between do not replace it', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-replay-help' });
    await dialog.launch();
    const tip = await dialog.intent('GetTipIntent', topicSlot('voice-design'));
    await dialog.intent('AMAZON.HelpIntent');
    await dialog.intent('AMAZON.StopIntent');

    dialog.setTime(daysAfter(T0, 1));
    const again = await dialog.oneShot('AMAZON.RepeatIntent');
    expect(again.card?.text).toBe(servedItem(tip).card);
    expect(storedContext(store, 'user-replay-help').lastHeard?.itemId).toBe(servedItem(tip).id);
  });

  test('with nothing heard before, a new session explains there is nothing to repeat and makes an offer', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-replay-empty' });
    const reply = await dialog.oneShot('AMAZON.RepeatIntent');
    expect(phrasingIndex(reply.text, 'en-US', 'repeat.empty')).toBeGreaterThanOrEqual(0);
    expect(reply.text).toMatch(/\?$/);
    expect(reply.open).toBe(true);
    expect(reply.card).toBeUndefined();
  });

  test.each([1, 2, 3])('saying yes to that offer serves what the offer named (seed %i)', async (seed) => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: `user-replay-empty-yes-${seed}`, seed });
    const reply = await dialog.oneShot('AMAZON.RepeatIntent');
    expect(saysOneOf(reply.text, 'en-US', 'repeat.empty')).toBe(true);
    const offersFortune = /\bfortune\b/i.test(reply.text);
    const offersTip = /\btips?\b/i.test(reply.text);
    expect(offersFortune || offersTip).toBe(true);
    const yes = await dialog.intent('AMAZON.YesIntent');
    expect(yes.audio).toContain(CLIPS.reveal);
    if (offersFortune && !offersTip) {
      // "Want today's fortune?" -> today's fortune, not a tip
      expect(yes.card?.title).toBe(text('en-US', 'card.fortune'));
      expect(servedItem(yes).id).toBe(itemOfTheDay(en.fortunes, dialog.day.dayNumber, 'fortune').id);
    } else if (offersTip && !offersFortune) {
      expect(yes.card?.title).toMatch(/^A tip about /);
    }
  });

  test('a stored item that is no longer in the catalog counts as nothing heard (explanation and offer, no crash)', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-replay-gone' });
    await dialog.oneShot('GetTipIntent', topicSlot('postmortems'));
    const stored = store.items.get('user-replay-gone')!;
    (stored as { lastHeard: { itemId: string } }).lastHeard.itemId = 'an-item-that-was-removed';

    const reply = await dialog.setTime(daysAfter(T0, 1)).oneShot('AMAZON.RepeatIntent');
    expect(saysOneOf(reply.text, 'en-US', 'repeat.empty')).toBe(true);
    expect(reply.open).toBe(true);
  });

  test('memory is per listener: another user has nothing to repeat', async () => {
    const store = new MemoryUserStore();
    await new Dialog({ store, userId: 'user-a' }).oneShot('GetTipIntent', topicSlot('postmortems'));
    const reply = await new Dialog({ store, userId: 'user-b' }).oneShot('AMAZON.RepeatIntent');
    expect(saysOneOf(reply.text, 'en-US', 'repeat.empty')).toBe(true);
  });
});
