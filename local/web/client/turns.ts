/** Sending a turn to the server (words, an intent, or a raw envelope) and showing the answer. */
import { post } from './api';
import { hideError, showError } from './errors';
import { rememberUtterance } from './history';
import { save, settingsBody } from './settings';
import { speakTurn } from './speech';
import { state } from './state';
import { addTurn } from './transcript';
import { ui } from './ui';
import type { TurnAnswer } from './wire';

/** What a turn sends besides the settings: words ("" is silence), or an intent, or an envelope. */
export type TurnRequest = { utterance: string } | { intent: { name: string; slots: Record<string, string> } } | { envelope: unknown };

function setBusy(busy: boolean): void {
  state.busy = busy;
  for (const button of [ui.sayButton, ui.silenceButton, ui.intentSend, ui.envelopeSend]) button.disabled = busy;
  ui.transcript.setAttribute('aria-busy', busy ? 'true' : 'false');
}

/** Sends a turn; true when the server answered it. */
export async function sendTurn(request: TurnRequest): Promise<boolean> {
  if (state.busy) return false;
  hideError();
  setBusy(true);
  try {
    const answer = await post<TurnAnswer>('/turn', { ...settingsBody(state.conversationId), ...request });
    state.conversationId = answer.conversationId;
    if ('utterance' in request) {
      rememberUtterance(request.utterance);
      ui.utterance.value = '';
    }
    addTurn(answer);
    speakTurn(answer.turn);
    save();
    setBusy(false);
    if ('utterance' in request) ui.utterance.focus();
    return true;
  } catch (error) {
    setBusy(false);
    // showError focuses the field at fault, if there is one
    if (!showError(error) && 'utterance' in request) ui.utterance.focus();
    return false;
  }
}

/** Says an utterance ("" is silence). */
export function send(utterance: string): Promise<boolean> {
  return sendTurn({ utterance });
}
