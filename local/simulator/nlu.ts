import { BUILT_IN_PHRASES, FILLERS } from './builtins';
import { defaultModels, type LanguageModel, type ModelSource } from './model';
import { numberSlotValue } from './numbers';
import { displayOf, keysOf, type Language, languageOfLocale, type Token, tokenize, vocabularyKey } from './text';

/**
 * Offline natural-language understanding from the skill's own interaction model: every intent's
 * samples with their slots, custom slot values and synonyms resolved to ids (entity resolution),
 * AMAZON.NUMBER from digits or number words, the usual phrasings of built-in intents, and
 * AMAZON.FallbackIntent for everything else. The scoring is explicit so `--explain` can say why an
 * intent won:
 *   1. an exact sample match beats a match with slots, which beats one with unresolved slot values;
 *   2. the words as said beat the words with fillers ("please", "um", "how about") dropped;
 *   3. fewer slot words beat more (the sample's own words cover more of the utterance);
 *   4. a sample from the model beats a built-in default phrasing;
 *   5. then the order in the model.
 */

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

export type Tier = 3 | 2 | 1;

export interface Candidate {
  intent: string;
  sample: string;
  source: 'model' | 'builtin';
  /** 3: exact sample; 2: slots filled with known values; 1: some slot value unknown. */
  tier: Tier;
  /** 0: the words as said; 1: with leading/trailing fillers dropped. */
  variant: 0 | 1;
  literalWords: number;
  slotWords: number;
  slots: Record<string, SlotResult>;
  /** Position of the sample in the model (built-in phrasings after the model's samples). */
  order: number;
  score: number;
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
  /** For one-shots: the reading of the request that was used, when several were tried. */
  readings?: { phrase: string; intent: string; score: number }[];
}

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

type Part = { kind: 'word'; key: string } | { kind: 'slot'; name: string; type: string };

export interface CompiledSample {
  intent: string;
  text: string;
  source: 'model' | 'builtin';
  parts: Part[];
  literalKeys: string[];
  order: number;
}

interface TypeEntry {
  id: string;
  name: string;
  synonym?: string;
}

const MAX_SLOT_WORDS = 8;
const MAX_UNRESOLVED_SLOT_WORDS = 5;
/** Slot types whose value is free text (no entity resolution). */
const NUMBER_TYPES = new Set(['AMAZON.NUMBER', 'AMAZON.FOUR_DIGIT_NUMBER']);

export class Nlu {
  readonly language: Language;
  readonly samples: CompiledSample[] = [];
  readonly intentNames: string[];
  /** Custom slot types: phrase key -> matching values. */
  readonly types = new Map<string, Map<string, TypeEntry[]>>();
  private readonly slotsByIntent = new Map<string, { name: string; type: string }[]>();
  private readonly vocabulary = new Set<string>();
  private readonly fillers: { leading: string[][]; trailing: string[][] };

  constructor(
    readonly locale: string,
    readonly model: LanguageModel,
  ) {
    this.language = languageOfLocale(locale);
    for (const type of model.types ?? []) {
      const entries = new Map<string, TypeEntry[]>();
      for (const value of type.values) {
        const id = value.id ?? value.name.value;
        const add = (phrase: string, synonym?: string) => {
          const key = keysOf(phrase, locale).join(' ');
          if (!key) return;
          for (const word of key.split(' ')) this.vocabulary.add(word);
          const list = entries.get(key) ?? [];
          if (!list.some((e) => e.id === id)) list.push({ id, name: value.name.value, synonym });
          entries.set(key, list);
        };
        add(value.name.value);
        for (const synonym of value.name.synonyms ?? []) add(synonym, synonym);
      }
      this.types.set(type.name, entries);
    }
    let order = 0;
    for (const intent of model.intents) {
      const slots = (intent.slots ?? []).map((s) => ({ name: s.name, type: s.type }));
      this.slotsByIntent.set(intent.name, slots);
      for (const sample of intent.samples ?? []) this.samples.push(this.compile(intent.name, sample, 'model', slots, order++));
    }
    const builtIns = BUILT_IN_PHRASES[this.language];
    for (const intent of model.intents) {
      for (const phrase of builtIns[intent.name] ?? []) this.samples.push(this.compile(intent.name, phrase, 'builtin', [], order++));
    }
    this.intentNames = model.intents.map((i) => i.name);
    if (!this.intentNames.includes(FALLBACK_INTENT)) this.intentNames.push(FALLBACK_INTENT);
    const fill = FILLERS[this.language];
    this.fillers = {
      leading: fill.leading.map((f) => keysOf(f, locale)),
      trailing: fill.trailing.map((f) => keysOf(f, locale)),
    };
  }

  /** The slots an intent defines. */
  slotsOf(intent: string): { name: string; type: string }[] {
    return this.slotsByIntent.get(intent) ?? [];
  }

  private compile(
    intent: string,
    text: string,
    source: 'model' | 'builtin',
    slots: { name: string; type: string }[],
    order: number,
  ): CompiledSample {
    const parts: Part[] = [];
    for (const piece of text.split(/(\{[^}]+\})/)) {
      const slot = /^\{([^}]+)\}$/.exec(piece);
      if (slot) {
        const name = slot[1]!.trim();
        parts.push({ kind: 'slot', name, type: slots.find((s) => s.name === name)?.type ?? 'AMAZON.SearchQuery' });
        continue;
      }
      for (const key of keysOf(piece, this.locale)) {
        this.vocabulary.add(key);
        parts.push({ kind: 'word', key });
      }
    }
    const literalKeys = parts.flatMap((p) => (p.kind === 'word' ? [p.key] : []));
    return { intent, text, source, parts, literalKeys, order };
  }

  private tokens(utterance: string): Token[] {
    return tokenize(utterance, this.locale).map((t) => ({ display: t.display, key: vocabularyKey(t.key, this.vocabulary) }));
  }

  /** Matches one utterance against every intent of the model. */
  match(utterance: string): NluResult {
    const tokens = this.tokens(utterance);
    const variants: { tokens: Token[]; variant: 0 | 1 }[] = [{ tokens, variant: 0 }];
    const stripped = this.stripFillers(tokens);
    if (stripped.length > 0 && stripped.length < tokens.length) variants.push({ tokens: stripped, variant: 1 });

    const bestByIntent = new Map<string, Candidate>();
    for (const { tokens: words, variant } of variants) {
      const keySet = new Set(words.map((w) => w.key));
      for (const sample of this.samples) {
        if (!sample.literalKeys.every((k) => keySet.has(k))) continue;
        const fit = this.fit(sample, words, variant);
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
      return {
        utterance,
        locale: this.locale,
        intent: FALLBACK_INTENT,
        slots: {},
        score: 0,
        source: 'fallback',
        considered,
        reason: tokens.length === 0 ? 'nothing was said' : 'no sample of any intent fits these words, so Alexa sends the fallback intent',
      };
    }
    return {
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

  private stripFillers(tokens: Token[]): Token[] {
    let words = tokens;
    let changed = true;
    while (changed && words.length > 1) {
      changed = false;
      for (const filler of this.fillers.leading) {
        if (filler.length < words.length && filler.every((k, i) => words[i]!.key === k)) {
          words = words.slice(filler.length);
          changed = true;
          break;
        }
      }
      for (const filler of this.fillers.trailing) {
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
  private fit(sample: CompiledSample, words: Token[], variant: 0 | 1): Candidate | undefined {
    const keys = words.map((w) => w.key);
    const displays = words.map((w) => w.display);
    let best: Candidate | undefined;
    const parts = sample.parts;
    // Minimum number of words the parts from index i on need.
    const need = parts.map((_, i) => parts.length - i);

    const walk = (pi: number, ui: number, filled: { slot: SlotResult; words: number; resolved: boolean }[]): void => {
      if (pi === parts.length) {
        if (ui !== keys.length) return;
        const candidate = this.candidate(sample, filled, variant);
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
        const fill = this.fillSlot(part, keys.slice(ui, end), displays.slice(ui, end));
        if (fill) walk(pi + 1, end, [...filled, { ...fill, words: end - ui }]);
      }
    };
    walk(0, 0, []);
    return best;
  }

  private fillSlot(
    part: { name: string; type: string },
    keys: string[],
    displays: string[],
  ): { slot: SlotResult; resolved: boolean } | undefined {
    const spoken = displays.join(' ');
    if (NUMBER_TYPES.has(part.type)) {
      const value = numberSlotValue(displays, this.language);
      if (value === undefined) return undefined;
      if (part.type === 'AMAZON.FOUR_DIGIT_NUMBER' && !/^\d{4}$/.test(value)) return undefined;
      return { slot: { name: part.name, type: part.type, value }, resolved: true };
    }
    const type = this.types.get(part.type);
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

  private candidate(
    sample: CompiledSample,
    filled: { slot: SlotResult; words: number; resolved: boolean }[],
    variant: 0 | 1,
  ): Candidate | undefined {
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

/** Negative when `a` beats `b`. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return b.tier - a.tier || a.variant - b.variant || b.literalWords - a.literalWords || sourceRank(b) - sourceRank(a) || a.order - b.order;
}

function sourceRank(c: Candidate): number {
  return c.source === 'model' ? 1 : 0;
}

const TIER_NAMES: Record<Tier, string> = {
  3: 'an exact sample match',
  2: 'a sample match with every slot value understood',
  1: 'a sample match with an unknown slot value',
};

function explainWin(winner: Candidate, runnerUp: Candidate | undefined): string {
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

const cache = new Map<string, Nlu>();
const sourceIds = new WeakMap<ModelSource, number>();
let nextSourceId = 1;

/** The NLU for a locale's model (cached per model source). */
export function nluFor(locale: string, source: ModelSource = defaultModels()): Nlu {
  let id = sourceIds.get(source);
  if (id === undefined) {
    id = nextSourceId++;
    sourceIds.set(source, id);
  }
  const key = `${id}:${locale}`;
  let nlu = cache.get(key);
  if (!nlu) {
    nlu = new Nlu(locale, source.model(locale));
    cache.set(key, nlu);
  }
  return nlu;
}

function describeSlot(slot: SlotResult): string {
  if (slot.value === undefined) return `${slot.name}=(empty)`;
  const said = `${slot.name}="${slot.value}"`;
  if (!slot.resolution) return NUMBER_TYPES.has(slot.type) ? `${said} (${slot.type})` : said;
  if (slot.resolution.status === 'ER_SUCCESS_NO_MATCH') return `${said} -> ER_SUCCESS_NO_MATCH`;
  const values = slot.resolution.values.map((v) => v.id).join(' | ');
  return `${said} -> ${values} (ER_SUCCESS_MATCH)`;
}

export function describeSlots(slots: Record<string, SlotResult>): string {
  return Object.values(slots)
    .filter((s) => s.value !== undefined)
    .map(describeSlot)
    .join(', ');
}

/** The `--explain` text: intents considered with scores, and why the winner won. */
export function formatExplanation(result: NluResult, limit = 8): string {
  const lines: string[] = [];
  lines.push(`nlu (${result.locale}): "${result.utterance}"`);
  if (result.readings) {
    for (const r of result.readings) lines.push(`  reading "${r.phrase}" -> ${r.intent} ${r.score.toFixed(2)}`);
  }
  const width = Math.max(24, ...result.considered.slice(0, limit).map((c) => c.intent.length + 2));
  for (const c of result.considered.slice(0, limit)) {
    const name = c.intent.padEnd(width);
    if (c.best) {
      const slots = describeSlots(c.best.slots);
      const how = `${c.best.tier === 3 ? 'exact' : c.best.tier === 2 ? 'slots' : 'slot?'}${c.best.variant ? ', fillers dropped' : ''}${c.best.source === 'builtin' ? ', built-in phrasing' : ''}`;
      lines.push(`  ${name}${c.best.score.toFixed(2)}  "${c.best.sample}" [${how}]${slots ? `  ${slots}` : ''}`);
    } else {
      const closest =
        c.closest && c.closest.overlap > 0
          ? `closest "${c.closest.sample}" (${Math.round(c.closest.overlap * 100)}% shared words)`
          : 'nothing in common';
      lines.push(`  ${name}  -   no sample fits; ${closest}`);
    }
  }
  const rest = result.considered.length - limit;
  if (rest > 0) lines.push(`  ... ${rest} more intents without a fitting sample`);
  lines.push(`  winner: ${result.intent} (${result.score.toFixed(2)}): ${result.reason}`);
  return lines.join('\n');
}

/** Convenience for tests and tools: fold a phrase the way the NLU does. */
export function normalizeUtterance(text: string, locale = 'en-US'): string {
  return displayOf(tokenize(text, locale));
}
