/**
 * Fortune Cookie web simulator: the page's entry point. Bundled by esbuild when the server starts
 * (local/web/bundle.ts) and served as /simulator/assets/app.js.
 */
import { get } from './api';
import { refreshStored, wireControls } from './controls';
import { loadVerifyMode } from './curl';
import { clear, el } from './dom';
import { showError } from './errors';
import { applyLocale, fillLocales } from './locale';
import { loadSaved, showTimeZoneDefault } from './settings';
import { canSpeak, setUpSpeech } from './speech';
import { state } from './state';
import { ui } from './ui';
import type { Config } from './wire';

async function loadConfig(): Promise<void> {
  try {
    const config = await get<Config>('/config');
    state.config = config;
    fillLocales(config);
    clear(ui.timeZones);
    for (const zone of config.timeZones) ui.timeZones.appendChild(el('option', { value: zone }));
    if (!ui.timeZone.value) ui.timeZone.value = config.defaultTimeZone;
    showTimeZoneDefault();
    applyLocale();
    await refreshStored();
  } catch (error) {
    showError(error);
  }
}

function start(): void {
  setUpSpeech();
  wireControls();
  const saved = loadSaved();
  if (saved.locale) ui.locale.value = saved.locale;
  if (!ui.locale.value) ui.locale.selectedIndex = 0;
  if (typeof saved.user === 'string' && saved.user) ui.user.value = saved.user;
  if (typeof saved.date === 'string') ui.date.value = saved.date;
  // Empty until the config says the server's default; a zone the user chose is kept between visits.
  if (typeof saved.timeZone === 'string') ui.timeZone.value = saved.timeZone;
  if (saved.speak && canSpeak) ui.speak.checked = true;
  applyLocale();
  void loadConfig();
  void loadVerifyMode();
  ui.utterance.focus();
}

start();
