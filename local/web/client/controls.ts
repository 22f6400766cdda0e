/** The buttons and fields: say, stay silent, settings, new session, reset user. */
import { get, post } from './api';
import { wireDirect } from './direct';
import { hideError, showError } from './errors';
import { wireHistory } from './history';
import { renderStoredOnly } from './inspector';
import { applyLocale } from './locale';
import { wireSaveDialog } from './saveDialog';
import { save, settingsBody, showTimeZoneDefault } from './settings';
import { stopSpeaking } from './speech';
import { state } from './state';
import { addDivider, showSessionState } from './transcript';
import { send } from './turns';
import { ui } from './ui';
import type { ResetAnswer, StoredUser } from './wire';

/** Shows the stored context of the user in the field (unless a turn is shown: it keeps the context it had then). */
export async function refreshStored(): Promise<void> {
  try {
    const user = await get<StoredUser>(`/user?userId=${encodeURIComponent(ui.user.value.trim())}`);
    if (!state.selected) renderStoredOnly(user);
  } catch {
    // shown on the next turn
  }
}

export function wireControls(): void {
  ui.say.addEventListener('submit', (event) => {
    event.preventDefault();
    void send(ui.utterance.value);
  });
  ui.silenceButton.addEventListener('click', () => void send(''));
  wireHistory();
  wireDirect();
  wireSaveDialog();

  // Enter in a settings field does not submit anything: it moves on to the utterance.
  ui.settings.addEventListener('submit', (event) => {
    event.preventDefault();
    ui.utterance.focus();
  });
  for (const input of [ui.user, ui.date, ui.timeZone]) {
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        ui.utterance.focus();
      }
    });
    input.addEventListener('change', () => {
      input.removeAttribute('aria-invalid');
      save();
    });
  }
  ui.user.addEventListener('change', () => void refreshStored());
  ui.timeZone.addEventListener('input', showTimeZoneDefault);
  ui.timeZoneReset.addEventListener('click', () => {
    if (!state.config) return;
    ui.timeZone.value = state.config.defaultTimeZone;
    ui.timeZone.removeAttribute('aria-invalid');
    showTimeZoneDefault();
    save();
  });

  ui.locale.addEventListener('change', () => {
    ui.locale.removeAttribute('aria-invalid');
    applyLocale();
    save();
    if (state.turns.length) addDivider(`Locale ${ui.locale.value} · the next utterance starts a new session`);
    showSessionState(false, null);
  });

  ui.speak.addEventListener('change', () => {
    if (!ui.speak.checked) stopSpeaking();
    save();
  });

  ui.newSession.addEventListener('click', async () => {
    hideError();
    try {
      await post('/new-session', { conversationId: state.conversationId });
      showSessionState(false, null);
      addDivider('New session · say the invocation name to open the skill');
      ui.utterance.focus();
    } catch (error) {
      showError(error);
    }
  });

  ui.resetUser.addEventListener('click', async () => {
    hideError();
    try {
      const { userId } = settingsBody(state.conversationId);
      const answer = await post<ResetAnswer>('/reset', { userId, conversationId: state.conversationId });
      showSessionState(false, null);
      addDivider(`User ${answer.user.userId} reset · stored context deleted`);
      renderStoredOnly(answer.user);
      ui.utterance.focus();
    } catch (error) {
      showError(error);
    }
  });
}
