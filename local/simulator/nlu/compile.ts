import { BUILT_IN_PHRASES } from '../builtins';
import { FILLERS } from '../fillers';
import type { LanguageModel } from '../model';
import { keysOf, type Language, languageOfLocale, tokenize } from '../text';
import { type CompiledSample, FALLBACK_INTENT, type Part, type TypeEntry } from './types';

/**
 * An interaction model compiled for matching: every sample as words and slots, the usual phrasings of
 * the built-in intents the model declares, custom slot values by their matching key, and the
 * vocabulary of every word the model knows.
 */
export interface CompiledModel {
  language: Language;
  samples: CompiledSample[];
  intentNames: string[];
  /** Custom slot types: phrase key -> matching values. */
  types: Map<string, Map<string, TypeEntry[]>>;
  slotsByIntent: Map<string, { name: string; type: string }[]>;
  vocabulary: Set<string>;
  fillers: { leading: string[][]; trailing: string[][] };
}

export function compileModel(locale: string, model: LanguageModel): CompiledModel {
  const language = languageOfLocale(locale);
  const vocabulary = new Set<string>();
  const types = new Map<string, Map<string, TypeEntry[]>>();
  for (const type of model.types ?? []) {
    const entries = new Map<string, TypeEntry[]>();
    for (const value of type.values) {
      const id = value.id ?? value.name.value;
      const add = (phrase: string, synonym?: string) => {
        const key = keysOf(phrase, locale).join(' ');
        if (!key) return;
        for (const word of key.split(' ')) vocabulary.add(word);
        const list = entries.get(key) ?? [];
        if (!list.some((e) => e.id === id)) list.push({ id, name: value.name.value, synonym });
        entries.set(key, list);
      };
      add(value.name.value);
      for (const synonym of value.name.synonyms ?? []) add(synonym, synonym);
    }
    types.set(type.name, entries);
  }
  const samples: CompiledSample[] = [];
  const slotsByIntent = new Map<string, { name: string; type: string }[]>();
  let order = 0;
  for (const intent of model.intents) {
    const slots = (intent.slots ?? []).map((s) => ({ name: s.name, type: s.type }));
    slotsByIntent.set(intent.name, slots);
    for (const sample of intent.samples ?? [])
      samples.push(compileSample(locale, intent.name, sample, 'model', slots, order++, vocabulary));
  }
  const builtIns = BUILT_IN_PHRASES[language];
  for (const intent of model.intents) {
    for (const phrase of builtIns[intent.name] ?? [])
      samples.push(compileSample(locale, intent.name, phrase, 'builtin', [], order++, vocabulary));
  }
  const intentNames = model.intents.map((i) => i.name);
  if (!intentNames.includes(FALLBACK_INTENT)) intentNames.push(FALLBACK_INTENT);
  const fill = FILLERS[language];
  const fillers = {
    leading: fill.leading.map((f) => keysOf(f, locale)),
    trailing: fill.trailing.map((f) => keysOf(f, locale)),
  };
  return { language, samples, intentNames, types, slotsByIntent, vocabulary, fillers };
}

function compileSample(
  locale: string,
  intent: string,
  text: string,
  source: 'model' | 'builtin',
  slots: { name: string; type: string }[],
  order: number,
  vocabulary: Set<string>,
): CompiledSample {
  const parts: Part[] = [];
  for (const piece of text.split(/(\{[^}]+\})/)) {
    const slot = /^\{([^}]+)\}$/.exec(piece);
    if (slot) {
      const name = slot[1]!.trim();
      parts.push({ kind: 'slot', name, type: slots.find((s) => s.name === name)?.type ?? 'AMAZON.SearchQuery' });
      continue;
    }
    for (const token of tokenize(piece, locale)) {
      vocabulary.add(token.key);
      parts.push({ kind: 'word', key: token.key, display: token.display });
    }
  }
  const literalKeys = parts.flatMap((p) => (p.kind === 'word' ? [p.key] : []));
  const literalDisplays = parts.flatMap((p) => (p.kind === 'word' ? [p.display] : []));
  return { intent, text, source, parts, literalKeys, literalDisplays, order };
}
