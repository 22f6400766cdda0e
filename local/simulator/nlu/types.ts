/** The NLU's vocabulary: what a match looks like, shared by compiling, matching, ranking and explaining. */

export type ResolutionStatus = 'ER_SUCCESS_MATCH' | 'ER_SUCCESS_NO_MATCH';

export interface ResolvedValue {
  id: string;
  /** The canonical value name (what Alexa returns in resolutions, not what was said). */
  name: string;
  /** The synonym that matched, when it was not the canonical name. */
  synonym?: string;
}

export interface SlotResult {
  name: string;
  type: string;
  /** slot.value as Alexa sends it: the words said, or digits for AMAZON.NUMBER; absent when unfilled. */
  value?: string;
  /** Entity resolution, for custom slot types only. */
  resolution?: { status: ResolutionStatus; values: ResolvedValue[] };
}

/** 3, 2, 1: the exact tier (see rank.ts); 0: the generalising tier (see generalise.ts). */
export type Tier = 3 | 2 | 1 | 0;

export interface Candidate {
  intent: string;
  sample: string;
  source: 'model' | 'builtin';
  /** 3: exact sample; 2: slots filled with known values; 1: some slot value unknown; 0: generalised. */
  tier: Tier;
  /** 0: the words as said; 1: with leading/trailing fillers dropped. */
  variant: 0 | 1;
  literalWords: number;
  slotWords: number;
  slots: Record<string, SlotResult>;
  /** Position of the sample in the model (built-in phrasings after the model's samples). */
  order: number;
  /** The confidence, 0 to 1. */
  score: number;
  /** Generalised matches: what it took (stems, near misses, missing and extra words). */
  notes?: string[];
}

export interface IntentConsideration {
  intent: string;
  /** The intent's best fitting sample, if any fits. */
  best?: Candidate;
  /** When nothing fits: the sample sharing the most words with the utterance. */
  closest?: { sample: string; overlap: number };
}

export interface NluResult {
  utterance: string;
  locale: string;
  intent: string;
  /** Every slot the winning intent defines; unfilled ones without a value. */
  slots: Record<string, SlotResult>;
  score: number;
  sample?: string;
  source: 'model' | 'builtin' | 'fallback';
  winner?: Candidate;
  /** Intents considered, best first: those that fit, then the closest of those that did not. */
  considered: IntentConsideration[];
  /** Why the winner won. */
  reason: string;
  /** Which tier decided: exact samples, or the generalising tier (also when it fell below the threshold). */
  tier: 'exact' | 'generalised' | 'none';
  /** The generalising tier's threshold, when that tier was tried. */
  threshold?: number;
  /** For one-shots: the reading of the request that was used, when several were tried. */
  readings?: { phrase: string; intent: string; score: number }[];
}

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

export type Part = { kind: 'word'; key: string; display: string } | { kind: 'slot'; name: string; type: string };

export interface CompiledSample {
  intent: string;
  text: string;
  source: 'model' | 'builtin';
  parts: Part[];
  literalKeys: string[];
  /** The sample's words as written (lowercase), for stemming. */
  literalDisplays: string[];
  order: number;
}

export interface TypeEntry {
  id: string;
  name: string;
  synonym?: string;
}

/** Slot types whose value is a number said as digits or words (no entity resolution). */
export const NUMBER_TYPES = new Set(['AMAZON.NUMBER', 'AMAZON.FOUR_DIGIT_NUMBER']);
