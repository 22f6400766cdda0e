import { randomUUID } from 'node:crypto';
import type { UserStore } from '../../lambda/persistence/port';
import { buildSkill } from '../../lambda/skill';
import { SimClock } from '../simulator/clock';
import type { ModelSource } from '../simulator/model';
import { Conversation, type SkillLike } from '../simulator/session';

/** One browser conversation: the simulator's Conversation plus what the page last asked for. */
export interface ConversationEntry {
  id: string;
  conversation: Conversation;
  /** The date field as last applied ('' = real time) and the time zone it was read in. */
  appliedDate: string;
  appliedDateZone: string;
  createdAt: number;
  lastUsed: number;
  /** Turns of one conversation run one after another. */
  queue: Promise<unknown>;
}

export interface ConversationPoolOptions {
  store: UserStore;
  models: ModelSource;
  /** At most this many conversations are kept; the least recently used is dropped first. */
  maxConversations?: number;
  /** Phrasing choice for the skill (default Math.random); tests pass a seeded source. */
  random?: () => number;
  /** Builds the skill for a conversation; the default is the real skill with the page's time zone. */
  skillFor?: (entry: { timeZone: () => string }) => SkillLike;
}

export const DEFAULT_MAX_CONVERSATIONS = 200;

/**
 * The web simulator's conversations, in memory and bounded: a Map in least-recently-used order, so
 * the oldest conversation is evicted when a new one would exceed the cap.
 *
 * Each conversation gets the skill built the way the Lambda and the local server build it (same
 * store), except that the Settings API lookup answers the time zone chosen on the page.
 */
export class ConversationPool {
  private readonly entries = new Map<string, ConversationEntry>();
  readonly maxConversations: number;

  constructor(private readonly options: ConversationPoolOptions) {
    this.maxConversations = Math.max(1, options.maxConversations ?? DEFAULT_MAX_CONVERSATIONS);
  }

  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** An existing conversation (marked as recently used), or undefined. */
  get(id: string): ConversationEntry | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    this.entries.delete(id);
    this.entries.set(id, entry);
    entry.lastUsed = Date.now();
    return entry;
  }

  /** The conversation with this id, created (with these settings) when it does not exist. */
  obtain(id: string | undefined, settings: { locale: string; userId: string; timeZone: string }): ConversationEntry {
    const existing = id === undefined ? undefined : this.get(id);
    if (existing) return existing;
    const conversationId = id ?? randomUUID();
    const holder: { conversation?: Conversation } = {};
    const timeZone = () => holder.conversation?.timeZone ?? settings.timeZone;
    const skill = this.options.skillFor
      ? this.options.skillFor({ timeZone })
      : (buildSkill({
          store: this.options.store,
          random: this.options.random,
          timeZoneLookup: async () => timeZone(),
        }) as unknown as SkillLike);
    const conversation = new Conversation({
      skill,
      locale: settings.locale,
      userId: settings.userId,
      timeZone: settings.timeZone,
      clock: new SimClock(),
      models: this.options.models,
    });
    holder.conversation = conversation;
    const now = Date.now();
    const entry: ConversationEntry = {
      id: conversationId,
      conversation,
      appliedDate: '',
      appliedDateZone: settings.timeZone,
      createdAt: now,
      lastUsed: now,
      queue: Promise.resolve(),
    };
    this.entries.set(conversationId, entry);
    while (this.entries.size > this.maxConversations) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return entry;
  }

  /** Runs work for a conversation after the work already queued for it. */
  run<T>(entry: ConversationEntry, work: () => Promise<T>): Promise<T> {
    const result = entry.queue.then(work, work);
    entry.queue = result.catch(() => undefined);
    return result;
  }

  delete(id: string): boolean {
    return this.entries.delete(id);
  }

  ids(): string[] {
    return [...this.entries.keys()];
  }
}
