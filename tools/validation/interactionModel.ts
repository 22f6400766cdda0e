/** Checks one interaction model (`skill-package/interactionModels/custom/<locale>.json`) on its own. */
import { isNonEmptyString, isRecord, type JsonRecord, readJson } from './json';
import type { ValidationProblem } from './problem';

/** What the example-phrase check needs from a model that parsed. */
export type ModelInfo = {
  invocationName: string;
  intents: { name: string; samples: string[]; slots: Map<string, string> }[];
  /** custom type name → its values and synonyms, normalised */
  typeValues: Map<string, string[]>;
};

/** Case-insensitive, whitespace-normalised form of an utterance or a slot value. */
export function normalizeUtterance(text: string): string {
  return text.toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

const SLOT_REFERENCE = /\{([^{}]*)\}/g;

export function checkInteractionModel(
  absolute: string,
  file: string,
  requiredIntents: readonly string[],
): { problems: ValidationProblem[]; model?: ModelInfo } {
  const parsed = readJson(absolute);
  if (!parsed.ok) return { problems: [{ file, message: parsed.message }] };
  const languageModel =
    isRecord(parsed.value) && isRecord(parsed.value.interactionModel) ? parsed.value.interactionModel.languageModel : undefined;
  if (!isRecord(languageModel)) return { problems: [{ file, message: 'must have interactionModel.languageModel' }] };

  const problems: ValidationProblem[] = [];
  const add = (itemId: string | undefined, field: string | undefined, message: string): void => {
    problems.push({ file, ...(itemId === undefined ? {} : { itemId }), ...(field === undefined ? {} : { field }), message });
  };
  const invocationName = languageModel.invocationName;
  if (!isNonEmptyString(invocationName) || invocationName !== invocationName.toLocaleLowerCase()) {
    add(undefined, 'invocationName', 'must be a non-empty lowercase string');
  }
  const typeValues = checkTypes(languageModel.types, add);
  const intents = checkIntents(languageModel.intents, typeValues, add);
  const names = new Set(intents.map((i) => i.name));
  for (const required of requiredIntents) if (!names.has(required)) add(required, undefined, 'intent is missing (the skill handles it)');
  return { problems, model: { invocationName: isNonEmptyString(invocationName) ? invocationName : '', intents, typeValues } };
}

type Add = (itemId: string | undefined, field: string | undefined, message: string) => void;

function checkTypes(raw: unknown, add: Add): Map<string, string[]> {
  const types = new Map<string, string[]>();
  if (raw === undefined) return types;
  if (!Array.isArray(raw)) {
    add(undefined, 'types', 'must be an array');
    return types;
  }
  for (const type of raw) {
    if (!isRecord(type) || !isNonEmptyString(type.name)) {
      add(undefined, 'types', 'every type needs a name');
      continue;
    }
    const name = type.name;
    if (types.has(name)) add(name, undefined, 'type is defined twice');
    const seenWords = new Map<string, string>(); // normalised value or synonym → the value id that claims it
    const seenIds = new Set<string>();
    if (!Array.isArray(type.values) || type.values.length === 0) add(name, 'values', 'must be a non-empty array');
    for (const [index, value] of (Array.isArray(type.values) ? type.values : []).entries()) {
      const entry = isRecord(value) ? value : {};
      const inner: JsonRecord = isRecord(entry.name) ? entry.name : {};
      const id = entry.id;
      if (!isNonEmptyString(id)) add(name, `values[${index}].id`, 'is required');
      else if (seenIds.has(id)) add(name, `values[${index}].id`, `"${id}" is used twice`);
      else seenIds.add(id);
      if (!isNonEmptyString(inner.value)) add(name, `values[${index}].name.value`, 'is required');
      const synonyms = inner.synonyms === undefined ? [] : inner.synonyms;
      if (!Array.isArray(synonyms) || !synonyms.every(isNonEmptyString)) {
        add(name, `values[${index}].name.synonyms`, 'must be an array of non-empty strings');
        continue;
      }
      // One spoken word must resolve to one value: a repeat within a type makes resolution ambiguous.
      for (const word of [inner.value, ...synonyms].filter(isNonEmptyString).map(normalizeUtterance)) {
        const owner = seenWords.get(word);
        const self = isNonEmptyString(id) ? id : `values[${index}]`;
        if (owner !== undefined)
          add(name, `values[${index}]`, `"${word}" appears twice (also in ${owner === self ? 'the same value' : owner})`);
        else seenWords.set(word, self);
      }
    }
    types.set(name, [...seenWords.keys()]);
  }
  return types;
}

function checkIntents(raw: unknown, types: Map<string, string[]>, add: Add): ModelInfo['intents'] {
  if (!Array.isArray(raw)) {
    add(undefined, 'intents', 'must be an array');
    return [];
  }
  const intents: ModelInfo['intents'] = [];
  const sampleOwner = new Map<string, string>(); // normalised sample → intent
  for (const intent of raw) {
    if (!isRecord(intent) || !isNonEmptyString(intent.name)) {
      add(undefined, 'intents', 'every intent needs a name');
      continue;
    }
    const name = intent.name;
    if (intents.some((i) => i.name === name)) add(name, undefined, 'intent is defined twice');
    const slots = checkSlots(name, intent.slots, types, add);
    const samples = Array.isArray(intent.samples) ? intent.samples.filter(isNonEmptyString) : [];
    if (intent.samples !== undefined && (!Array.isArray(intent.samples) || samples.length !== intent.samples.length)) {
      add(name, 'samples', 'must be an array of non-empty strings');
    }
    if (!name.startsWith('AMAZON.') && samples.length === 0) add(name, 'samples', 'a custom intent needs samples');
    for (const sample of samples) {
      const key = normalizeUtterance(sample);
      const owner = sampleOwner.get(key);
      if (owner === name) add(name, 'samples', `"${sample}" is listed twice`);
      else if (owner !== undefined) add(name, 'samples', `"${sample}" is also a sample of ${owner}`);
      else sampleOwner.set(key, name);
      for (const [, slot] of sample.matchAll(SLOT_REFERENCE)) {
        if (slot === undefined || !slots.has(slot))
          add(name, 'samples', `"${sample}" uses {${slot ?? ''}}, which is not a slot of ${name}`);
      }
    }
    intents.push({ name, samples, slots });
  }
  return intents;
}

function checkSlots(intent: string, raw: unknown, types: Map<string, string[]>, add: Add): Map<string, string> {
  const slots = new Map<string, string>();
  if (raw === undefined) return slots;
  if (!Array.isArray(raw)) {
    add(intent, 'slots', 'must be an array');
    return slots;
  }
  for (const slot of raw) {
    if (!isRecord(slot) || !isNonEmptyString(slot.name) || !isNonEmptyString(slot.type)) {
      add(intent, 'slots', 'every slot needs a name and a type');
      continue;
    }
    if (slots.has(slot.name)) add(intent, 'slots', `slot "${slot.name}" is declared twice`);
    if (!slot.type.startsWith('AMAZON.') && !types.has(slot.type)) {
      add(intent, 'slots', `slot "${slot.name}" has type ${slot.type}, which is neither AMAZON.* nor defined in types`);
    }
    slots.set(slot.name, slot.type);
  }
  return slots;
}
