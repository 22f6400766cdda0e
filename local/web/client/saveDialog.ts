/**
 * "Save as dialog": the server writes the conversation's recorded turns as a scripted dialog (YAML) and
 * replays it through the dialogs runner first; the page downloads the file and says how the replay went.
 */
import { post } from './api';
import { hideError, showError } from './errors';
import { state } from './state';
import { addDivider } from './transcript';
import { ui } from './ui';
import type { SavedDialog } from './wire';

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // After the click has been handled: the download holds its own reference.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function wireSaveDialog(): void {
  ui.saveDialog.addEventListener('click', async () => {
    hideError();
    if (!state.turns.length) {
      // No turn yet: the server does not know this conversation.
      showError(new Error('Nothing to save yet: say something first.'));
      return;
    }
    ui.saveDialog.disabled = true;
    try {
      const saved = await post<SavedDialog>('/dialog', { conversationId: state.conversationId });
      download(saved.fileName, saved.yaml);
      const replay =
        saved.replay.status === 'passed'
          ? 'it replays green in npm run dialogs'
          : `its replay FAILED: ${saved.replay.failures.slice(0, 3).join('; ')}`;
      const notes = saved.notes.length ? ` · ${saved.notes.join(' · ')}` : '';
      addDivider(`Saved ${saved.fileName}: ${saved.turns} turn${saved.turns === 1 ? '' : 's'}, ${replay} (put it under dialogs/)${notes}`);
    } catch (error) {
      showError(error);
    } finally {
      ui.saveDialog.disabled = false;
    }
  });
}
