/** The settings fields, kept in the browser's localStorage between visits. */
import { state } from './state';
import { ui } from './ui';

const STORAGE_KEY = 'fortune-cookie-simulator';

export interface SavedSettings {
  locale?: string;
  user?: string;
  date?: string;
  timeZone?: string;
  speak?: boolean;
}

export function loadSaved(): SavedSettings {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || '{}');
    return parsed !== null && typeof parsed === 'object' ? (parsed as SavedSettings) : {};
  } catch {
    return {};
  }
}

export function save(): void {
  const settings: SavedSettings = {
    locale: ui.locale.value,
    user: ui.user.value,
    date: ui.date.value,
    // Only a zone the user chose: the server's default is followed when it changes.
    timeZone: ui.timeZone.value && ui.timeZone.value !== state.config?.defaultTimeZone ? ui.timeZone.value : undefined,
    speak: ui.speak.checked,
  };
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // private mode: nothing kept
  }
}

/** What a turn request carries besides the utterance. */
export function settingsBody(conversationId: string) {
  return {
    locale: ui.locale.value,
    userId: ui.user.value.trim(),
    date: ui.date.value.trim(),
    timeZone: ui.timeZone.value.trim(),
    conversationId,
  };
}

/** Says which time zone the server defaults to and why; offers it back when another one is chosen. */
export function showTimeZoneDefault(): void {
  const config = state.config;
  if (!config) return;
  ui.timeZoneDefault.textContent = `Server default: ${config.defaultTimeZone} (${config.timeZoneSource})`;
  ui.timeZoneReset.hidden = ui.timeZone.value.trim() === config.defaultTimeZone;
}
