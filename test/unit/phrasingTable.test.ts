import { transformSync } from 'esbuild';
import { resolvePhrasing } from '../../lambda/i18n/resolvePhrasing';
import { SUPPORTED_LOCALES } from '../../lambda/locale';
import { phrasingKeys, phrasingTableModule } from '../../tools/build/phrasingTable';

/** The module the bundle gets in place of lambda/i18n/resolvePhrasing.ts, evaluated here. */
function bundledResolvePhrasing(): typeof resolvePhrasing {
  const { code } = transformSync(phrasingTableModule(), { format: 'cjs', loader: 'js' });
  const module = { exports: {} as { resolvePhrasing?: typeof resolvePhrasing } };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports.resolvePhrasing!;
}

test('the table the bundle gets answers every key of every locale as i18next does', () => {
  const bundled = bundledResolvePhrasing();
  const keys = phrasingKeys();
  expect(keys).toContain('goodbye');
  for (const locale of SUPPORTED_LOCALES) {
    for (const key of keys)
      expect({ locale, key, value: bundled(locale, key) }).toEqual({ locale, key, value: resolvePhrasing(locale, key) });
  }
});

test('a key no tree has answers itself, as i18next does', () => {
  const bundled = bundledResolvePhrasing();
  for (const key of ['no.such.prompt', 'goodbye.nothing']) {
    expect(bundled('en-GB', key)).toBe(resolvePhrasing('en-GB', key));
    expect(bundled('de-DE', key)).toBe(key);
  }
});

test('a British English override is what en-GB gets, other English locales keep the base', () => {
  const bundled = bundledResolvePhrasing();
  expect(bundled('en-GB', 'goodbye')).toEqual(resolvePhrasing('en-GB', 'goodbye'));
  expect(bundled('en-GB', 'goodbye')).not.toEqual(bundled('en-US', 'goodbye'));
});

test('a locale the table does not have answers the key itself, whatever its name', () => {
  const bundled = bundledResolvePhrasing();
  for (const locale of ['xx-YY', '__proto__', 'constructor', 'toString']) {
    expect(bundled(locale as never, 'goodbye')).toBe('goodbye');
  }
  // And asking again (the answer is cached per locale) says the same.
  expect(bundled('xx-YY' as never, 'goodbye')).toBe('goodbye');
  expect(bundled('en-US', 'goodbye')).toEqual(resolvePhrasing('en-US', 'goodbye'));
});
