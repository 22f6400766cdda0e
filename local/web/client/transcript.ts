/** The conversation list: adding turns and dividers, selecting a turn, the session pill in the header. */
import { renderTurn } from './bubbles';
import { curlCommand } from './curl';
import { el, formatMs } from './dom';
import { renderInspector } from './inspector';
import { MAX_TURNS_SHOWN, rememberTurn, state } from './state';
import { ui } from './ui';
import type { Turn, TurnAnswer } from './wire';

function dropEmptyState(): void {
  ui.emptyState.parentNode?.removeChild(ui.emptyState);
}

export function addTurn(answer: TurnAnswer): void {
  const { turn } = answer;
  rememberTurn(answer);
  dropEmptyState();
  const details = el('button', {
    type: 'button',
    className: 'secondary details',
    'aria-pressed': 'false',
    'aria-controls': 'inspector',
    'aria-label': `Show details of turn ${turn.index}`,
    text: 'Details',
  });
  const curl = turn.exchanges.length
    ? el('button', {
        type: 'button',
        className: 'secondary tool',
        'aria-label': `Copy turn ${turn.index} as curl`,
        title: "A curl command that sends this turn's request to POST / again",
        text: 'Copy as curl',
      })
    : null;
  const item = renderTurn(turn, latencyPill(answer), curl, details);
  details.addEventListener('click', () => select(answer, item));
  curl?.addEventListener('click', () => {
    select(answer, item);
    void copyCurl(turn);
  });
  ui.transcript.appendChild(item);
  while (ui.transcript.children.length > MAX_TURNS_SHOWN * 2 && ui.transcript.firstChild)
    ui.transcript.removeChild(ui.transcript.firstChild);
  ui.transcript.scrollTop = ui.transcript.scrollHeight;
  state.stored = answer.user;
  showSessionState(answer.session.open, turn);
  ui.clock.textContent = turn.timestamp || answer.settings.clock || 'now';
  select(answer, item);
}

/** The skill's time for the turn, as the server measured it; nothing when nothing was sent. */
function latencyPill(answer: TurnAnswer): HTMLElement | null {
  const { calls, skillMs } = answer.latency;
  if (!calls.length) return null;
  const each = calls.length > 1 ? ` (${calls.map((ms) => `${ms}`).join(' + ')})` : '';
  return el('span', {
    className: 'pill pill-time',
    title: `Server-measured time of the skill call${calls.length > 1 ? 's' : ''}${each} ms`,
    text: `skill ${formatMs(skillMs)}`,
  });
}

export function addDivider(text: string): void {
  dropEmptyState();
  ui.transcript.appendChild(el('li', { className: 'divider', role: 'separator', text }));
  ui.transcript.scrollTop = ui.transcript.scrollHeight;
}

export function showSessionState(open: boolean, turn: Turn | null): void {
  const pill = ui.sessionState;
  if (open) {
    pill.className = 'pill pill-open';
    pill.textContent = 'Session open · mic on';
  } else if (turn?.sessionEnded?.by === 'error') {
    pill.className = 'pill pill-error';
    pill.textContent = 'Session ended by an error';
  } else if (turn?.sentToSkill) {
    pill.className = 'pill pill-closed';
    pill.textContent = 'Session closed';
  } else {
    pill.className = 'pill pill-idle';
    pill.textContent = 'No session';
  }
}

export function select(answer: TurnAnswer, item: HTMLElement): void {
  state.selected = answer;
  for (const node of ui.transcript.querySelectorAll('.turn')) {
    const isIt = node === item;
    node.classList.toggle('selected', isIt);
    node.querySelector('button.details')?.setAttribute('aria-pressed', isIt ? 'true' : 'false');
  }
  renderInspector(answer);
}

/** Puts the turn's curl command in the inspector and on the clipboard (the inspector copy stays for a refusing browser). */
async function copyCurl(turn: Turn): Promise<void> {
  const command = curlCommand(turn, window.location.origin);
  if (!command) return;
  ui.curl.textContent = command;
  try {
    await navigator.clipboard.writeText(command);
    ui.curlStatus.textContent = `Turn ${turn.index} copied as curl.`;
  } catch {
    ui.curlStatus.textContent = 'The browser did not allow the clipboard: select the command below and copy it.';
  }
}
