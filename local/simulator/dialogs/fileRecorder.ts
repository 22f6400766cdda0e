import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import type { ModelSource } from '../model';
import type { TurnResult } from '../session';
import { unwritablePath, writeWithFolders } from '../writeWithFolders';
import { recordingToDialog } from './record';
import { addTurn, changedSetting, newRecording, type RecordedConversation, type Recording } from './recording';
import { DIALOGS_DIR } from './types';

/** A path as the user would type it: relative below the working directory, else absolute. */
function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

/**
 * The terminal's `.record FILE` … `.stop` (scripts/dialog.ts): records the spoken turns and writes them as a
 * dialog file through the web's exporter (record.ts), replayed through the dialogs runner first. Every
 * method returns the lines to print, so the REPL stays a loop.
 */
export class DialogFileRecorder {
  private recording?: Recording;
  private file?: string;

  constructor(
    private readonly conversation: RecordedConversation,
    private readonly options: { models?: ModelSource; cwd?: string } = {},
  ) {}

  get active(): boolean {
    return this.recording !== undefined;
  }

  /** `.record FILE`: starts recording to FILE (".yaml" added when it has no extension). */
  start(file: string): string[] {
    if (this.recording) return [`  (already recording to ${this.shown()}; .stop writes it)`];
    if (!file) return ['  (.record FILE starts recording, e.g. .record dialogs/en-US/my-journey.yaml; .stop writes it)'];
    if (extname(file) && !/^\.ya?ml$/i.test(extname(file)))
      return [`  (a recording is a YAML dialog: name it .yaml, not ${extname(file)})`];
    const target = resolve(this.options.cwd ?? process.cwd(), extname(file) ? file : `${file}.yaml`);
    // Said now, not after the session: a folder that is a file cannot hold the recording.
    const problem = unwritablePath(target);
    if (problem) return [`  (cannot record to ${shownPath(target)}: ${problem}; .record another file)`];
    this.file = target;
    this.recording = newRecording(this.conversation);
    const wait = this.recording.waitingForSessionEnd ? '; a session is open, so it starts with the next one (say stop first)' : '';
    return [`  (recording to ${this.shown()}${wait}; .stop writes it)`];
  }

  /** Before a spoken turn: a new locale, user or time zone starts the recording again, as a dialog file has one of each. */
  beforeTurn(): string[] {
    if (!this.recording) return [];
    const what = changedSetting(this.recording, this.conversation);
    if (!what) return [];
    this.recording = newRecording(this.conversation, `${what} changed (a dialog file has one)`);
    return [`  (recording started again: ${what} changed, and a dialog file has one)`];
  }

  /** `.new` forgets the session: what follows cannot continue the recorded one. */
  restart(why: string): string[] {
    if (!this.recording) return [];
    this.recording = newRecording(this.conversation, why);
    return [`  (recording started again: ${why})`];
  }

  /** Whether the next turn is the first of the recording (the REPL then says whether the user had a stored context). */
  get wantsStoredBefore(): boolean {
    return this.recording !== undefined && this.recording.turns.length === 0;
  }

  afterTurn(turn: TurnResult, storedBefore: boolean): void {
    if (this.recording) addTurn(this.recording, turn, storedBefore);
  }

  /** `.stop` (or `.record` again, or the end of input): replays the recording and writes the file. */
  async stop(): Promise<string[]> {
    const recording = this.recording;
    const file = this.file;
    this.recording = undefined;
    this.file = undefined;
    if (!recording || !file) return ['  (not recording; .record FILE starts)'];
    if (recording.turns.length === 0) return [`  (nothing recorded, ${shownPath(file)} not written)`];
    const inDialogs = !relative(DIALOGS_DIR, file).startsWith('..');
    const name = relative(inDialogs ? DIALOGS_DIR : dirname(file), file);
    const filter = name.replace(/\.ya?ml$/i, '');
    const saved = await recordingToDialog(recording, {
      fileName: file,
      recordedIn: 'terminal (npm run dialog)',
      replayWith: inDialogs ? `npm run dialogs -- ${filter}` : `npm run dialogs -- --dir ${shownPath(dirname(file))} ${filter}`,
      models: this.options.models,
    });
    const summary = `${saved.turns} turn${saved.turns === 1 ? '' : 's'}; replayed: ${saved.replay.status}`;
    const lines: string[] = [];
    try {
      writeWithFolders(file, saved.yaml);
      lines.push(`  (wrote ${shownPath(file)}: ${summary})`);
    } catch (error) {
      // The recording is the developer's work: a path that cannot be written must not lose it.
      const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      const fallback = join(mkdtempSync(join(tmpdir(), 'fortune-cookie-recording-')), basename(file));
      writeFileSync(fallback, saved.yaml);
      lines.push(`  (could not write ${shownPath(file)} (${why}); wrote the recording to ${fallback} instead: ${summary})`);
    }
    for (const note of saved.notes) lines.push(`  note: ${note}`);
    for (const failure of saved.replay.failures) lines.push(`  replay: ${failure}`);
    return lines;
  }

  private shown(): string {
    return this.file ? shownPath(this.file) : '';
  }
}
