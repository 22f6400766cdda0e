import { USER_CONTEXT_SCHEMA_VERSION, upgrade } from '../../lambda/domain/userContext';
import { logger } from '../../lambda/observability/logger';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { Dialog, T0 } from '../support/driver';
import { saysOneOf } from '../support/prompts';
import { CountingStore, en, servedItem, storedContext } from './support/scenario';

const OLD_ITEM = en.series('postmortems')[5]!;

afterEach(() => jest.restoreAllMocks());

describe('schema v0 items are upgraded, never discarded', () => {
  test('the schema version is documented and current is 2', () => {
    expect(USER_CONTEXT_SCHEMA_VERSION).toBe(2);
    expect(upgrade({ lastItemId: OLD_ITEM.id, visits: 4 })).toMatchObject({
      schemaVersion: 2,
      visits: 4,
      lastHeard: { itemId: OLD_ITEM.id },
    });
  });

  test('a v0 item ({lastItemId, visits}) is read, its data used, and written back as the current version keeping it', async () => {
    const error = jest.spyOn(logger, 'error');
    const store = new MemoryUserStore();
    store.items.set('user-v0', { lastItemId: OLD_ITEM.id, visits: 4 });
    const dialog = new Dialog({ store, userId: 'user-v0' });

    // the old last item is what "say that again" replays
    const again = await dialog.oneShot('AMAZON.RepeatIntent');
    expect(servedItem(again).id).toBe(OLD_ITEM.id);

    const stored = storedContext(store, 'user-v0');
    expect(stored).toMatchObject({
      schemaVersion: USER_CONTEXT_SCHEMA_VERSION,
      revision: 1,
      visits: 5,
      lastHeard: { itemId: OLD_ITEM.id },
      series: {},
      quiz: { streak: 0, answered: 0, correct: 0 },
    });
    expect(stored).not.toHaveProperty('lastItemId');
    expect(store.backups).toEqual([]);
    expect(error).not.toHaveBeenCalled();
  });

  test('a v0 listener is a returning listener: welcome back, not the first welcome', async () => {
    const store = new MemoryUserStore();
    store.items.set('user-v0-launch', { lastItemId: OLD_ITEM.id, visits: 2 });
    const launch = await new Dialog({ store, userId: 'user-v0-launch' }).launch();
    expect(saysOneOf(launch.text, 'en-US', 'welcome.back')).toBe(true);
    expect(saysOneOf(launch.text, 'en-US', 'welcome.first')).toBe(false);
    expect(storedContext(store, 'user-v0-launch')).toMatchObject({ schemaVersion: 2, visits: 3 });
  });

  test('a v0 item with only some fields (or odd types) still upgrades', async () => {
    const store = new MemoryUserStore();
    store.items.set('user-v0-partial', { visits: 'lots', lastItemId: 42 });
    const launch = await new Dialog({ store, userId: 'user-v0-partial' }).launch();
    expect(launch.text.length).toBeGreaterThan(0);
    expect(storedContext(store, 'user-v0-partial')).toMatchObject({ schemaVersion: 2, visits: 1 });
    expect(store.backups).toEqual([]);
  });
});

describe('unreadable items are logged and kept before being replaced', () => {
  const cases: [string, unknown][] = [
    ['a string', 'this is not a user context'],
    ['an array', [1, 2, 3]],
    ['a non-numeric schema version', { schemaVersion: 'two', visits: 3 }],
  ];

  test.each(cases)(
    '%s: logged, backed up first, then replaced by a fresh v1 context; the listener still gets an answer',
    async (_, raw) => {
      const error = jest.spyOn(logger, 'error');
      const memory = new MemoryUserStore();
      memory.items.set('user-unreadable', raw as Record<string, unknown>);
      const store = new CountingStore(memory);
      const launch = await new Dialog({ store, userId: 'user-unreadable' }).launch();
      expect(launch.text.length).toBeGreaterThan(0);
      expect(launch.open).toBe(true);

      expect(error).toHaveBeenCalledWith(expect.stringMatching(/unreadable/), expect.anything());
      expect(memory.backups).toHaveLength(1);
      expect(memory.backups[0]).toMatchObject({ key: 'user-unreadable', raw });
      expect(memory.backups[0]!.reason).toMatch(/unreadable/);
      // the copy is kept before anything is written over the item
      expect(store.calls.map((c) => c.call)).toEqual(['get', 'backup', 'save']);
      expect(storedContext(memory, 'user-unreadable')).toMatchObject({ schemaVersion: 2, visits: 1 });
    },
  );

  test('when the backup cannot be written, the unreadable item is left untouched (and the answer still comes)', async () => {
    const error = jest.spyOn(logger, 'error');
    const memory = new MemoryUserStore();
    const raw = { schemaVersion: 'ninety-nine', revision: 3, visits: 12 };
    memory.items.set('user-unreadable-nobackup', raw);
    memory.backupAttributes = async () => {
      throw new Error('backup table unavailable');
    };
    const dialog = new Dialog({ store: memory, userId: 'user-unreadable-nobackup' });
    const launch = await dialog.launch();
    expect(launch.text.length).toBeGreaterThan(0);
    await dialog.intent('AMAZON.NextIntent');
    await dialog.intent('AMAZON.StopIntent');
    expect(memory.items.get('user-unreadable-nobackup')).toEqual(raw);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/could not back up/), expect.anything());
  });

  test('the replacement continues the stored revision, so the conditional write succeeds', async () => {
    const memory = new MemoryUserStore();
    memory.items.set('user-unreadable-rev', { schemaVersion: 'two', revision: 3 });
    await new Dialog({ store: memory, userId: 'user-unreadable-rev', at: T0 }).launch();
    expect(storedContext(memory, 'user-unreadable-rev').revision).toBe(4);
  });
});
