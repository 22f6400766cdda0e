/** The inspector beside the transcript: request summary, SSML check, NLU, JSON, session and stored context. */
import { curlCommand } from './curl';
import { clear, el, formatMs, json } from './dom';
import { state } from './state';
import { ui } from './ui';
import type { ContextChange, SsmlCheck, StoredUser, Turn, TurnAnswer } from './wire';

function addSummary(dl: HTMLDListElement, term: string, value: string | null | undefined): void {
  if (value === null || value === undefined || value === '') return;
  dl.appendChild(el('dt', { text: term }));
  dl.appendChild(el('dd', { text: value }));
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function ssmlItem(check: SsmlCheck): HTMLElement {
  const ok = check.problems.length === 0;
  return el(
    'div',
    { className: 'ssml-item' },
    el(
      'div',
      { className: 'ssml-head' },
      el('strong', { text: check.label }),
      el('span', { className: ok ? 'pill pill-ok' : 'pill pill-warn', text: ok ? 'SSML OK' : plural(check.problems.length, 'problem') }),
    ),
    ok ? null : el('ul', {}, ...check.problems.map((p) => el('li', { text: p }))),
    el(
      'details',
      { className: 'ssml-source' },
      el('summary', { text: `SSML source (${check.ssml.length} characters)` }),
      el('pre', { className: 'code', text: check.ssml }),
    ),
  );
}

function renderExchanges(turn: Turn): void {
  clear(ui.exchanges);
  if (!turn.exchanges.length) ui.exchanges.appendChild(el('p', { className: 'muted', text: 'Nothing was sent to the skill.' }));
  turn.exchanges.forEach((exchange, i) => {
    const type = exchange.request?.request?.type ?? 'request';
    const n = turn.exchanges.length > 1 ? ` ${i + 1}` : '';
    ui.exchanges.appendChild(
      el('details', {}, el('summary', { text: `Request${n} · ${type}` }), el('pre', { className: 'code', text: json(exchange.request) })),
    );
    ui.exchanges.appendChild(
      el(
        'details',
        {},
        el('summary', { text: `Response${n}${exchange.error ? ' · error' : ''}` }),
        el('pre', { className: 'code', text: exchange.error ? `The skill failed: ${exchange.error}` : json(exchange.response) }),
      ),
    );
  });
}

function storedText(user: StoredUser): string {
  return user.storeError ? `Could not read the store: ${user.storeError}` : json(user.stored);
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 200 ? `${text.slice(0, 199)}\u2026` : text;
}

function changeItem(change: ContextChange): HTMLLIElement {
  const sign = change.kind === 'added' ? '+' : change.kind === 'removed' ? '\u2212' : '~';
  const what =
    change.kind === 'added'
      ? short(change.after)
      : change.kind === 'removed'
        ? short(change.before)
        : `${short(change.before)} \u2192 ${short(change.after)}`;
  return el(
    'li',
    { className: `diff-${change.kind}`, 'data-path': change.path },
    el('span', { className: 'diff-sign', 'aria-hidden': 'true', text: sign }),
    el('code', { text: change.path }),
    ` ${change.kind}: `,
    el('span', { className: 'diff-value', text: what }),
  );
}

/** What this turn changed in the stored context, against the context before it. */
function renderDiff(answer: TurnAnswer): void {
  clear(ui.storedDiff);
  const diff = answer.storedDiff;
  if (!diff) {
    ui.storedDiff.appendChild(el('li', { className: 'muted', text: 'Unknown: the store could not be read.' }));
    return;
  }
  if (!diff.changes.length) ui.storedDiff.appendChild(el('li', { className: 'muted', text: 'No change in this turn.' }));
  for (const change of diff.changes) ui.storedDiff.appendChild(changeItem(change));
  if (diff.more) ui.storedDiff.appendChild(el('li', { className: 'muted', text: `\u2026 and ${diff.more} more` }));
}

export function renderInspector(answer: TurnAnswer): void {
  const { turn } = answer;
  for (const block of ui.inspectorBody.querySelectorAll<HTMLElement>('.block')) block.hidden = false;
  ui.inspectorEmpty.hidden = true;
  ui.inspectorBody.hidden = false;
  ui.inspectorTitle.textContent = `Turn ${turn.index} details`;

  const summary = ui.requestSummary;
  clear(summary);
  addSummary(summary, 'You said', turn.utterance || '(silence)');
  addSummary(summary, 'Route', turn.routeText);
  addSummary(summary, 'Request', turn.requestType || 'nothing sent');
  addSummary(summary, 'Intent', turn.intent);
  addSummary(summary, 'Slots', turn.slotsText);
  addSummary(summary, 'Locale', turn.locale);
  addSummary(summary, 'Timestamp', turn.timestamp);
  addSummary(summary, 'Session', turn.sessionId ? (turn.newSession ? 'new · ' : '') + turn.sessionId : null);
  addSummary(summary, 'User', answer.settings.userId);
  addSummary(summary, 'Time zone', answer.settings.timeZone);
  if (answer.latency.calls.length) {
    const calls = answer.latency.calls.length > 1 ? ` (${answer.latency.calls.length} calls)` : '';
    addSummary(summary, 'Skill time', `${formatMs(answer.latency.skillMs)}${calls}, measured on the server`);
  }

  clear(ui.ssmlCheck);
  if (!turn.ssml.length) ui.ssmlCheck.appendChild(el('p', { className: 'muted', text: 'No speech in this turn.' }));
  for (const check of turn.ssml) ui.ssmlCheck.appendChild(ssmlItem(check));

  ui.nlu.textContent =
    turn.explanation ||
    (turn.route.kind === 'launch' ? 'A launch phrase: no intent to match (LaunchRequest).' : `No NLU for this turn (${turn.routeText}).`);

  const attributes = turn.sessionAttributes;
  ui.sessionAttributes.textContent = attributes
    ? json(attributes)
    : turn.sessionOpen
      ? '{}'
      : '(no session attributes: the session is closed)';

  ui.storedUser.textContent = answer.user.userId;
  ui.stored.textContent = storedText(answer.user);
  renderDiff(answer);
  renderExchanges(turn);
  ui.curlStatus.textContent = turn.exchanges.length ? 'Copy as curl on a turn puts its command here and on the clipboard.' : '';
  ui.curl.textContent = curlCommand(turn, window.location.origin) ?? '(nothing was sent to the skill)';
}

/** Before any turn (or after a reset): the stored context alone. */
export function renderStoredOnly(user: StoredUser): void {
  if (state.selected) {
    state.selected.user = user;
    renderInspector(state.selected);
    return;
  }
  ui.inspectorEmpty.hidden = true;
  ui.inspectorBody.hidden = false;
  ui.inspectorTitle.textContent = 'Turn details';
  ui.storedUser.textContent = user.userId;
  ui.stored.textContent = storedText(user);
  for (const block of ui.inspectorBody.querySelectorAll<HTMLElement>('.block')) block.hidden = !block.contains(ui.stored);
}
