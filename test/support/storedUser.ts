import type { UserContext } from '../../lambda/domain/userContext';
import { emptyUserContext } from '../../lambda/domain/userContext';
import type { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { DEFAULT_USER_ID } from '../../tools/envelopes';

/** A returning listener's stored context as the store would hold it (revision 3, fifth visit). */
export function storedUser(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...emptyUserContext(),
    revision: 3,
    visits: 5,
    lastVisitDate: '2026-05-10',
    lastHeard: { itemId: 'batch-job-queues', at: 1 },
    ...overrides,
  };
}

/** What the memory store holds for a listener after the turns so far. */
export function savedContext(store: MemoryUserStore, userId = DEFAULT_USER_ID): UserContext {
  return store.items.get(userId) as unknown as UserContext;
}
