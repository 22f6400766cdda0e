import type { RequestEnvelope } from 'ask-sdk-model';
import { contentCatalog } from '../../../lambda/content/contentCatalog';
import type { ContentItem, TopicId } from '../../../lambda/content/types';
import { localDay } from '../../../lambda/domain/calendar';
import { questionOfTheDay } from '../../../lambda/domain/quiz';
import type { UserContext } from '../../../lambda/domain/userContext';
import type { MemoryUserStore } from '../../../lambda/persistence/memoryStore';
import { RevisionConflictError, type UserStore } from '../../../lambda/persistence/port';
import type { SlotValues } from '../../../tools/envelopes';
import { itemByCard, type Reply } from '../../support/driver';

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const MINUTE = 60_000;

export const en = contentCatalog('en');

/** A topic slot as Alexa sends it when entity resolution matched the value. */
export function topicSlot(topic: TopicId, spoken: string = topic): SlotValues {
  return { topic: { value: spoken, resolvedId: topic, slotType: 'TopicType' } };
}

/** The content item a reply served (found by its card). */
export function servedItem(reply: Reply): ContentItem {
  const item = itemByCard(en, reply.card?.text);
  if (!item) throw new Error(`reply served no known item: ${reply.text}`);
  return item;
}

export function daysAfter(start: Date, days: number, extraMs = 0): Date {
  return new Date(start.getTime() + days * DAY + extraMs);
}

/**
 * The first instant (at `hourUtc` o'clock UTC) on or after `from` whose local day in `timeZone` has the
 * question `questionId`. The days are searched, not computed, so tests can pick a question by id.
 */
export function dayWithQuestion(questionId: string, from: Date, timeZone = 'UTC'): Date {
  for (let d = 0; d < 400; d++) {
    const at = daysAfter(from, d);
    if (questionOfTheDay(en.questions, localDay(at.getTime(), timeZone))?.id === questionId) return at;
  }
  throw new Error(`no day with question ${questionId}`);
}

/** The user's context as the memory store holds it. */
export function storedContext(store: MemoryUserStore, userId: string): UserContext {
  const item = store.items.get(userId);
  if (!item) throw new Error(`nothing stored for ${userId}`);
  return item as unknown as UserContext;
}

export type StoreCall = 'get' | 'save' | 'delete' | 'backup';

/**
 * Counts every call the skill makes to a UserStore (and the conflicts it gets back), independently of
 * the skill's own request stats. `mark()` starts a new segment, so a test can count per turn.
 */
export class CountingStore implements UserStore {
  reads = 0;
  writes = 0;
  deletes = 0;
  backups = 0;
  conflicts = 0;
  failures = 0;
  readonly calls: { call: StoreCall; ok: boolean }[] = [];

  constructor(readonly inner: UserStore) {}

  reset(): void {
    this.reads = this.writes = this.deletes = this.backups = this.conflicts = this.failures = 0;
    this.calls.length = 0;
  }

  private async track<T>(call: StoreCall, run: () => Promise<T>): Promise<T> {
    try {
      const result = await run();
      this.calls.push({ call, ok: true });
      return result;
    } catch (error) {
      this.calls.push({ call, ok: false });
      if (error instanceof RevisionConflictError) this.conflicts += 1;
      else this.failures += 1;
      throw error;
    }
  }

  getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    this.reads += 1;
    return this.track('get', () => this.inner.getAttributes(envelope));
  }

  saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    this.writes += 1;
    return this.track('save', () => this.inner.saveAttributes(envelope, attributes));
  }

  deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    this.deletes += 1;
    return this.track('delete', () => this.inner.deleteAttributes(envelope));
  }

  backupAttributes(envelope: RequestEnvelope, raw: unknown, reason: string): Promise<void> {
    this.backups += 1;
    return this.track('backup', () => this.inner.backupAttributes(envelope, raw, reason));
  }
}
