/** The error banner, and marking the input field an API error names. */
import { ApiError } from './api';
import { clear, el } from './dom';
import { FIELD_INPUTS, ui } from './ui';

/** Shows the error; focuses the field at fault and returns true when the page has that field. */
export function showError(error: unknown): boolean {
  clearFieldErrors();
  const status = error instanceof ApiError ? error.status : 0;
  const message = error instanceof Error ? error.message : String(error);
  const prefix = status === 400 ? 'Check your input: ' : status ? 'Error: ' : '';
  clear(ui.error);
  ui.error.appendChild(el('span', { text: prefix + message }));
  ui.error.hidden = false;
  const input = error instanceof ApiError && error.field ? FIELD_INPUTS[error.field] : undefined;
  if (!input) return false;
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-errormessage', 'error');
  input.focus();
  return true;
}

export function clearFieldErrors(): void {
  for (const input of Object.values(FIELD_INPUTS)) {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-errormessage');
  }
}

export function hideError(): void {
  ui.error.hidden = true;
  clear(ui.error);
  clearFieldErrors();
}
