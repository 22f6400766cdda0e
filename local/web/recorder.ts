/**
 * What "Save as dialog" saves: each conversation's spoken turns since the last point a dialog file could
 * start from. A dialog file (dialogs/*.yaml) is one locale, one user, one time zone and a fresh store,
 * and says words only, so the recording starts again when one of those changes, after New session or
 * Reset user, and after an intent or envelope turn; when that leaves a session open, it waits for the
 * session to end, since a dialog cannot begin inside a session. Bounded: the first MAX_RECORDED_TURNS.
 */
import type { TurnResult } from '../simulator/session';
import type { ConversationEntry } from './conversations';

export const MAX_RECORDED_TURNS = 100;
/** Enough speech to pick an expectation from; the rest is not needed. */
const MAX_SPEECH_CHARS = 400;

export interface RecordedTurn {
  user: string;
  timestamp?: string;
  routed: boolean;
  /** The intent, or the request type (LaunchRequest, SessionEndedRequest), as a dialog's `intent:` names it. */
  intent?: string;
  /** Filled slots: the resolved id, else the value said. */
  slots: Record<string, string>;
  sessionOpen: boolean;
  speech: string;
}

export interface Recording {
  locale: string;
  userId: string;
  timeZone: string;
  turns: RecordedTurn[];
  /** The user had a stored context when the recording began (a replay starts from none). */
  startedWithStored: boolean;
  /** Why the recording last started again (shown when saving). */
  restarted?: string;
  /** A session opened by something a dialog cannot say is still open: turns are not recorded until it ends or a new one opens. */
  waitingForSessionEnd: boolean;
  /** Turns past MAX_RECORDED_TURNS were not recorded. */
  full: boolean;
}

// Per conversation entry; an evicted conversation takes its recording with it.
const recordings = new WeakMap<ConversationEntry, Recording>();

function fresh(entry: ConversationEntry, restarted?: string): Recording {
  const c = entry.conversation;
  const recording: Recording = {
    locale: c.locale,
    userId: c.userId,
    timeZone: c.timeZone,
    turns: [],
    startedWithStored: false,
    restarted,
    waitingForSessionEnd: c.sessionOpen,
    full: false,
  };
  recordings.set(entry, recording);
  return recording;
}

export function recordingOf(entry: ConversationEntry): Recording | undefined {
  return recordings.get(entry);
}

/** Starts the recording again (New session, Reset user), saying why. */
export function restartRecording(entry: ConversationEntry, why: string): void {
  fresh(entry, why);
}

function summary(turn: TurnResult): RecordedTurn {
  const slots: Record<string, string> = {};
  for (const [name, slot] of Object.entries(turn.nlu?.slots ?? {})) {
    if (slot.value === undefined) continue;
    const id = slot.resolution?.status === 'ER_SUCCESS_MATCH' ? slot.resolution.values[0]?.id : undefined;
    slots[name] = id ?? slot.value;
  }
  return {
    user: turn.utterance,
    timestamp: turn.timestamp,
    routed: turn.route.kind !== 'unrouted',
    intent: turn.intent ?? turn.requestType,
    slots,
    sessionOpen: turn.sessionOpen,
    speech: (turn.speech?.plain ?? '').slice(0, MAX_SPEECH_CHARS),
  };
}

/** Before a turn, once the page's settings are applied: a new locale, user or time zone starts the recording again. */
export function prepareRecording(entry: ConversationEntry): void {
  const c = entry.conversation;
  const recording = recordings.get(entry);
  if (!recording) {
    fresh(entry);
    return;
  }
  const what =
    recording.locale !== c.locale
      ? 'the locale'
      : recording.userId !== c.userId
        ? 'the user'
        : recording.timeZone !== c.timeZone
          ? 'the time zone'
          : '';
  if (what) fresh(entry, `${what} changed (a dialog file has one)`);
}

/**
 * Records a turn after it ran (after prepareRecording). `direct` names an intent or envelope turn;
 * `storedBefore` says whether the user had a stored context before it (for the first turn of a recording).
 */
export function recordTurn(
  entry: ConversationEntry,
  turn: TurnResult,
  direct: 'intent' | 'envelope' | undefined,
  storedBefore: boolean,
): void {
  const recording = recordings.get(entry) ?? fresh(entry);
  if (direct) {
    fresh(entry, `turn ${entry.turnCount} was ${direct === 'intent' ? 'an intent' : 'an envelope'}, which a dialog file cannot say`);
    return;
  }
  if (recording.waitingForSessionEnd) {
    // A turn that opened a new session (the invocation name again) can start a dialog; one that ended the old session cannot.
    const opened = turn.newSession;
    if (opened || !turn.sessionOpen) recording.waitingForSessionEnd = false;
    if (!opened) return;
  }
  if (recording.turns.length >= MAX_RECORDED_TURNS) {
    recording.full = true;
    return;
  }
  if (recording.turns.length === 0) recording.startedWithStored = storedBefore;
  recording.turns.push(summary(turn));
}
