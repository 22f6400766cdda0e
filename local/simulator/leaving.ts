import { EXIT_PHRASES } from './builtins';
import type { TurnResult } from './session';
import { languageOfLocale } from './text';

/** How the terminal user left `npm run dialog`: the end of input (Ctrl-D, or the end of piped input), Ctrl-C, or `.quit`. */
export type Leaving = 'end of input' | 'Ctrl-C' | '.quit';

/**
 * What the user says to Alexa when leaving with a session open, so the skill hears the session end as it would
 * on a device (a SessionEndedRequest) instead of a session left open for ever:
 * - the end of input is a user who walked away: Alexa plays the reprompt, hears nothing, and sends reason
 *   EXCEEDED_MAX_REPROMPTS, which Alexa documents for a user who "does not respond ... while the device is
 *   listening". USER_INITIATED is for a user who says "exit", which nobody did. So it is silence (""), the
 *   turn an empty line sends. Ctrl-C is the same: the user is gone, and said nothing to Alexa.
 * - `.quit` is leaving on purpose: the locale's "exit", so reason USER_INITIATED.
 */
export function leavingUtterance(how: Leaving, locale: string): string {
  return how === '.quit' ? EXIT_PHRASES[languageOfLocale(locale)][0]! : '';
}

/** The one line the terminal prints for that turn: what Alexa did, and what the skill was sent. */
export function leftLine(how: Leaving, turn: TurnResult, utterance: string, recorded: boolean): string {
  const what =
    how === '.quit'
      ? `ended as if you said "${utterance}"`
      : `Alexa ${turn.repromptPlayed ? 'played the reprompt, ' : ''}heard nothing and ended it`;
  const sent =
    turn.requestType === 'SessionEndedRequest' ? `SessionEndedRequest ${turn.sessionEnded?.reason ?? ''}`.trim() : 'nothing sent';
  const failed = turn.error ? `; ${turn.error}` : '';
  return `  (${how} with the session open: ${what} (${sent})${recorded ? ', the last turn of the recording' : ''}${failed})`;
}
