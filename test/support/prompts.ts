import { de } from '../../lambda/i18n/de';
import { en } from '../../lambda/i18n/en';
import { enGB } from '../../lambda/i18n/enGB';
import type { Locale } from '../../lambda/locale';

export { SUPPORTED_LOCALES as LOCALES } from '../../lambda/locale';
export type TestLocale = Locale;

const TREES: Record<TestLocale, unknown[]> = {
  'en-US': [en],
  'en-GB': [enGB, en],
  'de-DE': [de],
  'en-AU': [en],
  'en-CA': [en],
  'en-IN': [en],
};

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

/** The phrasings of a prompt key in a locale (en-GB falls back to en, as in lambda/i18n/prompts.ts). */
export function phrasings(locale: TestLocale, key: string): string[] {
  for (const tree of TREES[locale]) {
    const found = lookup(tree, key);
    if (Array.isArray(found)) return found.map(String);
    if (typeof found === 'string') return [found];
  }
  throw new Error(`no phrasings for ${key} in ${locale}`);
}

/** A topic's name forms in a locale (placeholders of the phrasings: name/attributive, nominative/dative). */
export function topicForms(locale: TestLocale, topic: string): Record<string, string> {
  for (const tree of TREES[locale]) {
    const found = lookup(tree, `topics.${topic}`);
    if (found && typeof found === 'object') return found as Record<string, string>;
  }
  throw new Error(`no forms for topic ${topic} in ${locale}`);
}

export function text(locale: TestLocale, key: string, values: Record<string, string> = {}): string {
  const [first] = phrasings(locale, key);
  return interpolate(first!, values);
}

export function interpolate(phrasing: string, values: Record<string, string>): string {
  return phrasing.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The index of the phrasing of `key` that `spoken` contains (placeholders match given values, or any
 * text when no value is given), or -1.
 */
export function phrasingIndex(spoken: string, locale: TestLocale, key: string, values: Record<string, string> = {}): number {
  return phrasings(locale, key).findIndex((phrasing) => {
    const pattern = phrasing
      .split(/(\{\{\w+\}\})/)
      .map((part) => {
        const placeholder = /^\{\{(\w+)\}\}$/.exec(part);
        if (!placeholder) return escapeRegExp(part);
        const value = values[placeholder[1]!];
        return value === undefined ? '.+?' : escapeRegExp(value);
      })
      .join('');
    return new RegExp(pattern).test(spoken);
  });
}

export function saysOneOf(spoken: string, locale: TestLocale, key: string, values: Record<string, string> = {}): boolean {
  return phrasingIndex(spoken, locale, key, values) >= 0;
}
