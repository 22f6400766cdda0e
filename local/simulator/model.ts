import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The parts of an interaction model (skill-package/interactionModels/custom/<locale>.json) the simulator reads. */
export interface ModelSlot {
  name: string;
  type: string;
  samples?: string[];
}

export interface ModelIntent {
  name: string;
  samples?: string[];
  slots?: ModelSlot[];
}

export interface ModelSlotValue {
  id?: string;
  name: { value: string; synonyms?: string[] };
}

export interface ModelSlotType {
  name: string;
  values: ModelSlotValue[];
}

export interface LanguageModel {
  invocationName: string;
  intents: ModelIntent[];
  types?: ModelSlotType[];
}

export interface InteractionModelFile {
  interactionModel: { languageModel: LanguageModel };
}

/** The project root (two levels above this file). */
export const PROJECT_ROOT = resolve(__dirname, '..', '..');
export const SKILL_PACKAGE = join(PROJECT_ROOT, 'skill-package');

/**
 * Where the simulator gets interaction models and the manifest: from the skill package on disk by
 * default; a page or a test can hand in models directly.
 */
export interface ModelSource {
  locales(): string[];
  model(locale: string): LanguageModel;
  /** skill.json example phrases per locale (empty when unknown). */
  examplePhrases(locale: string): string[];
}

export class SkillPackageModels implements ModelSource {
  private readonly cache = new Map<string, LanguageModel>();
  private manifest?: Record<string, unknown>;

  constructor(readonly dir: string = SKILL_PACKAGE) {}

  locales(): string[] {
    const dir = join(this.dir, 'interactionModels', 'custom');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .sort();
  }

  model(locale: string): LanguageModel {
    const cached = this.cache.get(locale);
    if (cached) return cached;
    const file = join(this.dir, 'interactionModels', 'custom', `${locale}.json`);
    if (!existsSync(file)) throw new Error(`no interaction model for ${locale} (${file}); models exist for ${this.locales().join(', ')}`);
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as InteractionModelFile;
    const model = parsed.interactionModel?.languageModel;
    if (!model?.invocationName || !Array.isArray(model.intents)) throw new Error(`${file} is not an interaction model`);
    this.cache.set(locale, model);
    return model;
  }

  examplePhrases(locale: string): string[] {
    if (!this.manifest) {
      const file = join(this.dir, 'skill.json');
      this.manifest = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
    }
    const locales = (
      this.manifest as { manifest?: { publishingInformation?: { locales?: Record<string, { examplePhrases?: string[] }> } } }
    ).manifest?.publishingInformation?.locales;
    return locales?.[locale]?.examplePhrases ?? [];
  }
}

/** Models handed in as objects (a browser page, a test). */
export class StaticModels implements ModelSource {
  constructor(
    private readonly models: Record<string, LanguageModel>,
    private readonly phrases: Record<string, string[]> = {},
  ) {}

  locales(): string[] {
    return Object.keys(this.models).sort();
  }

  model(locale: string): LanguageModel {
    const model = this.models[locale];
    if (!model) throw new Error(`no interaction model for ${locale}`);
    return model;
  }

  examplePhrases(locale: string): string[] {
    return this.phrases[locale] ?? [];
  }
}

let defaultSource: ModelSource | undefined;

export function defaultModels(): ModelSource {
  defaultSource ??= new SkillPackageModels();
  return defaultSource;
}
