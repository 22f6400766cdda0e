/**
 * What the simulator's JSON API answers (local/web/api.ts), as far as the page reads it. Declared here
 * rather than imported, so the browser code type-checks without the server's Node types.
 */

export interface Speech {
  ssml: string;
  text: string;
  plain: string;
}

export interface SsmlCheck {
  label: string;
  ssml: string;
  problems: string[];
}

export interface Exchange {
  request: { request?: { type?: string } } & Record<string, unknown>;
  response: Record<string, unknown> | null;
  error: string | null;
}

export interface SessionEnded {
  by: 'skill' | 'silence' | 'user' | 'error';
  reason?: string;
}

export interface SlotJson {
  name: string;
  type: string;
  value: string | null;
  resolution: { status: string; values: { id: string; name: string }[] } | null;
}

export interface Turn {
  index: number;
  /** How the turn was sent: words, an intent from the form, or a raw envelope. */
  input: 'utterance' | 'intent' | 'envelope';
  utterance: string;
  locale: string;
  route: { kind: string; reason?: string };
  routeText: string;
  sentToSkill: boolean;
  requestType: string | null;
  intent: string | null;
  slotsText: string;
  nlu: { slots: SlotJson[] } | null;
  explanation: string | null;
  timestamp: string | null;
  newSession: boolean;
  sessionId: string | null;
  sessionOpen: boolean;
  sessionEnded: SessionEnded | null;
  speech: Speech | null;
  reprompt: Speech | null;
  repromptPlayed: Speech | null;
  card: { type?: string; title?: string; text?: string; content?: string } | null;
  sessionAttributes: Record<string, unknown> | null;
  ssml: SsmlCheck[];
  ssmlOk: boolean;
  error: string | null;
  notes: string[];
  exchanges: Exchange[];
}

export interface SessionState {
  open: boolean;
  id: string | null;
  attributes: Record<string, unknown> | null;
}

export interface TurnSettings {
  locale: string;
  userId: string;
  timeZone: string;
  date: string;
  clock: string | null;
}

export interface StoredUser {
  userId: string;
  stored: Record<string, unknown> | null;
  storeError: string | null;
}

export interface ContextChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

export interface TurnAnswer {
  conversationId: string;
  turn: Turn;
  /** Server-measured milliseconds of the skill call(s) of this turn. */
  latency: { skillMs: number; calls: number[] };
  /** What the turn changed in the stored user context (null when the store could not be read). */
  storedDiff: { changes: ContextChange[]; more: number } | null;
  session: SessionState;
  settings: TurnSettings;
  user: StoredUser;
}

export interface IntentConfig {
  name: string;
  slots: { name: string; type: string }[];
}

export interface LocaleConfig {
  locale: string;
  invocationName: string;
  examples: string[];
  intents: IntentConfig[];
}

export interface Config {
  locales: LocaleConfig[];
  defaultLocale: string;
  defaultTimeZone: string;
  /** Where the default comes from (the server's LOCAL_TIME_ZONE, …), shown beside the field. */
  timeZoneSource: string;
  defaultUser: string;
  /** The skill id the envelopes carry (the server's SKILL_ID when it checks it). */
  skillId: string;
  timeZones: string[];
  maxUtteranceChars: number;
  maxConversations: number;
}

export interface SavedDialog {
  fileName: string;
  yaml: string;
  turns: number;
  replay: { status: 'passed' | 'failed' | 'skipped'; failures: string[] };
  notes: string[];
}

export interface ResetAnswer {
  conversationId: string | null;
  session: SessionState;
  user: StoredUser;
}
