import { describeSlots, formatExplanation } from './nlu';
import type { TurnResult } from './session';
import { quoted } from './text';

export interface FormatOptions {
  explain?: boolean;
  /** Print the request and response JSON. */
  json?: boolean;
  /** Prefix the user's words (useful when stdin is not a terminal and the input is not echoed). */
  echo?: boolean;
}

/** How a turn was routed, in a few words. */
export function describeRoute(turn: TurnResult): string {
  const r = turn.route;
  switch (r.kind) {
    case 'launch':
      return `launch ("${r.pattern}")${r.restart ? ', new session' : ''}`;
    case 'oneShot':
      return `one-shot ("${r.pattern}"), new session`;
    case 'inSession':
      return 'in session';
    case 'silence':
      return 'silence';
    case 'exit':
      return `exit ("${r.phrase}")`;
    case 'unrouted':
      return 'not for this skill';
  }
}

/** A turn as terminal lines: the request sent, what Alexa says (readable), the card, the session state. */
export function formatTurn(turn: TurnResult, options: FormatOptions = {}): string {
  const lines: string[] = [];
  if (options.echo) lines.push(`you> ${quoted(turn.utterance)}`);
  if (turn.route.kind === 'unrouted') {
    lines.push(`  (Alexa would not send this to the skill: ${turn.route.reason})`);
    return lines.join('\n');
  }
  if (options.explain && turn.nlu) lines.push(indent(formatExplanation(turn.nlu), '  '));
  if (turn.canFulfill) {
    lines.push(
      `  -> CanFulfillIntentRequest ${turn.canFulfill.intent} · name-free, no session · the skill answers ${turn.canFulfill.answer}`,
    );
  }
  if (turn.repromptPlayed) lines.push(`  (silence) alexa> ${turn.repromptPlayed.text}`, '  (silence again)');
  if (turn.requestType === 'CanFulfillIntentRequest') {
    // shown above, with the skill's answer
  } else if (turn.requestType) {
    const what = turn.requestType === 'IntentRequest' ? `IntentRequest ${turn.intent}` : turn.requestType;
    const ended = turn.requestType === 'SessionEndedRequest' ? ` (${turn.sessionEnded?.reason ?? ''})` : '';
    const slots = turn.nlu ? describeSlots(turn.nlu.slots) : '';
    lines.push(`  -> ${what}${ended}${slots ? ` {${slots}}` : ''} · ${describeRoute(turn)} · ${turn.timestamp}`);
  } else {
    for (const note of turn.notes) lines.push(`  (${note})`);
  }
  if (options.json) {
    for (const exchange of turn.exchanges) {
      lines.push(indent(`request:\n${JSON.stringify(exchange.request, null, 2)}`, '  '));
      if (exchange.response) lines.push(indent(`response:\n${JSON.stringify(exchange.response, null, 2)}`, '  '));
    }
  }
  if (turn.speech) lines.push(`alexa> ${turn.speech.text}`);
  else if (turn.requestType && !['SessionEndedRequest', 'CanFulfillIntentRequest'].includes(turn.requestType) && !turn.error)
    lines.push('alexa> (says nothing)');
  if (turn.card) {
    const text = turn.card.text ?? turn.card.content ?? '';
    lines.push(`  card: ${turn.card.title ?? ''}${text ? ` | ${text.replace(/\n/g, ' / ')}` : ''}`);
  }
  for (const problem of turn.ssmlProblems) lines.push(`  ssml: ${problem}`);
  if (turn.error) lines.push(`  error: ${turn.error}`);
  if (turn.requestType) {
    for (const note of turn.notes) lines.push(`  (${note})`);
    if (turn.sessionOpen) {
      lines.push(`  [session open, mic on${turn.reprompt ? ` · reprompt: ${turn.reprompt.text}` : ''}]`);
    } else if (turn.sessionEnded) {
      const reason = turn.sessionEnded.reason ? `: ${turn.sessionEnded.reason}` : '';
      lines.push(`  [session closed${turn.sessionEnded.by === 'skill' ? '' : ` by ${turn.sessionEnded.by}`}${reason}]`);
    }
  }
  return lines.join('\n');
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
}
