import { byId } from './dom';

/** The page's elements (index.html), looked up once. */
export const ui = {
  settings: byId('settings', HTMLFormElement),
  locale: byId('locale', HTMLSelectElement),
  user: byId('user', HTMLInputElement),
  date: byId('date', HTMLInputElement),
  timeZone: byId('time-zone', HTMLInputElement),
  timeZones: byId('time-zones', HTMLDataListElement),
  timeZoneDefault: byId('tz-default', HTMLElement),
  timeZoneReset: byId('tz-reset', HTMLButtonElement),
  speak: byId('speak', HTMLInputElement),
  speakHint: byId('speak-hint', HTMLElement),
  newSession: byId('new-session', HTMLButtonElement),
  resetUser: byId('reset-user', HTMLButtonElement),
  sessionState: byId('session-state', HTMLElement),
  clock: byId('clock', HTMLElement),
  transcript: byId('transcript', HTMLOListElement),
  emptyState: byId('empty-state', HTMLLIElement),
  error: byId('error', HTMLElement),
  say: byId('say', HTMLFormElement),
  utterance: byId('utterance', HTMLInputElement),
  sayButton: byId('say-button', HTMLButtonElement),
  silenceButton: byId('silence-button', HTMLButtonElement),
  examples: byId('examples', HTMLElement),
  inspectorEmpty: byId('inspector-empty', HTMLElement),
  inspectorBody: byId('inspector-body', HTMLElement),
  inspectorTitle: byId('inspector-title', HTMLElement),
  requestSummary: byId('request-summary', HTMLDListElement),
  ssmlCheck: byId('ssml-check', HTMLElement),
  nlu: byId('nlu', HTMLElement),
  sessionAttributes: byId('session-attributes', HTMLElement),
  storedUser: byId('stored-user', HTMLElement),
  stored: byId('stored', HTMLElement),
  storedDiff: byId('stored-diff', HTMLUListElement),
  exchanges: byId('exchanges', HTMLElement),
};

/** The inputs an API error can name in its `field`. */
export const FIELD_INPUTS: Record<string, HTMLInputElement | HTMLSelectElement> = {
  locale: ui.locale,
  userId: ui.user,
  date: ui.date,
  timeZone: ui.timeZone,
  utterance: ui.utterance,
};
