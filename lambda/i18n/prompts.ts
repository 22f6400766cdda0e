import { respellerFor } from '../content/localeSpelling';
import { respellDeep } from '../content/spelling';
import { RECURRING_PROMPTS } from '../domain/userContext';
import { pickVariantAvoiding } from '../domain/variants';
import { type Locale, languageOf } from '../locale';
import { resolvePhrasing } from './resolvePhrasing';

/** The last phrasing used per prompt key in this session (kept in session attributes). */
export type VariantHistory = Record<string, number>;

/**
 * Phrasing lists resolved once per locale and key. i18next resolves keys and locale fallbacks;
 * asking it to resolve and interpolate whole lists on every call was a third of the skill's warm
 * CPU time, so lists are cached uninterpolated and only the picked phrasing is filled in.
 */
const resolved = new Map<Locale, Map<string, unknown>>();

function lookup(locale: Locale, key: string): unknown {
  let byKey = resolved.get(locale);
  if (!byKey) {
    byKey = new Map();
    resolved.set(locale, byKey);
  }
  if (!byKey.has(key)) {
    const value = resolvePhrasing(locale, key);
    // Phrasings are written in US spelling like the content; a British-spelling locale hears and reads them respelled.
    const respell = respellerFor(languageOf(locale), locale);
    byKey.set(key, respell ? respellDeep(value, respell) : value);
  }
  return byKey.get(key);
}

/** Sets of forms as strings, once per locale and key (read-only: frozen, shared by every turn). */
const formSets = new Map<Locale, Map<string, Readonly<Record<string, string>>>>();

function interpolate(template: string, values: Record<string, string> | undefined): string {
  if (!values) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

export class Prompts {
  constructor(
    readonly locale: Locale,
    private readonly history: VariantHistory,
    private readonly random: () => number,
    /** The listener's remembered phrasings across sessions (user context), for RECURRING_PROMPTS. */
    private readonly remembered?: Record<string, number>,
  ) {}

  /**
   * One phrasing of a prompt, never the one this session heard last for the same key; for a recurring
   * prompt (welcomes, leads) also never the one heard last in an earlier session, which is remembered.
   */
  pick(key: string, values?: Record<string, string>): string {
    const phrasings = lookup(this.locale, key);
    if (!Array.isArray(phrasings) || phrasings.length === 0) {
      throw new Error(`no phrasings for prompt "${key}" in ${this.locale}`);
    }
    const recurring = this.remembered !== undefined && RECURRING_PROMPTS.includes(key);
    const index = pickVariantAvoiding(phrasings.length, [this.history[key], recurring ? this.remembered[key] : undefined], this.random);
    this.history[key] = index;
    if (recurring) this.remembered[key] = index;
    return interpolate(String(phrasings[index]), values);
  }

  /** A set of named forms (a topic's grammatical forms): each form is a placeholder the phrasings fill in. */
  forms(key: string): Readonly<Record<string, string>> {
    let byKey = formSets.get(this.locale);
    if (!byKey) {
      byKey = new Map();
      formSets.set(this.locale, byKey);
    }
    const cached = byKey.get(key);
    if (cached) return cached;
    const forms = lookup(this.locale, key);
    if (typeof forms !== 'object' || forms === null || Array.isArray(forms)) throw new Error(`no forms for "${key}" in ${this.locale}`);
    const strings = Object.freeze(Object.fromEntries(Object.entries(forms).map(([name, value]) => [name, String(value)])));
    byKey.set(key, strings);
    return strings;
  }

  /** A fixed text (card titles): no variation. */
  text(key: string, values?: Record<string, string>): string {
    const text = lookup(this.locale, key);
    if (typeof text !== 'string') throw new Error(`no text for "${key}" in ${this.locale}`);
    return interpolate(text, values);
  }
}
