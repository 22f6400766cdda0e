/**
 * Arrow up and down in the utterance field walk through what was said before, like a shell: the line
 * being typed is kept and comes back after the newest entry. Bounded, and repeats are not stored twice.
 */
import { ui } from './ui';

export const MAX_HISTORY = 100;

const said: string[] = [];
/** Position while browsing: said.length means "the line being typed". */
let position = 0;
let draft = '';

export function rememberUtterance(utterance: string): void {
  if (utterance.trim() && said[said.length - 1] !== utterance) {
    said.push(utterance);
    if (said.length > MAX_HISTORY) said.shift();
  }
  position = said.length;
  draft = '';
}

function show(value: string): void {
  ui.utterance.value = value;
  // The caret at the end, as in a terminal.
  ui.utterance.setSelectionRange(value.length, value.length);
}

export function wireHistory(): void {
  ui.utterance.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key === 'ArrowUp') {
      if (position === 0) return;
      if (position === said.length) draft = ui.utterance.value;
      position -= 1;
      event.preventDefault();
      show(said[position] ?? '');
    } else {
      if (position >= said.length) return;
      position += 1;
      event.preventDefault();
      show(position === said.length ? draft : (said[position] ?? ''));
    }
  });
  // Typing after browsing edits that line; the next arrow starts from the newest entry again.
  ui.utterance.addEventListener('input', () => {
    position = said.length;
    draft = ui.utterance.value;
  });
}
