/**
 * The intent form and the envelope editor: an intent with slot values goes to the skill without NLU;
 * a pasted envelope is checked here first, and a JSON mistake is shown with its line and column and the
 * caret put there.
 */
import { clear, el } from './dom';
import { readJson } from './jsonCheck';
import { state } from './state';
import { sendTurn } from './turns';
import { ui } from './ui';

/** The selected locale's intents in the picker, keeping the chosen one when the locale has it too. */
export function fillIntents(): void {
  const intents = state.config?.locales.find((l) => l.locale === ui.locale.value)?.intents ?? [];
  const current = ui.intentName.value;
  clear(ui.intentName);
  for (const intent of intents) ui.intentName.appendChild(el('option', { value: intent.name, text: intent.name }));
  if (intents.some((i) => i.name === current)) ui.intentName.value = current;
  fillSlots();
}

function fillSlots(): void {
  const intent = state.config?.locales.find((l) => l.locale === ui.locale.value)?.intents.find((i) => i.name === ui.intentName.value);
  clear(ui.intentSlots);
  for (const slot of intent?.slots ?? []) {
    const id = `slot-${slot.name}`;
    ui.intentSlots.appendChild(
      el(
        'div',
        { className: 'field' },
        el('label', { for: id, text: `${slot.name} (${slot.type})` }),
        el('input', {
          id,
          type: 'text',
          'data-slot': slot.name,
          autocomplete: 'off',
          spellcheck: 'false',
          placeholder: 'empty = unfilled',
        }),
      ),
    );
  }
}

function showEnvelopeError(message: string | null): void {
  ui.envelopeError.hidden = message === null;
  ui.envelopeError.textContent = message ?? '';
  if (message === null) ui.envelope.removeAttribute('aria-invalid');
  else ui.envelope.setAttribute('aria-invalid', 'true');
}

/** The offset of line/column in the text (both from 1). */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function randomId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : String(Date.now());
}

/** The last request sent, with a fresh request id and timestamp; without one, a LaunchRequest for the settings. */
function template(): unknown {
  const last = state.turns[state.turns.length - 1]?.turn.exchanges[0]?.request;
  const now = isoSeconds(new Date());
  if (last) {
    const copy = structuredClone(last) as { request?: Record<string, unknown> };
    if (copy.request) Object.assign(copy.request, { requestId: `amzn1.echo-api.request.${randomId()}`, timestamp: now });
    return copy;
  }
  const name = ui.user.value.trim() || state.config?.defaultUser || 'LOCALTESTUSER';
  const userId = name.startsWith('amzn1.') ? name : `amzn1.ask.account.${name}`;
  const application = { applicationId: state.config?.skillId ?? '' };
  return {
    version: '1.0',
    session: { new: true, sessionId: `amzn1.echo-api.session.${randomId()}`, application, attributes: {}, user: { userId } },
    context: {
      System: {
        application,
        user: { userId },
        device: { deviceId: 'amzn1.ask.device.LOCALTESTDEVICE', supportedInterfaces: {} },
        apiEndpoint: window.location.origin,
        apiAccessToken: 'local-token',
      },
    },
    request: { type: 'LaunchRequest', requestId: `amzn1.echo-api.request.${randomId()}`, timestamp: now, locale: ui.locale.value },
  };
}

export function wireDirect(): void {
  ui.intentName.addEventListener('change', fillSlots);
  ui.intentForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const slots: Record<string, string> = {};
    for (const input of ui.intentSlots.querySelectorAll<HTMLInputElement>('input[data-slot]')) {
      if (input.value.trim()) slots[input.dataset.slot ?? ''] = input.value;
    }
    void sendTurn({ intent: { name: ui.intentName.value, slots } });
  });

  ui.envelopeFill.addEventListener('click', () => {
    ui.envelope.value = JSON.stringify(template(), null, 2);
    showEnvelopeError(null);
    ui.envelope.focus();
  });
  ui.envelope.addEventListener('input', () => {
    if (!ui.envelopeError.hidden) showEnvelopeError(null);
  });
  ui.envelopeForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = ui.envelope.value;
    const reading = readJson(text);
    if (!reading.ok) {
      showEnvelopeError(`JSON error at line ${reading.line}, column ${reading.column}: ${reading.message}`);
      const at = offsetOf(text, reading.line, reading.column);
      ui.envelope.focus();
      ui.envelope.setSelectionRange(at, Math.min(at + 1, text.length));
      return;
    }
    showEnvelopeError(null);
    void sendTurn({ envelope: reading.value });
  });
}
