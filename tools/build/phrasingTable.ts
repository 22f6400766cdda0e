/**
 * Phrasings resolved at build time: the bundle gets, in place of lambda/i18n/resolvePhrasing.ts, a
 * table of what that module answers for every key of every locale (asked through i18next itself, so
 * fallbacks and overrides are i18next's), and a lookup in it. A cold start then neither loads nor
 * initialises i18next; its set-up and first lookups were about 10 ms of the first request
 * (docs/performance.md). Tests and local tools run the module itself.
 */
import type { Plugin } from 'esbuild';
import { de } from '../../lambda/i18n/de';
import { en } from '../../lambda/i18n/en';
import { enGB } from '../../lambda/i18n/enGB';
import { resolvePhrasing } from '../../lambda/i18n/resolvePhrasing';
import { type Locale, languageOf, SUPPORTED_LOCALES } from '../../lambda/locale';

/** Every key a lookup can name: each path into any phrasing tree, to lists and texts and to the objects above them. */
export function phrasingKeys(): string[] {
  const keys = new Set<string>();
  const walk = (tree: unknown, prefix: string): void => {
    if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) return;
    for (const [name, value] of Object.entries(tree)) {
      const key = prefix ? `${prefix}.${name}` : name;
      keys.add(key);
      walk(value, key);
    }
  };
  for (const tree of [en, de, enGB]) walk(tree, '');
  return [...keys].sort();
}

export interface PhrasingTable {
  /** Per language, what its first locale resolves; per locale, only the keys where it differs. */
  base: Record<string, Record<string, unknown>>;
  locales: Record<string, { base: string; differs: Record<string, unknown> }>;
}

export function phrasingTable(): PhrasingTable {
  const keys = phrasingKeys();
  const resolveAll = (locale: Locale) => Object.fromEntries(keys.map((key) => [key, resolvePhrasing(locale, key)]));
  const table: PhrasingTable = { base: {}, locales: {} };
  for (const locale of SUPPORTED_LOCALES) {
    const language = languageOf(locale);
    const resolved = resolveAll(locale);
    table.base[language] ??= resolved;
    const base = table.base[language]!;
    const differs = Object.fromEntries(
      keys.filter((key) => JSON.stringify(resolved[key]) !== JSON.stringify(base[key])).map((key) => [key, resolved[key]]),
    );
    table.locales[locale] = { base: language, differs };
  }
  return table;
}

/**
 * The module the bundle gets: the same export, answered from the table (a missing key answers itself, as
 * i18next does). The table is parsed, and a locale's phrasings merged, on the first lookup that needs
 * them: a container answers one locale or a few, and the require stays free of the work.
 */
export function phrasingTableModule(table: PhrasingTable = phrasingTable()): string {
  return `const source = ${JSON.stringify(JSON.stringify(table))};
let table;
const byLocale = new Map();
function phrasingsOf(locale) {
  let resolved = byLocale.get(locale);
  if (resolved === undefined) {
    table ??= JSON.parse(source);
    const entry = Object.hasOwn(table.locales, locale) ? table.locales[locale] : undefined;
    resolved = entry === undefined ? null : { ...table.base[entry.base], ...entry.differs };
    byLocale.set(locale, resolved);
  }
  return resolved;
}
export function resolvePhrasing(locale, key) {
  const resolved = phrasingsOf(locale);
  return resolved !== null && Object.hasOwn(resolved, key) ? resolved[key] : key;
}
`;
}

export const phrasingsResolvedAtBuild: Plugin = {
  name: 'phrasings-resolved-at-build',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]lambda[\\/]i18n[\\/]resolvePhrasing\.ts$/ }, () => ({
      contents: phrasingTableModule(),
      loader: 'js',
    }));
  },
};
