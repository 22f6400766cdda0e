import { emptyUserContext } from '../../lambda/domain/userContext';

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
