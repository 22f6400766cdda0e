import { defaultModels, type LanguageModel, type ModelSource } from '../model';
import { displayOf, type Language, type Token, tokenize, vocabularyKey } from '../text';
import { type CompiledModel, compileModel } from './compile';
import { Generaliser } from './generalise';
import { languageParts } from './language';
import { fitSample, stripFillers } from './match';
import { compareCandidates, explainWin } from './rank';
import {
  type Candidate,
  type CompiledSample,
  FALLBACK_INTENT,
  type IntentConsideration,
  type NluResult,
  type SlotResult,
  type TypeEntry,
} from './types';

/**
 * Offline natural-language understanding from the skill's own interaction model: every intent's
 * samples with their slots, custom slot values and synonyms resolved to ids (entity resolution),
 * AMAZON.NUMBER from digits or number words, the usual phrasings of built-in intents, and
 * AMAZON.FallbackIntent for everything else. Split by job: compile (model to samples), match (how a
 * sample fits the words), rank (scores and order), explain (the `--explain` text).
 */

export { describeSlots, formatExplanation } from './explain';
export { compareCandidates } from './rank';
export * from './types';

export interface NluOptions {
  /** Exact matching only (no generalising tier), as the simulator behaved before it generalised. */
  strict?: boolean;
  /** Generalised matches below this confidence go to AMAZON.FallbackIntent. */
  threshold?: number;
}

/** Tuned on the calibration set's tuning part (test/nlu/calibration; figures in docs/understanding.md). */
export const DEFAULT_THRESHOLD = 0.65;

export class Nlu {
  readonly language: Language;
  readonly samples: CompiledSample[];
  readonly intentNames: string[];
  /** Custom slot types: phrase key -> matching values. */
  readonly types: Map<string, Map<string, TypeEntry[]>>;
  readonly strict: boolean;
  readonly threshold: number;
  private readonly compiled: CompiledModel;
  private readonly generaliser: Generaliser;

  constructor(
    readonly locale: string,
    readonly model: LanguageModel,
    options: NluOptions = {},
  ) {
    this.strict = options.strict ?? false;
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
    this.compiled = compileModel(locale, model);
    this.generaliser = new Generaliser(this.compiled, languageParts(this.compiled.language));
    this.language = this.compiled.language;
    this.samples = this.compiled.samples;
    this.intentNames = this.compiled.intentNames;
    this.types = this.compiled.types;
  }

  /** The slots an intent defines. */
  slotsOf(intent: string): { name: string; type: string }[] {
    return this.compiled.slotsByIntent.get(intent) ?? [];
  }

  private tokens(utterance: string): Token[] {
    return tokenize(utterance, this.locale).map((t) => ({ display: t.display, key: vocabularyKey(t.key, this.compiled.vocabulary) }));
  }

  /** Matches one utterance against every intent of the model. */
  match(utterance: string): NluResult {
    const tokens = this.tokens(utterance);
    const variants: { tokens: Token[]; variant: 0 | 1 }[] = [{ tokens, variant: 0 }];
    const stripped = stripFillers(tokens, this.compiled.fillers);
    if (stripped.length > 0 && stripped.length < tokens.length) variants.push({ tokens: stripped, variant: 1 });

    const bestByIntent = new Map<string, Candidate>();
    for (const { tokens: words, variant } of variants) {
      const keySet = new Set(words.map((w) => w.key));
      for (const sample of this.samples) {
        if (!sample.literalKeys.every((k) => keySet.has(k))) continue;
        const fit = fitSample(this.compiled, sample, words, variant);
        if (!fit) continue;
        const current = bestByIntent.get(sample.intent);
        if (!current || compareCandidates(fit, current) < 0) bestByIntent.set(sample.intent, fit);
      }
    }
    const fits = [...bestByIntent.values()].sort(compareCandidates);
    const considered: IntentConsideration[] = fits.map((best) => ({ intent: best.intent, best }));
    const keys = tokens.map((t) => t.key);
    const misses = this.intentNames
      .filter((name) => !bestByIntent.has(name) && name !== FALLBACK_INTENT)
      .map((intent) => ({ intent, closest: this.closest(intent, keys) }))
      .sort((a, b) => (b.closest?.overlap ?? 0) - (a.closest?.overlap ?? 0));
    considered.push(...misses);

    const winner = fits[0];
    if (!winner) {
      if (!this.strict && tokens.length > 0) return this.generalise(utterance, tokens, stripped, considered);
      return {
        utterance,
        locale: this.locale,
        intent: FALLBACK_INTENT,
        slots: {},
        score: 0,
        source: 'fallback',
        considered,
        tier: 'none',
        reason: tokens.length === 0 ? 'nothing was said' : 'no sample of any intent fits these words, so Alexa sends the fallback intent',
      };
    }
    if (winner.tier === 1 && !this.strict) {
      // Only an unknown slot value fits exactly ("a tip about the postmortems"): a generalised match that
      // understands every slot value, above the threshold, is the better reading.
      const general = this.generalise(utterance, tokens, stripped, considered);
      if (
        general.winner &&
        Object.values(general.winner.slots).some((s) => s.resolution?.status === 'ER_SUCCESS_MATCH') &&
        !general.winner.notes?.some((n) => n.startsWith('no value'))
      )
        return general;
    }
    return {
      tier: 'exact',
      utterance,
      locale: this.locale,
      intent: winner.intent,
      slots: this.allSlots(winner),
      score: winner.score,
      sample: winner.sample,
      source: winner.source,
      winner,
      considered,
      reason: explainWin(winner, fits[1]),
    };
  }

  /** The generalising tier, when no sample fits exactly: the best guess, or Fallback below the threshold. */
  private generalise(utterance: string, tokens: Token[], stripped: Token[], exactMisses: IntentConsideration[]): NluResult {
    const words = stripped.length > 0 ? stripped : tokens;
    const dropped = words.length < tokens.length ? dropFillers(tokens, words) : [];
    const fits = this.generaliser.candidates(words, dropped);
    const considered: IntentConsideration[] = fits.map((best) => ({ intent: best.intent, best }));
    const seen = new Set(fits.map((f) => f.intent));
    considered.push(...exactMisses.filter((c) => !seen.has(c.intent)));
    const winner = fits[0];
    const common = { utterance, locale: this.locale, considered, tier: 'generalised' as const, threshold: this.threshold };
    if (!winner || winner.score < this.threshold) {
      const guess = winner
        ? `the best guess, ${winner.intent} ("${winner.sample}") at ${winner.score.toFixed(2)}, is below the threshold ${this.threshold.toFixed(2)}`
        : 'nothing comes close';
      return {
        ...common,
        intent: FALLBACK_INTENT,
        slots: {},
        score: winner ? Math.round((1 - winner.score) * 100) / 100 : 1,
        source: 'fallback',
        reason: `no sample fits exactly and ${guess}, so Alexa sends the fallback intent`,
      };
    }
    return {
      ...common,
      intent: winner.intent,
      slots: this.allSlots(winner),
      score: winner.score,
      sample: winner.sample,
      source: winner.source,
      winner,
      reason: explainWin(winner, fits[1]),
    };
  }

  /**
   * Matches several readings of one request (a one-shot's words with and without the connecting
   * word) and keeps the best; earlier readings win ties.
   */
  matchReadings(phrases: readonly string[]): NluResult {
    const results = phrases.map((p) => this.match(p));
    let best = results[0]!;
    for (const result of results.slice(1)) {
      if (result.winner && (!best.winner || compareCandidates(result.winner, best.winner) < 0)) best = result;
    }
    if (results.length > 1) best.readings = results.map((r) => ({ phrase: r.utterance, intent: r.intent, score: r.score }));
    return best;
  }

  private allSlots(candidate: Candidate): Record<string, SlotResult> {
    const slots: Record<string, SlotResult> = {};
    for (const slot of this.slotsOf(candidate.intent))
      slots[slot.name] = candidate.slots[slot.name] ?? { name: slot.name, type: slot.type };
    return { ...slots, ...candidate.slots };
  }

  private closest(intent: string, keys: string[]): { sample: string; overlap: number } | undefined {
    let best: { sample: string; overlap: number } | undefined;
    const said = new Set(keys);
    for (const sample of this.samples) {
      if (sample.intent !== intent) continue;
      const shared = new Set(sample.literalKeys.filter((k) => said.has(k))).size;
      const overlap = shared / Math.max(sample.parts.length, keys.length, 1);
      if (!best || overlap > best.overlap) best = { sample: sample.text, overlap: Math.round(overlap * 100) / 100 };
    }
    return best;
  }
}

/** The fillers stripFillers removed, as said: the words before and after the kept ones. */
function dropFillers(tokens: Token[], kept: Token[]): string[] {
  const start = tokens.indexOf(kept[0]!);
  const end = start + kept.length;
  const before = displayOf(tokens.slice(0, start));
  const after = displayOf(tokens.slice(end));
  return [before, after].filter((d) => d.length > 0);
}

const cache = new Map<string, Nlu>();
const sourceIds = new WeakMap<ModelSource, number>();
let nextSourceId = 1;

/** The NLU for a locale's model (cached per model source). */
export function nluFor(locale: string, source: ModelSource = defaultModels(), options: NluOptions = {}): Nlu {
  let id = sourceIds.get(source);
  if (id === undefined) {
    id = nextSourceId++;
    sourceIds.set(source, id);
  }
  const key = `${id}:${locale}:${options.strict ? 'strict' : 'general'}:${options.threshold ?? ''}`;
  let nlu = cache.get(key);
  if (!nlu) {
    nlu = new Nlu(locale, source.model(locale), options);
    cache.set(key, nlu);
  }
  return nlu;
}

/** Convenience for tests and tools: fold a phrase the way the NLU does. */
export function normalizeUtterance(text: string, locale = 'en-US'): string {
  return displayOf(tokenize(text, locale));
}
