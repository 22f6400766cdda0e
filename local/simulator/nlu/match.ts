import { numberSlotValue } from '../numbers';
import type { Token } from '../text';
import type { CompiledModel } from './compile';
import { compareCandidates, type FilledSlot, scoreCandidate } from './rank';
import { type Candidate, type CompiledSample, NUMBER_TYPES, type SlotResult } from './types';

/** The exact tier: a sample fits when its words appear in order and its slots take the words between. */

const MAX_SLOT_WORDS = 8;
const MAX_UNRESOLVED_SLOT_WORDS = 5;

/** Drops fillers ("please", "um", "can you") at either end, as often as they repeat. */
export function stripFillers(tokens: Token[], fillers: CompiledModel['fillers']): Token[] {
  let words = tokens;
  let changed = true;
  while (changed && words.length > 1) {
    changed = false;
    for (const filler of fillers.leading) {
      if (filler.length < words.length && filler.every((k, i) => words[i]!.key === k)) {
        words = words.slice(filler.length);
        changed = true;
        break;
      }
    }
    for (const filler of fillers.trailing) {
      const at = words.length - filler.length;
      if (at > 0 && filler.every((k, i) => words[at + i]!.key === k)) {
        words = words.slice(0, at);
        changed = true;
        break;
      }
    }
  }
  return words;
}

/** The best way a sample fits all the words, or undefined. */
export function fitSample(model: CompiledModel, sample: CompiledSample, words: Token[], variant: 0 | 1): Candidate | undefined {
  const keys = words.map((w) => w.key);
  const displays = words.map((w) => w.display);
  let best: Candidate | undefined;
  const parts = sample.parts;
  // Minimum number of words the parts from index i on need.
  const need = parts.map((_, i) => parts.length - i);

  const walk = (pi: number, ui: number, filled: FilledSlot[]): void => {
    if (pi === parts.length) {
      if (ui !== keys.length) return;
      const candidate = scoreCandidate(sample, filled, variant);
      if (candidate && (!best || compareCandidates(candidate, best) < 0)) best = candidate;
      return;
    }
    if (keys.length - ui < need[pi]!) return;
    const part = parts[pi]!;
    if (part.kind === 'word') {
      if (keys[ui] === part.key) walk(pi + 1, ui + 1, filled);
      return;
    }
    const last = Math.min(keys.length - (need[pi]! - 1), ui + MAX_SLOT_WORDS);
    for (let end = ui + 1; end <= last; end++) {
      const fill = fillSlot(model, part, keys.slice(ui, end), displays.slice(ui, end));
      if (fill) walk(pi + 1, end, [...filled, { ...fill, words: end - ui }]);
    }
  };
  walk(0, 0, []);
  return best;
}

/** A slot filled with some words: a number, a custom value (resolved or not), or free text. */
export function fillSlot(
  model: CompiledModel,
  part: { name: string; type: string },
  keys: string[],
  displays: string[],
): { slot: SlotResult; resolved: boolean } | undefined {
  const spoken = displays.join(' ');
  if (NUMBER_TYPES.has(part.type)) {
    const value = numberSlotValue(displays, model.language);
    if (value === undefined) return undefined;
    if (part.type === 'AMAZON.FOUR_DIGIT_NUMBER' && !/^\d{4}$/.test(value)) return undefined;
    return { slot: { name: part.name, type: part.type, value }, resolved: true };
  }
  const type = model.types.get(part.type);
  if (!type) {
    // Built-in free-text types (AMAZON.SearchQuery, names, places): the words as said, no resolution.
    return { slot: { name: part.name, type: part.type, value: spoken }, resolved: false };
  }
  const matches = type.get(keys.join(' '));
  if (matches) {
    return {
      slot: {
        name: part.name,
        type: part.type,
        value: spoken,
        resolution: { status: 'ER_SUCCESS_MATCH', values: matches.map((m) => ({ id: m.id, name: m.name, synonym: m.synonym })) },
      },
      resolved: true,
    };
  }
  if (keys.length > MAX_UNRESOLVED_SLOT_WORDS) return undefined;
  return {
    slot: { name: part.name, type: part.type, value: spoken, resolution: { status: 'ER_SUCCESS_NO_MATCH', values: [] } },
    resolved: false,
  };
}
