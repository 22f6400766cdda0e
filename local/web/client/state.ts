/** What the page remembers while it is open: the conversation id, the config, the turns shown. */
import type { Config, StoredUser, TurnAnswer } from './wire';

export const MAX_TURNS_SHOWN = 200;

export interface PageState {
  conversationId: string;
  config: Config | null;
  turns: TurnAnswer[];
  selected: TurnAnswer | null;
  busy: boolean;
  stored: StoredUser | null;
}

export const state: PageState = {
  conversationId: newId(),
  config: null,
  turns: [],
  selected: null,
  busy: false,
  stored: null,
};

/** A random conversation id (the API accepts letters, digits and "-"). */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function rememberTurn(answer: TurnAnswer): void {
  state.turns.push(answer);
  if (state.turns.length > MAX_TURNS_SHOWN) state.turns.shift();
}
