/** The locale picker: the utterance field's language and placeholder, and the example phrases. */
import { fillIntents } from './direct';
import { clear, el } from './dom';
import { state } from './state';
import { send } from './turns';
import { ui } from './ui';
import type { Config } from './wire';

const LOCALE_NAMES: Record<string, string> = { 'en-US': 'English (US)', 'en-GB': 'English (UK)', 'de-DE': 'Deutsch' };

export function applyLocale(): void {
  const locale = ui.locale.value;
  fillIntents();
  ui.utterance.setAttribute('lang', locale);
  const config = state.config?.locales.find((l) => l.locale === locale);
  const german = locale.startsWith('de');
  const invocation = config ? config.invocationName : german ? 'glückskeks' : 'fortune cookie';
  const open = german ? `öffne ${invocation}` : `open ${invocation}`;
  ui.utterance.placeholder = open;
  clear(ui.examples);
  ui.examples.appendChild(el('span', { className: 'hint', text: 'Try:' }));
  for (const phrase of [open, ...(config?.examples ?? [])]) {
    const button = el('button', { type: 'button', lang: locale, text: phrase, title: `Say \u201C${phrase}\u201D` });
    button.addEventListener('click', () => {
      ui.utterance.value = phrase;
      void send(phrase);
    });
    ui.examples.appendChild(button);
  }
}

/** Fills the locale picker from the server's config, keeping the current choice when the server knows it. */
export function fillLocales(config: Config): void {
  const current = ui.locale.value;
  clear(ui.locale);
  for (const l of config.locales) {
    ui.locale.appendChild(el('option', { value: l.locale, text: `${LOCALE_NAMES[l.locale] ?? l.locale} · ${l.locale}` }));
  }
  ui.locale.value = config.locales.some((l) => l.locale === current) ? current : config.defaultLocale;
}
