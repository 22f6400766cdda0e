import { randomUUID } from 'node:crypto';
import type { UserStore } from '../../lambda/persistence/port';
import { SimClock } from '../simulator/clock';
import { buildLocalSkill } from '../simulator/localSkill';
import type { ModelSource } from '../simulator/model';
import { Conversation, type SkillLike } from '../simulator/session';

/** One browser conversation: the simulator's Conversation plus what the page last asked for. */
export interface ConversationEntry {
  id: string;
  conversation: Conversation;
  /** The date field as last applied ('' = real time) and the time zone a YYYY-MM-DD date was read in. */
  appliedDate: string;
  appliedDateZone: string;
  /** Turns answered so far (the Conversation itself keeps only the last few). */
  turnCount: number;
  /** Milliseconds of each skill call since the route last emptied it (the server's measure of one turn). */
  skillMs: number[];
  createdAt: number;
  lastUsed: number;
  /** Sets the device's time zone (what the skill's Settings API lookup answers from the next session on). */
  setTimeZone(timeZone: string): void;
  /** Releases what the conversation holds outside itself (its device's time-zone override). */
  dispose(): void;
  /** Turns of one conversation run one after another. */
  queue: Promise<unknown>;
}

/**
 * The local server's skill and fake Settings API (local/server.ts, local/settingsApi.ts): each
 * conversation is its own device, whose time zone the fake Settings API answers.
 */
export interface SharedSkill {
  skill: SkillLike;
  setDeviceTimeZone(deviceId: string, timeZone: string | undefined): void;
}

export interface ConversationPoolOptions {
  store: UserStore;
  models: ModelSource;
  /** At most this many conversations are kept; the least recently used is dropped first. */
  maxConversations?: number;
  /** The server's skill, reached with the server's own URL as apiEndpoint. Without it, each conversation builds the skill in-process. */
  shared?: SharedSkill;
  /** Phrasing choice for an in-process skill (default Math.random); tests pass a seeded source. */
  random?: () => number;
  /** Builds an in-process skill for a conversation (tests); default: the real skill on `store`, time zone from the page. */
  skillFor?: (entry: { timeZone: () => string }) => SkillLike;
  /** The skill id the envelopes carry (the server's SKILL_ID, when it checks it). */
  skillId?: string;
}

export interface NewConversationSettings {
  locale: string;
  userId: string;
  timeZone: string;
  /** The server's own URL, for the shared skill's Settings API calls. */
  apiEndpoint?: string;
}

export const DEFAULT_MAX_CONVERSATIONS = 200;

/**
 * The web simulator's conversations, in memory and bounded: a Map in least-recently-used order, so
 * the oldest conversation is evicted when a new one would exceed the cap.
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

  /** Talks to the local server's skill (through its fake Settings API) rather than an in-process one. */
  get sharesServerSkill(): boolean {
    return this.options.shared !== undefined;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  ids(): string[] {
    return [...this.entries.keys()];
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
  obtain(id: string | undefined, settings: NewConversationSettings): ConversationEntry {
    const existing = id === undefined ? undefined : this.get(id);
    if (existing) return existing;
    const entry = this.create(id ?? randomUUID(), settings);
    this.entries.set(entry.id, entry);
    while (this.entries.size > this.maxConversations) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
    return entry;
  }

  delete(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    this.entries.delete(id);
    entry.dispose();
    return true;
  }

  /** Forgets every conversation. */
  clear(): void {
    for (const id of this.ids()) this.delete(id);
  }

  /** Runs work for a conversation after the work already queued for it. */
  run<T>(entry: ConversationEntry, work: () => Promise<T>): Promise<T> {
    const result = entry.queue.then(work, work);
    entry.queue = result.catch(() => undefined);
    return result;
  }

  private create(id: string, settings: NewConversationSettings): ConversationEntry {
    const shared = this.options.shared;
    const holder: { conversation?: Conversation } = {};
    const currentZone = () => holder.conversation?.timeZone ?? settings.timeZone;
    let skill: SkillLike;
    let deviceId: string | undefined;
    if (shared) {
      skill = shared.skill;
      // One device per conversation, so each page's time zone is its own.
      deviceId = `amzn1.ask.device.WEBSIM${id.replace(/[^A-Za-z0-9]/g, '').toUpperCase()}`;
    } else if (this.options.skillFor) {
      skill = this.options.skillFor({ timeZone: currentZone });
    } else {
      skill = buildLocalSkill({
        store: this.options.store,
        random: this.options.random,
        skillId: this.options.skillId,
        timeZone: currentZone,
      });
    }
    const skillMs: number[] = [];
    const conversation = new Conversation({
      skill: timed(skill, skillMs),
      locale: settings.locale,
      userId: settings.userId,
      deviceId,
      skillId: this.options.skillId,
      timeZone: settings.timeZone,
      apiEndpoint: shared ? settings.apiEndpoint : undefined,
      clock: new SimClock(),
      models: this.options.models,
    });
    holder.conversation = conversation;
    const setTimeZone = (timeZone: string) => {
      conversation.timeZone = timeZone;
      if (shared && deviceId) shared.setDeviceTimeZone(deviceId, timeZone);
    };
    setTimeZone(settings.timeZone);
    const now = Date.now();
    return {
      id,
      conversation,
      appliedDate: '',
      appliedDateZone: '',
      turnCount: 0,
      skillMs,
      createdAt: now,
      lastUsed: now,
      setTimeZone,
      dispose: () => {
        if (shared && deviceId) shared.setDeviceTimeZone(deviceId, undefined);
      },
      queue: Promise.resolve(),
    };
  }
}

/** The skill with each call's duration pushed to `into` (bounded: a turn makes one to three calls). */
function timed(skill: SkillLike, into: number[]): SkillLike {
  return {
    invoke: async (envelope, context) => {
      const started = performance.now();
      try {
        return await skill.invoke(envelope, context);
      } finally {
        if (into.length < 16) into.push(Math.round((performance.now() - started) * 10) / 10);
      }
    },
  };
}
