import { compareGeneralised } from './generalise';
import type { Candidate, CompiledSample, SlotResult, Tier } from './types';

/**
 * How candidates are scored and ordered, explicitly, so `--explain` can say why an intent won:
 *   1. an exact sample match beats a match with slots, which beats one with unresolved slot values;
 *   2. the words as said beat the words with fillers ("please", "um", "how about") dropped;
 *   3. fewer slot words beat more (the sample's own words cover more of the utterance);
 *   4. a sample from the model beats a built-in default phrasing;
 *   5. then the order in the model.
 */

export interface FilledSlot {
  slot: SlotResult;
  words: number;
  resolved: boolean;
}

export function scoreCandidate(sample: CompiledSample, filled: FilledSlot[], variant: 0 | 1): Candidate | undefined {
  const literalWords = sample.literalKeys.length;
  const slotWords = filled.reduce((n, f) => n + f.words, 0);
  const tier: Tier = filled.length === 0 ? 3 : filled.every((f) => f.resolved) ? 2 : 1;
  // A sample that is nothing but an unknown slot value would swallow any utterance: not a fit.
  if (tier === 1 && literalWords === 0) return undefined;
  const coverage = literalWords / Math.max(1, literalWords + slotWords);
  const base = tier === 3 ? 1 - (sample.source === 'builtin' ? 0.01 : 0) : tier === 2 ? 0.6 + 0.3 * coverage : 0.3 + 0.25 * coverage;
  const slots: Record<string, SlotResult> = {};
  for (const f of filled) slots[f.slot.name] = f.slot;
  return {
    intent: sample.intent,
    sample: sample.text,
    source: sample.source,
    tier,
    variant,
    literalWords,
    slotWords,
    slots,
    order: sample.order,
    score: Math.round((base - 0.02 * variant) * 100) / 100,
  };
}

/** Negative when `a` beats `b`. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.tier === 0 && b.tier === 0) return compareGeneralised(a, b);
  return b.tier - a.tier || a.variant - b.variant || b.literalWords - a.literalWords || sourceRank(b) - sourceRank(a) || a.order - b.order;
}

function sourceRank(c: Candidate): number {
  return c.source === 'model' ? 1 : 0;
}

export const TIER_NAMES: Record<Tier, string> = {
  3: 'an exact sample match',
  2: 'a sample match with every slot value understood',
  1: 'a sample match with an unknown slot value',
  0: 'a generalised match',
};

export function explainWin(winner: Candidate, runnerUp: Candidate | undefined): string {
  if (winner.tier === 0) return explainGeneralised(winner, runnerUp);
  const how = `${TIER_NAMES[winner.tier]} ("${winner.sample}"${winner.source === 'builtin' ? ', a built-in phrasing' : ''})`;
  if (!runnerUp) return `${how}; no other intent has a sample that fits`;
  const vs = `${runnerUp.intent} ("${runnerUp.sample}")`;
  if (winner.tier !== runnerUp.tier) return `${how} beats ${TIER_NAMES[runnerUp.tier]} for ${vs}`;
  if (winner.variant !== runnerUp.variant) return `${how} fits the words as said; ${vs} only fits with fillers dropped`;
  if (winner.literalWords !== runnerUp.literalWords) {
    return `${how}: fewer slot words (${winner.slotWords} vs ${runnerUp.slotWords}) than ${vs}`;
  }
  if (winner.source !== runnerUp.source) return `${how}: a sample in the model beats the built-in phrasing of ${vs}`;
  return `${how}: ties with ${vs} and comes first in the model`;
}

function explainGeneralised(winner: Candidate, runnerUp: Candidate | undefined): string {
  const took = winner.notes?.length ? ` (${winner.notes.join('; ')})` : '';
  const how = `no sample fits exactly; ${TIER_NAMES[0]} to "${winner.sample}"${winner.source === 'builtin' ? ', a built-in phrasing' : ''} at confidence ${winner.score.toFixed(2)}${took}`;
  if (!runnerUp) return how;
  return `${how}, ahead of ${runnerUp.intent} ("${runnerUp.sample}") at ${runnerUp.score.toFixed(2)}`;
}
