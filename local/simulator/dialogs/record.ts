/**
 * A recording (recording.ts) as a scripted dialog in the format `npm run dialogs` replays
 * (dialogs/README.md), with each turn's expectations filled from what happened: the intent and slots, the
 * session open or closed, a line of the speech, the date when the clock jumped. The file is replayed
 * through the dialogs runner before it is handed out (a fresh store and the runner's seeded phrasings,
 * not the live ones), and where the replay differs from the live turn the file says so in a comment and
 * expects what replays: speech that varies becomes `anyOf` both phrasings. One implementation for the web
 * simulator's "Save as dialog" (local/web/dialogExport.ts) and the terminal's `.record` (scripts/dialog.ts).
 */
import { stringify } from 'yaml';
import { timeZoneOffsetMs } from '../clock';
import type { ModelSource } from '../model';
import { includesText } from './check';
import { parseDialog } from './read';
import type { RecordedTurn, Recording } from './recording';
import { runDialog } from './run';
import type { DialogRun, TurnOutcome } from './types';

/** A clock gap longer than this between two turns is written as the turn's `date:` (the runner steps 6 s a turn). */
const DATE_GAP_MS = 60_000;
const FRAGMENT_CHARS = 70;

export interface SavedDialog {
  fileName: string;
  yaml: string;
  turns: number;
  /** The final file replayed through the dialogs runner. */
  replay: { status: DialogRun['status']; failures: string[] };
  /** What the file could not keep as it happened (also comments in the file). */
  notes: string[];
}

/** The first sentence of the speech, cut at a word near FRAGMENT_CHARS: specific, but not the whole line. */
export function speechFragment(speech: string): string {
  const first = (speech.split(/(?<=[.!?])\s+/)[0] ?? '').trim();
  if (first.length <= FRAGMENT_CHARS) return first;
  const cut = first.slice(0, FRAGMENT_CHARS);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 20)).trim();
}

function localDay(iso: string, timeZone: string): string {
  const instant = Date.parse(iso);
  return new Date(instant + timeZoneOffsetMs(instant, timeZone)).toISOString().slice(0, 10);
}

type TurnDoc = Record<string, unknown> & { user: string };

/** The words and dates of the recording: what the replay needs to run, before any expectation. */
function skeleton(recording: Recording, recordedIn: string): { header: Record<string, unknown>; turns: TurnDoc[] } {
  const turns: TurnDoc[] = [];
  let last: number | undefined;
  let lastDay: string | undefined;
  for (const [i, t] of recording.turns.entries()) {
    const doc: TurnDoc = { user: t.user };
    if (t.timestamp && i > 0) {
      const at = Date.parse(t.timestamp);
      const day = localDay(t.timestamp, recording.timeZone);
      if (last === undefined || at - last > DATE_GAP_MS || day !== lastDay) doc.date = t.timestamp;
    }
    if (t.timestamp) {
      last = Date.parse(t.timestamp);
      lastDay = localDay(t.timestamp, recording.timeZone);
    }
    turns.push(doc);
  }
  const first = recording.turns.find((t) => t.timestamp)?.timestamp;
  const header: Record<string, unknown> = {
    name: `recorded in the ${recordedIn}${first ? ` (${first.slice(0, 10)})` : ''}`,
    locale: recording.locale,
    userId: recording.userId,
    timeZone: recording.timeZone,
  };
  if (first) header.date = first;
  return { header, turns };
}

function slotsMatch(live: Record<string, string>, replay: TurnOutcome): boolean {
  return Object.entries(live).every(([name, value]) => {
    const slot = replay.turn.nlu?.slots[name];
    const ids = slot?.resolution?.status === 'ER_SUCCESS_MATCH' ? slot.resolution.values.map((v) => v.id) : [];
    return slot?.value !== undefined && [slot.value, ...ids].includes(value);
  });
}

/** Expectations for one turn: what happened live, where the replay agrees; notes where it does not. */
function expectations(doc: TurnDoc, live: RecordedTurn, replay: TurnOutcome | undefined, n: number, notes: string[]): TurnDoc {
  if (!replay) return doc;
  const replayRouted = replay.turn.route.kind !== 'unrouted';
  if (!live.routed) {
    if (!replayRouted) doc.routed = false;
    else notes.push(`turn ${n}: live, Alexa did not send "${live.user}" to the skill; in the replay it did`);
    return doc;
  }
  if (!replayRouted) {
    notes.push(`turn ${n}: the replay did not send "${live.user}" to the skill (a session the replay does not have?)`);
    return doc;
  }
  const replayIntent = replay.turn.intent ?? replay.turn.requestType;
  if (live.intent) {
    if (live.intent === replayIntent) doc.intent = live.intent;
    else notes.push(`turn ${n}: live ${live.intent}, in the replay ${replayIntent ?? 'nothing'}`);
  }
  if (Object.keys(live.slots).length && live.intent === replayIntent) {
    if (slotsMatch(live.slots, replay)) doc.slots = live.slots;
    else notes.push(`turn ${n}: the replay filled the slots differently from ${JSON.stringify(live.slots)}`);
  }
  const fragment = speechFragment(live.speech);
  const replaySpeech = replay.turn.speech?.plain ?? '';
  if (fragment) {
    if (includesText(replaySpeech, fragment)) doc.says = fragment;
    else if (replaySpeech) doc.anyOf = [fragment, speechFragment(replaySpeech)];
    else notes.push(`turn ${n}: the replay said nothing where the skill said "${fragment}"`);
  }
  if (live.sessionOpen === replay.turn.sessionOpen) doc.sessionOpen = live.sessionOpen;
  else notes.push(`turn ${n}: live the session was ${live.sessionOpen ? 'open' : 'closed'} after it, in the replay not`);
  return doc;
}

function toYaml(header: Record<string, unknown>, turns: TurnDoc[], comments: string[]): string {
  const body = stringify({ ...header, turns }, { lineWidth: 0 });
  return `${comments.map((c) => `# ${c}`).join('\n')}\n${body}`;
}

async function replay(yaml: string, fileName: string, models?: ModelSource): Promise<DialogRun> {
  return runDialog(parseDialog(yaml, fileName), { models });
}

export interface RecordOptions {
  /** The file's name (or path), as the replay and the comments name it. */
  fileName: string;
  /** Where it was recorded ("web simulator", "terminal"), for the name and the first comment. */
  recordedIn: string;
  /** How to replay the file once it is saved, for the first comment. */
  replayWith: string;
  models?: ModelSource;
}

/** The recording as a dialog file, replayed through the dialogs runner (the result is in `replay`). */
export async function recordingToDialog(recording: Recording, options: RecordOptions): Promise<SavedDialog> {
  const { fileName, models } = options;
  const { header, turns } = skeleton(recording, options.recordedIn);
  const notes: string[] = [];
  if (recording.restarted) notes.push(`the recording started again when ${recording.restarted}: earlier turns are not in this file`);
  if (recording.startedWithStored) notes.push('the user had a stored context when the recording began; the replay starts from none');
  if (recording.full) notes.push(`only the first ${recording.turns.length} turns were recorded`);

  const first = await replay(toYaml(header, turns, []), fileName, models);
  const documented = turns.map((doc, i) => expectations({ ...doc }, recording.turns[i]!, first.turns[i], i + 1, notes));
  const comments = [
    `Recorded in the Fortune Cookie ${options.recordedIn}; replay with: ${options.replayWith}`,
    'Expectations are what happened live, where a replay (fresh store, seeded phrasings) agrees; varying speech is anyOf.',
    ...notes.map((note) => `Note: ${note}`),
  ];
  const yaml = toYaml(header, documented, comments);
  const final = await replay(yaml, fileName, models);
  return { fileName, yaml, turns: documented.length, replay: { status: final.status, failures: final.failures }, notes };
}
