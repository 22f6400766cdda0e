import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { skillDisabledEvent } from '../../tools/envelopes';
import { Dialog, T0 } from '../support/driver';
import { saysOneOf } from '../support/prompts';
import { CountingStore, daysAfter, topicSlot } from './support/scenario';

async function knownListener(userId: string) {
  const store = new MemoryUserStore();
  const dialog = new Dialog({ store, userId });
  await dialog.launch();
  await dialog.intent('GetTipIntent', topicSlot('postmortems'));
  await dialog.intent('AMAZON.StopIntent');
  expect(store.items.has(userId)).toBe(true);
  return { store, dialog };
}

describe('SkillDisabled', () => {
  test("NOT_PERSISTED deletes the listener's stored data; a later visit starts fresh", async () => {
    const { store, dialog } = await knownListener('user-disable');
    store.items.set('someone-else', { schemaVersion: 1, revision: 1, visits: 3 });

    const reply = await dialog.send(skillDisabledEvent('NOT_PERSISTED', { userId: 'user-disable', timestamp: T0 }));
    expect(reply.envelope.response.outputSpeech).toBeUndefined();
    expect(store.items.has('user-disable')).toBe(false);
    expect(store.items.has('someone-else')).toBe(true);

    // re-enabled later: a first visit again, nothing to repeat
    const launch = await dialog.setTime(daysAfter(T0, 2)).launch();
    expect(saysOneOf(launch.text, 'en-US', 'welcome.first')).toBe(true);
  });

  test('PERSISTED keeps the data, and the event itself writes nothing', async () => {
    const { store, dialog } = await knownListener('user-disable-keep');
    const before = structuredClone(store.items.get('user-disable-keep'));
    const counting = new CountingStore(store);
    const events = new Dialog({ store: counting, userId: 'user-disable-keep' });
    await events.send(skillDisabledEvent('PERSISTED', { userId: 'user-disable-keep', timestamp: T0 }));
    expect(store.items.get('user-disable-keep')).toEqual(before);
    expect(counting.calls).toEqual([]);

    const launch = await dialog.setTime(daysAfter(T0, 1)).launch();
    expect(saysOneOf(launch.text, 'en-US', 'welcome.back')).toBe(true);
  });

  test('NOT_PERSISTED for a listener with nothing stored is harmless', async () => {
    const store = new MemoryUserStore();
    const dialog = new Dialog({ store, userId: 'user-never-seen' });
    const reply = await dialog.send(skillDisabledEvent('NOT_PERSISTED', { userId: 'user-never-seen', timestamp: T0 }));
    expect(reply.envelope.response.outputSpeech).toBeUndefined();
    expect(store.items.size).toBe(0);
  });
});
