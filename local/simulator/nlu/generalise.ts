import { numberSlotValue } from '../numbers';
import type { Token } from '../text';
import type { CompiledModel } from './compile';
import { CONTENT_WEIGHT, FUNCTION_WEIGHT, type LanguageParts } from './language';
import { type Candidate, type CompiledSample, NUMBER_TYPES, type SlotResult, type TypeEntry } from './types';

/**
 * The generalising tier, tried when no sample fits the words exactly: it scores every sample the way a
 * statistical NLU generalises from its samples. Slot values are found wherever they stand in the
 * utterance (word order around a slot), by their words, their stems or a near-miss; the other words are
 * paired with the sample's words in any order, where the same stem shares most of a word's weight and a near-miss
 * some of it. Function words ("a", "the", "about", "zu") weigh little, content words weigh by how well
 * they tell intents apart. The confidence is the F1 of the shared weight: how much of the sample was
 * said, and how much of what was said the sample explains (1 for the same words, 0 for none in common).
 */

const STEM_CREDIT = 0.9;
const NEAR_MISS_CREDIT = 0.6;
const FUNCTION_SWAP_CREDIT = 0.5;
const SLOT_WEIGHT = 0.7;
const MIN_CONTENT_WEIGHT = 0.4;
const MAX_SPAN_WORDS = 5;

export interface Word {
  display: string;
  key: string;
  stem: string;
  weight: number;
}

interface Span {
  start: number;
  end: number;
  slot: SlotResult;
  credit: number;
  how: 'exact' | 'stem' | 'near-miss' | 'number';
}

export class Generaliser {
  private readonly sampleWords = new Map<CompiledSample, Word[]>();
  private readonly stemmedTypes = new Map<string, Map<string, TypeEntry[]>>();

  /** Per stem: how many intents use it in a sample. */
  private readonly intentsPerStem = new Map<string, number>();
  private readonly intentCount: number;

  constructor(
    private readonly model: CompiledModel,
    private readonly parts: LanguageParts,
  ) {
    const intentsOf = new Map<string, Set<string>>();
    for (const sample of model.samples) {
      for (const display of sample.literalDisplays) {
        const stem = parts.stem(display);
        const set = intentsOf.get(stem) ?? new Set<string>();
        set.add(sample.intent);
        intentsOf.set(stem, set);
      }
    }
    for (const [stem, set] of intentsOf) this.intentsPerStem.set(stem, set.size);
    this.intentCount = new Set(model.samples.map((s) => s.intent)).size;
  }

  /**
   * A word's weight: function and carrier words count little; a content word counts by how well it tells
   * intents apart (inverse document frequency over the intents' samples), and a word no sample uses counts
   * fully, as it is most likely a sign of another request.
   */
  word(display: string, key: string): Word {
    const stem = this.parts.stem(display);
    if (this.parts.isFunctionWord(key)) return { display, key, stem, weight: FUNCTION_WEIGHT };
    const intents = this.intentsPerStem.get(stem);
    const weight =
      intents === undefined || this.intentCount < 2
        ? CONTENT_WEIGHT
        : Math.max(MIN_CONTENT_WEIGHT, Math.log(this.intentCount / intents) / Math.log(this.intentCount));
    return { display, key, stem, weight };
  }

  /** The best generalised candidate of each intent, best first. */
  candidates(tokens: Token[], dropped: string[]): Candidate[] {
    const words = tokens.map((t) => this.word(t.display, t.key));
    const spanCache = new Map<string, Span[]>();
    const best = new Map<string, Candidate>();
    for (const sample of this.model.samples) {
      const candidate = this.score(sample, words, spanCache, dropped);
      if (!candidate) continue;
      const current = best.get(sample.intent);
      if (!current || compareGeneralised(candidate, current) < 0) best.set(sample.intent, candidate);
    }
    return [...best.values()].sort(compareGeneralised);
  }

  private wordsOf(sample: CompiledSample): Word[] {
    let list = this.sampleWords.get(sample);
    if (!list) {
      list = sample.literalKeys.map((key, i) => this.word(sample.literalDisplays[i]!, key));
      this.sampleWords.set(sample, list);
    }
    return list;
  }

  private score(sample: CompiledSample, words: Word[], spanCache: Map<string, Span[]>, dropped: string[]): Candidate | undefined {
    const notes: string[] = dropped.length > 0 ? [`fillers dropped: ${dropped.map((d) => `"${d}"`).join(', ')}`] : [];
    const slotParts = sample.parts.flatMap((p) => (p.kind === 'slot' ? [p] : []));
    const used = new Set<number>();
    const slots: Record<string, SlotResult> = {};
    let shared = 0;
    let sampleWeight = 0;
    let saidWeight = 0;
    let slotWords = 0;
    for (const part of slotParts) {
      sampleWeight += SLOT_WEIGHT;
      let spans = spanCache.get(part.type);
      if (!spans) {
        spans = this.spans(part.type, words);
        spanCache.set(part.type, spans);
      }
      const span = spans.find((s) => !rangeUsed(used, s.start, s.end));
      if (!span) {
        if (NUMBER_TYPES.has(part.type) || !this.model.types.has(part.type)) return undefined;
        notes.push(`no value for {${part.name}}`);
        continue;
      }
      for (let i = span.start; i < span.end; i++) used.add(i);
      saidWeight += SLOT_WEIGHT;
      shared += SLOT_WEIGHT * span.credit;
      slotWords += span.end - span.start;
      slots[part.name] = { ...span.slot, name: part.name };
      if (span.how !== 'exact' && span.how !== 'number') notes.push(`{${part.name}} "${span.slot.value}" by ${span.how}`);
    }
    const rest = words.filter((_, i) => !used.has(i));
    const target = this.wordsOf(sample);
    if (target.length === 0 && slotParts.length === 0) return undefined;
    const aligned = align(target, rest, this.parts);
    shared += aligned.shared;
    sampleWeight += target.reduce((n, w) => n + w.weight, 0);
    saidWeight += rest.reduce((n, w) => n + w.weight, 0);
    notes.push(...aligned.notes);
    // F1 of the shared weight: how much of the sample was said, and how much of what was said the sample explains.
    const recall = sampleWeight === 0 ? 0 : shared / sampleWeight;
    const precision = saidWeight === 0 ? 0 : shared / saidWeight;
    const confidence = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
    return {
      intent: sample.intent,
      sample: sample.text,
      source: sample.source,
      tier: 0,
      variant: dropped.length > 0 ? 1 : 0,
      literalWords: target.length,
      slotWords,
      slots,
      order: sample.order,
      score: Math.round(confidence * 100) / 100,
      notes,
    };
  }

  /** Every way the utterance's words can fill a slot of this type, best (longest, cheapest) first. */
  private spans(type: string, words: Word[]): Span[] {
    const spans: Span[] = [];
    const custom = this.model.types.get(type);
    for (let start = 0; start < words.length; start++) {
      for (let end = start + 1; end <= Math.min(words.length, start + MAX_SPAN_WORDS); end++) {
        const piece = words.slice(start, end);
        const value = piece.map((w) => w.display).join(' ');
        if (NUMBER_TYPES.has(type)) {
          const number = numberSlotValue(
            piece.map((w) => w.display),
            this.model.language,
          );
          if (number !== undefined && (type !== 'AMAZON.FOUR_DIGIT_NUMBER' || /^\d{4}$/.test(number)))
            spans.push({ start, end, credit: 1, how: 'number', slot: { name: '', type, value: number } });
          continue;
        }
        if (!custom) continue;
        if (piece.every((w) => w.weight === FUNCTION_WEIGHT)) continue;
        const found = this.resolve(type, custom, piece);
        if (found) {
          spans.push({
            start,
            end,
            credit: found.credit,
            how: found.how,
            slot: {
              name: '',
              type,
              value,
              resolution: {
                status: 'ER_SUCCESS_MATCH',
                values: found.entries.map((m) => ({ id: m.id, name: m.name, synonym: m.synonym })),
              },
            },
          });
        }
      }
    }
    return spans.sort((a, b) => b.end - b.start - (a.end - a.start) || b.credit - a.credit || a.start - b.start);
  }

  private resolve(
    type: string,
    custom: Map<string, TypeEntry[]>,
    piece: Word[],
  ): { entries: TypeEntry[]; credit: number; how: Span['how'] } | undefined {
    const exact = custom.get(piece.map((w) => w.key).join(' '));
    if (exact) return { entries: exact, credit: 1, how: 'exact' };
    const stemmed = this.stemmed(type, custom).get(piece.map((w) => w.stem).join(' '));
    if (stemmed) return { entries: stemmed, credit: STEM_CREDIT, how: 'stem' };
    const joined = piece.map((w) => w.key).join(' ');
    for (const [key, entries] of custom) {
      if (key.split(' ').length === piece.length && this.parts.nearMiss(key, joined))
        return { entries, credit: NEAR_MISS_CREDIT, how: 'near-miss' };
    }
    return undefined;
  }

  private stemmed(type: string, custom: Map<string, TypeEntry[]>): Map<string, TypeEntry[]> {
    let map = this.stemmedTypes.get(type);
    if (!map) {
      map = new Map();
      for (const [key, entries] of custom) {
        const stem = key
          .split(' ')
          .map((k) => this.parts.stem(k))
          .join(' ');
        if (!map.has(stem)) map.set(stem, entries);
      }
      this.stemmedTypes.set(type, map);
    }
    return map;
  }
}

function rangeUsed(used: Set<number>, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (used.has(i)) return true;
  return false;
}

/**
 * Pairs the sample's words with the words said, best pairs first and in any order (German puts the verb
 * last, English the topic first: "den letzten wiederholen" is "wiederhole den letzten"): how much weight
 * they share, and what it took.
 */
export function align(target: Word[], said: Word[], parts: LanguageParts): { shared: number; notes: string[] } {
  const pairs: { i: number; j: number; shared: number; note?: string }[] = [];
  target.forEach((a, i) => {
    said.forEach((b, j) => {
      const pair = pairing(a, b, parts);
      if (pair) pairs.push({ i, j, ...pair });
    });
  });
  pairs.sort((x, y) => y.shared - x.shared || Math.abs(x.i - x.j) - Math.abs(y.i - y.j));
  const usedTarget = new Set<number>();
  const usedSaid = new Set<number>();
  const notes: string[] = [];
  let shared = 0;
  for (const pair of pairs) {
    if (usedTarget.has(pair.i) || usedSaid.has(pair.j)) continue;
    usedTarget.add(pair.i);
    usedSaid.add(pair.j);
    shared += pair.shared;
    if (pair.note) notes.push(pair.note);
  }
  const missing = target.filter((_, i) => !usedTarget.has(i)).map((w) => w.display);
  const extra = said.filter((_, j) => !usedSaid.has(j)).map((w) => w.display);
  if (missing.length > 0) notes.push(`missing: ${missing.join(' ')}`);
  if (extra.length > 0) notes.push(`extra: ${extra.join(' ')}`);
  return { shared, notes };
}

/** How much two words share: all of their weight when equal, most of it for the same stem, some for a slip. */
function pairing(a: Word, b: Word, parts: LanguageParts): { shared: number; note?: string } | undefined {
  const weight = Math.min(a.weight, b.weight);
  if (a.key === b.key) return { shared: weight };
  if (a.stem === b.stem) return { shared: weight * STEM_CREDIT, note: `"${b.display}" ~ "${a.display}" (same stem)` };
  if (a.weight <= FUNCTION_WEIGHT && b.weight <= FUNCTION_WEIGHT)
    return { shared: weight * FUNCTION_SWAP_CREDIT, note: `"${b.display}" for "${a.display}"` };
  if (a.weight > FUNCTION_WEIGHT && b.weight > FUNCTION_WEIGHT && parts.nearMiss(a.key, b.key))
    return { shared: weight * NEAR_MISS_CREDIT, note: `"${b.display}" ~ "${a.display}" (near miss)` };
  return undefined;
}

/** Negative when `a` beats `b`: higher confidence, then a sample from the model, then model order. */
export function compareGeneralised(a: Candidate, b: Candidate): number {
  return b.score - a.score || (b.source === 'model' ? 1 : 0) - (a.source === 'model' ? 1 : 0) || a.order - b.order;
}
