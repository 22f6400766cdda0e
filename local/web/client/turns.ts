/** Sending a turn to the server and showing the answer. */
import { post } from './api';
import { hideError, showError } from './errors';
import { rememberUtterance } from './history';
import { save, settingsBody } from './settings';
import { speakTurn } from './speech';
import { state } from './state';
import { addTurn } from './transcript';
import { ui } from './ui';
import type { TurnAnswer } from './wire';

function setBusy(busy: boolean): void {
  state.busy = busy;
  ui.sayButton.disabled = busy;
  ui.silenceButton.disabled = busy;
  ui.transcript.setAttribute('aria-busy', busy ? 'true' : 'false');
}

/** Says an utterance ("" is silence). */
export async function send(utterance: string): Promise<void> {
  if (state.busy) return;
  hideError();
  setBusy(true);
  try {
    const answer = await post<TurnAnswer>('/turn', { ...settingsBody(state.conversationId), utterance });
    state.conversationId = answer.conversationId;
    rememberUtterance(utterance);
    ui.utterance.value = '';
    addTurn(answer);
    speakTurn(answer.turn);
    save();
    setBusy(false);
    ui.utterance.focus();
  } catch (error) {
    setBusy(false);
    // showError focuses the field at fault, if there is one
    if (!showError(error)) ui.utterance.focus();
  }
}
