import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../speech/platform';
import { pickVariant } from '../domain/variants';
import { de } from './de';
import { en } from './en';
import { enGB } from './enGB';

/**
 * i18next is set up once per container (not per request, which triples warm latency) and
 * synchronously, since the resources are bundled. en-GB falls back to en for keys it doesn't override.
 */
let instance: typeof i18next | undefined;

function translator(): typeof i18next {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      initAsync: false,
      resources: { en: { translation: en }, 'en-GB': { translation: enGB }, de: { translation: de } },
      fallbackLng: { 'en-GB': ['en'], 'de-DE': ['de'], default: ['en'] },
      supportedLngs: ['en', 'en-US', 'en-GB', 'de', 'de-DE'],
      returnObjects: true,
      // Values are escaped by the speech composer, not here: i18next's HTML escaping is not SSML's.
      interpolation: { escapeValue: false },
    });
  }
  return instance;
}

/** The last phrasing used per prompt key in this session (kept in session attributes). */
export type VariantHistory = Record<string, number>;

export class Prompts {
  private readonly t: TFunction;

  constructor(
    readonly locale: Locale,
    private readonly history: VariantHistory,
    private readonly random: () => number,
  ) {
    this.t = translator().getFixedT(locale);
  }

  /** One phrasing of a prompt, never the one this session heard last for the same key. */
  pick(key: string, values?: Record<string, string>): string {
    const phrasings = this.t(key, { returnObjects: true, ...values }) as unknown;
    if (!Array.isArray(phrasings) || phrasings.length === 0) {
      throw new Error(`no phrasings for prompt "${key}" in ${this.locale}`);
    }
    const index = pickVariant(phrasings.length, this.history[key], this.random);
    this.history[key] = index;
    return String(phrasings[index]);
  }

  /** A fixed text (card titles, topic names): no variation. */
  text(key: string, values?: Record<string, string>): string {
    const text = this.t(key, { ...values }) as unknown;
    if (typeof text !== 'string') throw new Error(`no text for "${key}" in ${this.locale}`);
    return text;
  }
}
