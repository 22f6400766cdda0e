import type { TurnResult } from '../session';

/**
 * A recording of spoken turns to be saved as a dialog file (record.ts): the web simulator's "Save as
 * dialog" (local/web/recorder.ts) and the terminal's `.record FILE` (scripts/dialog.ts) keep one each.
 * A dialog file (dialogs/*.yaml) is one locale, one user, one time zone and a fresh store, and says words
 * only, so a recording starts again when one of those changes; a dialog cannot begin inside a session, so
 * a recording started while one is open waits for the next. Bounded: the first MAX_RECORDED_TURNS.
 */

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
  /** A session that a dialog cannot start from is still open: turns are not recorded until it ends or a new one opens. */
  waitingForSessionEnd: boolean;
  /** Turns past MAX_RECORDED_TURNS were not recorded. */
  full: boolean;
}

/** What a recording needs of the conversation it follows. */
export interface RecordedConversation {
  locale: string;
  userId: string;
  timeZone: string;
  sessionOpen: boolean;
}

export function newRecording(c: RecordedConversation, restarted?: string): Recording {
  return {
    locale: c.locale,
    userId: c.userId,
    timeZone: c.timeZone,
    turns: [],
    startedWithStored: false,
    restarted,
    waitingForSessionEnd: c.sessionOpen,
    full: false,
  };
}

/** Which setting a dialog file has one of changed since the recording began ("" when none did). */
export function changedSetting(recording: Recording, c: RecordedConversation): string {
  if (recording.locale !== c.locale) return 'the locale';
  if (recording.userId !== c.userId) return 'the user';
  if (recording.timeZone !== c.timeZone) return 'the time zone';
  return '';
}

export function recordedTurn(turn: TurnResult): RecordedTurn {
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

/**
 * Adds a spoken turn after it ran; `storedBefore` says whether the user had a stored context before it
 * (kept for the first turn of a recording). Returns false when the turn was not recorded.
 */
export function addTurn(recording: Recording, turn: TurnResult, storedBefore: boolean): boolean {
  if (recording.waitingForSessionEnd) {
    // A turn that opened a new session (the invocation name again) can start a dialog; one that ended the old session cannot.
    const opened = turn.newSession;
    if (opened || !turn.sessionOpen) recording.waitingForSessionEnd = false;
    if (!opened) return false;
  }
  if (recording.turns.length >= MAX_RECORDED_TURNS) {
    recording.full = true;
    return false;
  }
  if (recording.turns.length === 0) recording.startedWithStored = storedBefore;
  recording.turns.push(recordedTurn(turn));
  return true;
}
