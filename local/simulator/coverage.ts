import { defaultModels, type ModelSource } from './model';
import { FALLBACK_INTENT, type Nlu, nluFor } from './nlu';
import { type BuiltInCollision, builtInCollisions, formatCollision } from './nlu/collisions';
import type { TurnResult } from './session';

/**
 * Interaction-model coverage: which intents, samples and slot values the dialogs exercised, per
 * locale, and which samples can never win (their own words go to another intent).
 */

export interface CountedList {
  total: number;
  exercised: number;
  percent: number;
}

export interface IntentCoverage {
  name: string;
  hits: number;
  samples: { total: number; exercised: number; unexercised: string[] };
}

export interface SlotTypeCoverage extends CountedList {
  type: string;
  hits: Record<string, number>;
  unexercised: string[];
}

export interface ShadowedSample {
  intent: string;
  sample: string;
  /** The words tested (the sample with example slot values). */
  tried: string[];
  /** Who wins instead. */
  wonBy: { intent: string; sample?: string };
}

export interface ValueConflict {
  intent: string;
  sample: string;
  text: string;
  wonBy: { intent: string; sample?: string };
}

export interface LocaleCoverage {
  locale: string;
  intents: CountedList & { list: IntentCoverage[] };
  samples: CountedList;
  slotValues: CountedList & { types: SlotTypeCoverage[] };
  requests: Record<string, number>;
  /** Samples whose own words always resolve to another intent: they can never win. */
  shadowed: ShadowedSample[];
  /** Samples whose own words always go to an identical sample earlier in the same intent. */
  duplicates: ShadowedSample[];
  /** Sample + slot value combinations that go to another intent (the sample still wins for other values). */
  valueConflicts: ValueConflict[];
  /** Custom samples that are a built-in intent's usual phrasing: Alexa may send the built-in instead. */
  builtInCollisions: BuiltInCollision[];
}

export interface CoverageReport {
  generatedAt: string;
  locales: LocaleCoverage[];
}

interface LocaleHits {
  intents: Map<string, number>;
  samples: Map<string, number>;
  slotValues: Map<string, Map<string, number>>;
  requests: Map<string, number>;
}

const sampleKey = (intent: string, sample: string) => `${intent}\u0000${sample}`;

function percent(exercised: number, total: number): number {
  return total === 0 ? 100 : Math.round((exercised / total) * 1000) / 10;
}

export class CoverageTracker {
  private readonly hits = new Map<string, LocaleHits>();

  constructor(readonly models: ModelSource = defaultModels()) {}

  private of(locale: string): LocaleHits {
    let h = this.hits.get(locale);
    if (!h) {
      h = { intents: new Map(), samples: new Map(), slotValues: new Map(), requests: new Map() };
      this.hits.set(locale, h);
    }
    return h;
  }

  /** Counts what one turn exercised. */
  record(turn: TurnResult): void {
    const h = this.of(turn.locale);
    for (const exchange of turn.exchanges) {
      const type = exchange.request.request.type;
      h.requests.set(type, (h.requests.get(type) ?? 0) + 1);
    }
    const nlu = turn.nlu;
    if (!nlu || !turn.request) return;
    h.intents.set(nlu.intent, (h.intents.get(nlu.intent) ?? 0) + 1);
    if (nlu.sample && nlu.source === 'model') {
      const key = sampleKey(nlu.intent, nlu.sample);
      h.samples.set(key, (h.samples.get(key) ?? 0) + 1);
    }
    for (const slot of Object.values(nlu.slots)) {
      if (slot.resolution?.status !== 'ER_SUCCESS_MATCH') continue;
      const ids = h.slotValues.get(slot.type) ?? new Map<string, number>();
      for (const value of slot.resolution.values) ids.set(value.id, (ids.get(value.id) ?? 0) + 1);
      h.slotValues.set(slot.type, ids);
    }
  }

  recordAll(turns: readonly TurnResult[]): void {
    for (const turn of turns) this.record(turn);
  }

  /** The report for the given locales (default: every locale with a model). */
  report(locales: readonly string[] = this.models.locales()): CoverageReport {
    return { generatedAt: new Date().toISOString(), locales: locales.map((l) => this.localeReport(l)) };
  }

  private localeReport(locale: string): LocaleCoverage {
    const nlu = nluFor(locale, this.models);
    const model = nlu.model;
    const h = this.of(locale);
    const list: IntentCoverage[] = model.intents.map((intent) => {
      const samples = intent.samples ?? [];
      const unexercised = samples.filter((s) => !h.samples.has(sampleKey(intent.name, s)));
      return {
        name: intent.name,
        hits: h.intents.get(intent.name) ?? 0,
        samples: { total: samples.length, exercised: samples.length - unexercised.length, unexercised },
      };
    });
    const intentsExercised = list.filter((i) => i.hits > 0).length;
    const samplesTotal = list.reduce((n, i) => n + i.samples.total, 0);
    const samplesExercised = list.reduce((n, i) => n + i.samples.exercised, 0);

    const usedTypes = new Set(model.intents.flatMap((i) => (i.slots ?? []).map((s) => s.type)));
    const types: SlotTypeCoverage[] = (model.types ?? [])
      .filter((t) => usedTypes.has(t.name))
      .map((type) => {
        const ids = type.values.map((v) => v.id ?? v.name.value);
        const hits = h.slotValues.get(type.name) ?? new Map<string, number>();
        const unexercised = ids.filter((id) => !hits.has(id));
        return {
          type: type.name,
          total: ids.length,
          exercised: ids.length - unexercised.length,
          percent: percent(ids.length - unexercised.length, ids.length),
          hits: Object.fromEntries(hits),
          unexercised,
        };
      });
    const valuesTotal = types.reduce((n, t) => n + t.total, 0);
    const valuesExercised = types.reduce((n, t) => n + t.exercised, 0);
    const analysis = analyseShadowing(nlu);
    return {
      builtInCollisions: builtInCollisions(nlu),
      locale,
      intents: { total: list.length, exercised: intentsExercised, percent: percent(intentsExercised, list.length), list },
      samples: { total: samplesTotal, exercised: samplesExercised, percent: percent(samplesExercised, samplesTotal) },
      slotValues: { total: valuesTotal, exercised: valuesExercised, percent: percent(valuesExercised, valuesTotal), types },
      requests: Object.fromEntries(h.requests),
      ...analysis,
    };
  }
}

const NUMBER_EXAMPLES: Record<string, string[]> = { en: ['five', '21'], de: ['fünf', '21'] };
const MAX_FILLS = 80;

/** Example words for a slot type: every value's name for a custom type, a few numbers for AMAZON.NUMBER. */
function exampleFills(nlu: Nlu, type: string): string[] {
  const custom = nlu.model.types?.find((t) => t.name === type);
  if (custom) return custom.values.map((v) => v.name.value).slice(0, MAX_FILLS);
  if (type === 'AMAZON.NUMBER' || type === 'AMAZON.FOUR_DIGIT_NUMBER') return NUMBER_EXAMPLES[nlu.language] ?? ['5'];
  return ['something'];
}

/** The texts to try for a sample: its words with example slot values (the i-th value in every slot). */
export function sampleTexts(nlu: Nlu, intent: string, sample: string): string[] {
  const slotNames = [...sample.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!.trim());
  if (slotNames.length === 0) return [sample];
  const slotTypes = nlu.slotsOf(intent);
  const fills = slotNames.map((name) => exampleFills(nlu, slotTypes.find((s) => s.name === name)?.type ?? 'AMAZON.SearchQuery'));
  const count = Math.max(...fills.map((f) => f.length));
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = sample;
    slotNames.forEach((name, j) => {
      const values = fills[j]!;
      text = text.replace(`{${name}}`, values[i % values.length]!);
    });
    texts.push(text);
  }
  return [...new Set(texts)];
}

/**
 * Runs every sample's own words through the NLU. A sample is shadowed when, for every example
 * value, another intent wins: it can never win. A duplicate loses only to an identical sample of its
 * own intent. Value conflicts are the combinations that go elsewhere while the sample still wins others.
 */
export function analyseShadowing(nlu: Nlu): Pick<LocaleCoverage, 'shadowed' | 'duplicates' | 'valueConflicts'> {
  const shadowed: ShadowedSample[] = [];
  const duplicates: ShadowedSample[] = [];
  const valueConflicts: ValueConflict[] = [];
  for (const intent of nlu.model.intents) {
    for (const sample of intent.samples ?? []) {
      const texts = sampleTexts(nlu, intent.name, sample);
      const results = texts.map((text) => ({ text, result: nlu.match(text) }));
      const ownIntent = results.filter((r) => r.result.intent === intent.name);
      const wins = ownIntent.filter((r) => r.result.sample === sample);
      if (ownIntent.length === 0) {
        const first = results[0]!.result;
        shadowed.push({
          intent: intent.name,
          sample,
          tried: texts.slice(0, 5),
          wonBy: { intent: first.intent, sample: first.intent === FALLBACK_INTENT ? undefined : first.sample },
        });
        continue;
      }
      if (wins.length === 0) {
        const first = ownIntent[0]!.result;
        duplicates.push({ intent: intent.name, sample, tried: texts.slice(0, 5), wonBy: { intent: first.intent, sample: first.sample } });
      }
      for (const r of results) {
        if (r.result.intent !== intent.name) {
          valueConflicts.push({ intent: intent.name, sample, text: r.text, wonBy: { intent: r.result.intent, sample: r.result.sample } });
        }
      }
    }
  }
  return { shadowed, duplicates, valueConflicts };
}

/** The report as terminal text. */
export function formatCoverage(report: CoverageReport): string {
  const lines: string[] = ['Interaction-model coverage (exercised by the dialogs):'];
  for (const l of report.locales) {
    lines.push(
      `  ${l.locale}: intents ${l.intents.exercised}/${l.intents.total} (${l.intents.percent}%) · samples ${l.samples.exercised}/${l.samples.total} (${l.samples.percent}%) · slot values ${l.slotValues.exercised}/${l.slotValues.total} (${l.slotValues.percent}%)`,
    );
    const missing = l.intents.list.filter((i) => i.hits === 0).map((i) => i.name);
    lines.push(`    intents not exercised: ${missing.length ? missing.join(', ') : 'none'}`);
    const bySample = l.intents.list.filter((i) => i.samples.total > 0).map((i) => `${i.name} ${i.samples.exercised}/${i.samples.total}`);
    lines.push(`    samples per intent: ${bySample.join(', ')}`);
    lines.push(`    slot values: ${l.slotValues.types.map((t) => `${t.type} ${t.exercised}/${t.total}`).join(', ') || 'none'}`);
    const requests = Object.entries(l.requests).map(([k, v]) => `${k} ${v}`);
    lines.push(`    requests sent: ${requests.join(', ') || 'none'}`);
    if (l.shadowed.length === 0) {
      lines.push('    shadowed samples (can never win): none');
    } else {
      lines.push(`    shadowed samples (can never win): ${l.shadowed.length}`);
      for (const s of l.shadowed) {
        lines.push(`      ${s.intent} "${s.sample}" -> goes to ${s.wonBy.intent}${s.wonBy.sample ? ` ("${s.wonBy.sample}")` : ''}`);
      }
    }
    if (l.builtInCollisions.length > 0) {
      lines.push(`    samples that are a built-in intent's usual phrasing: ${l.builtInCollisions.length}`);
      for (const c of l.builtInCollisions) lines.push(`      ${formatCollision(c)}`);
    }
    if (l.duplicates.length > 0) {
      lines.push(
        `    duplicate samples (an identical sample of the same intent always wins): ${l.duplicates.map((d) => `${d.intent} "${d.sample}"`).join(', ')}`,
      );
    }
    if (l.valueConflicts.length > 0) {
      const shown = l.valueConflicts.slice(0, 6).map((c) => `"${c.text}" (${c.intent} "${c.sample}") -> ${c.wonBy.intent}`);
      lines.push(
        `    slot values taken by another intent: ${l.valueConflicts.length}: ${shown.join('; ')}${l.valueConflicts.length > 6 ? '; ...' : ''}`,
      );
    }
  }
  return lines.join('\n');
}
