import { contentCatalog } from '../../lambda/content/contentCatalog';
import type { Language, Locale } from '../../lambda/locale';
import { logger } from '../../lambda/observability/logger';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { Dialog } from '../support/driver';
import { saysOneOf } from '../support/prompts';

afterEach(() => {
  jest.restoreAllMocks();
});

/** What happened, in order: the lookups starting and answering, and the catalog being asked for. */
function recorder() {
  const events: string[] = [];
  const later = <T>(value: T, label: string) =>
    new Promise<T>((resolve) =>
      setImmediate(() => {
        events.push(label);
        resolve(value);
      }),
    );
  return { events, later };
}

test("a new session's catalog is read while its time zone and user context are in flight, not after", async () => {
  const { events, later } = recorder();
  const store = new MemoryUserStore();
  const read = store.getAttributes.bind(store);
  jest.spyOn(store, 'getAttributes').mockImplementation(async (...args) => {
    events.push('user read started');
    return later(await read(...args), 'user read answered');
  });
  const dialog = new Dialog({
    store,
    skillOptions: {
      timeZoneLookup: () => {
        events.push('zone lookup started');
        return later('Europe/Berlin', 'zone lookup answered');
      },
      catalogFor: (language: Language, locale?: Locale) => {
        events.push('catalog');
        return contentCatalog(language, locale);
      },
    },
  });
  const reply = await dialog.launch();
  expect(reply.text.length).toBeGreaterThan(0);
  expect(events.slice(0, 3)).toEqual(['zone lookup started', 'user read started', 'catalog']);
  expect(events).toContain('zone lookup answered');
  expect(events.indexOf('catalog')).toBeLessThan(events.indexOf('user read answered'));
});

test('a catalog that throws while the lookups are in flight: a kind answer, and no unhandled rejection when a lookup fails after', async () => {
  jest.spyOn(logger, 'error').mockImplementation(() => undefined);
  jest.spyOn(logger, 'warn').mockImplementation(() => undefined);
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  try {
    const store = new MemoryUserStore();
    jest
      .spyOn(store, 'getAttributes')
      .mockImplementation(() => new Promise((_, reject) => setImmediate(() => reject(new Error('store down')))));
    const dialog = new Dialog({
      store,
      skillOptions: {
        timeZoneLookup: () => new Promise((_, reject) => setImmediate(() => reject(new Error('settings api down')))),
        catalogFor: () => {
          throw new Error('content bundle is corrupt');
        },
      },
    });
    const reply = await dialog.launch();
    expect(saysOneOf(reply.text, 'en-US', 'error')).toBe(true);
    // Let the failed lookups settle, and the event loop report what nobody handled.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(unhandled).toEqual([]);
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
});
