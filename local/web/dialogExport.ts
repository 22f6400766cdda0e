/**
 * "Save as dialog": the conversation's recording (recorder.ts) as a YAML dialog for dialogs/, through the
 * exporter the terminal's `.record` uses too (local/simulator/dialogs/record.ts).
 */
import { recordingToDialog, type SavedDialog } from '../simulator/dialogs/record';
import type { Recording } from '../simulator/dialogs/recording';
import type { ModelSource } from '../simulator/model';

export type { SavedDialog } from '../simulator/dialogs/record';

export async function exportDialog(recording: Recording, models?: ModelSource, now = new Date()): Promise<SavedDialog> {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, '')
    .replace('T', '-');
  const fileName = `web-${recording.locale}-${stamp}.yaml`;
  return recordingToDialog(recording, {
    fileName,
    recordedIn: 'web simulator',
    replayWith: `npm run dialogs -- ${fileName.replace(/\.yaml$/, '')}`,
    models,
  });
}
