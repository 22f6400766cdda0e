/** A turn in the transcript: the user's bubble, Alexa's (speech, reprompt, card), errors, notes and badges. */
import { el } from './dom';
import type { Turn } from './wire';

/** "[clip: name]" markers become labelled chips; the rest stays text. */
export function renderSpeechText(text: string): HTMLParagraphElement {
  const p = el('p', { className: 'speech' });
  const pattern = /\[clip: ([^\]]+)\]/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) p.appendChild(document.createTextNode(text.slice(last, index)));
    p.appendChild(el('span', { className: 'clip', title: `sound clip ${match[1]}`, text: `\u266A ${match[1]}` }));
    last = index + match[0].length;
  }
  if (last < text.length) p.appendChild(document.createTextNode(text.slice(last)));
  return p;
}

export function sessionBadge(turn: Turn): HTMLElement {
  if (turn.sessionOpen) return el('span', { className: 'pill pill-open', text: 'session open · mic on' });
  if (turn.sessionEnded) {
    const { by } = turn.sessionEnded;
    const reason = turn.sessionEnded.reason ? `: ${turn.sessionEnded.reason}` : '';
    const cls = by === 'error' ? 'pill pill-error' : 'pill pill-closed';
    return el('span', { className: cls, text: `session closed${by === 'skill' ? '' : ` by ${by}`}${reason}` });
  }
  if (!turn.sentToSkill) return el('span', { className: 'pill pill-idle', text: 'not sent to the skill' });
  return el('span', { className: 'pill pill-closed', text: 'session closed' });
}

function ssmlBadge(turn: Turn): HTMLElement | null {
  if (!turn.ssml.length) return null;
  if (turn.ssmlOk) return el('span', { className: 'pill pill-ok', text: 'SSML OK' });
  const count = turn.ssml.reduce((n, c) => n + c.problems.length, 0);
  return el('span', { className: 'pill pill-warn', text: `${count} SSML problem${count === 1 ? '' : 's'}` });
}

function requestLine(turn: Turn): HTMLElement | null {
  if (!turn.sentToSkill) return null;
  let what = turn.requestType === 'IntentRequest' ? `IntentRequest ${turn.intent}` : (turn.requestType ?? '');
  if (turn.requestType === 'SessionEndedRequest' && turn.sessionEnded?.reason) what += ` (${turn.sessionEnded.reason})`;
  return el('div', { className: 'meta', text: `\u2192 ${what}${turn.slotsText ? ` {${turn.slotsText}}` : ''} · ${turn.routeText}` });
}

function alexaBubble(turn: Turn): HTMLElement | null {
  if (turn.route.kind === 'unrouted') {
    return el('div', { className: 'msg system', text: `Alexa would not send this to the skill: ${turn.route.reason || turn.error || ''}` });
  }
  if (turn.speech || turn.repromptPlayed || turn.card) {
    const alexa = el('div', { className: 'msg alexa', lang: turn.locale }, el('span', { className: 'who', text: 'Alexa' }));
    if (turn.repromptPlayed) {
      alexa.appendChild(el('p', { className: 'played' }, '(you stayed silent; Alexa asks again) ', turn.repromptPlayed.text));
    }
    if (turn.speech) alexa.appendChild(renderSpeechText(turn.speech.text));
    if (turn.reprompt) alexa.appendChild(el('p', { className: 'reprompt' }, el('strong', { text: 'Reprompt: ' }), turn.reprompt.text));
    if (turn.card) {
      const type = turn.card.type && turn.card.type !== 'Standard' && turn.card.type !== 'Simple' ? ` · ${turn.card.type}` : '';
      alexa.appendChild(
        el(
          'div',
          { className: 'card', role: 'group', 'aria-label': 'Card' },
          el('div', { className: 'card-label', text: `Card${type}` }),
          turn.card.title ? el('div', { className: 'card-title', text: turn.card.title }) : null,
          el('div', { className: 'card-text', text: turn.card.text || turn.card.content || '' }),
        ),
      );
    }
    return alexa;
  }
  if (turn.sentToSkill && turn.requestType !== 'SessionEndedRequest' && !turn.error) {
    return el(
      'div',
      { className: 'msg alexa' },
      el('span', { className: 'who', text: 'Alexa' }),
      el('p', { className: 'silent', text: '(says nothing)' }),
    );
  }
  return null;
}

function errorBubble(turn: Turn): HTMLElement | null {
  if (!turn.error || turn.route.kind === 'unrouted') return null;
  return el(
    'div',
    { className: 'msg error', role: 'note' },
    el('span', { className: 'who', text: 'Skill error' }),
    el('p', { text: 'Alexa: \u201CThere was a problem with the requested skill\u2019s response.\u201D' }),
    el('p', { text: turn.error }),
  );
}

function notesList(turn: Turn): HTMLElement | null {
  const notes = turn.notes.filter(Boolean);
  if (!notes.length) return null;
  return el('ul', { className: 'notes', 'aria-label': 'Notes' }, ...notes.map((n) => el('li', { text: n })));
}

/** The list item of one turn; `foot` holds the turn's buttons (added by the caller). */
export function renderTurn(turn: Turn, ...footButtons: (HTMLElement | null)[]): HTMLLIElement {
  const user = el(
    'div',
    { className: 'msg user', lang: turn.locale },
    el('span', { className: 'who', text: 'You' }),
    turn.utterance ? el('p', { text: turn.utterance }) : el('p', { className: 'silent', text: '(silence)' }),
  );
  return el(
    'li',
    { className: 'turn new', 'data-turn': turn.index, 'aria-label': `Turn ${turn.index}` },
    user,
    requestLine(turn),
    alexaBubble(turn),
    errorBubble(turn),
    notesList(turn),
    el('div', { className: 'turn-foot' }, sessionBadge(turn), ssmlBadge(turn), ...footButtons),
  );
}
