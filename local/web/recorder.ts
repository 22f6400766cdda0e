/**
 * What "Save as dialog" saves: each conversation's spoken turns since the last point a dialog file could
 * start from (the rules are local/simulator/dialogs/recording.ts, shared with the terminal's `.record`).
 * Here the recording also starts again after New session or Reset user, and after an intent or envelope
 * turn; when that leaves a session open, it waits for the session to end.
 */
import { addTurn, changedSetting, newRecording, type Recording } from '../simulator/dialogs/recording';
import type { TurnResult } from '../simulator/session';
import type { ConversationEntry } from './conversations';

export { MAX_RECORDED_TURNS, type RecordedTurn, type Recording } from '../simulator/dialogs/recording';

// Per conversation entry; an evicted conversation takes its recording with it.
const recordings = new WeakMap<ConversationEntry, Recording>();

function fresh(entry: ConversationEntry, restarted?: string): Recording {
  const recording = newRecording(entry.conversation, restarted);
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

/** Before a turn, once the page's settings are applied: a new locale, user or time zone starts the recording again. */
export function prepareRecording(entry: ConversationEntry): void {
  const recording = recordings.get(entry);
  if (!recording) {
    fresh(entry);
    return;
  }
  const what = changedSetting(recording, entry.conversation);
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
  addTurn(recording, turn, storedBefore);
}
