import { SUPPORTED_LOCALES } from '../../lambda/locale';
import { defaultModels } from '../../local/simulator/model';
import { Nlu } from '../../local/simulator/nlu';
import { formatFigures, measure, readCalibrationSet } from '../../local/simulator/nlu/calibration';

/**
 * The calibration set: in-domain paraphrases per intent and out-of-domain lines per locale. The held-out
 * part must route at least 95% of in-domain lines to the labelled intent and at least 95% of
 * out-of-domain lines to AMAZON.FallbackIntent. The figures are printed for docs/understanding.md.
 */
const TARGET = 0.95;

describe.each(SUPPORTED_LOCALES)('calibration %s', (locale) => {
  const set = readCalibrationSet(locale);
  const nlu = new Nlu(locale, defaultModels().model(locale));

  test('held-out: at least 95% in domain routed right and 95% out of domain to Fallback', () => {
    const tuning = measure(set.tuning, (line) => nlu.match(line));
    const heldOut = measure(set.heldOut, (line) => nlu.match(line));
    const misses = heldOut.misses.map((m) => `  ${m.expected} <- "${m.line}" got ${m.got} (${m.score.toFixed(2)})`);
    console.log([formatFigures(`${locale} tuning`, tuning), formatFigures(`${locale} held-out`, heldOut), ...misses].join('\n'));
    expect(heldOut.inDomain.total).toBeGreaterThanOrEqual(50);
    expect(heldOut.outOfDomain.total).toBeGreaterThanOrEqual(15);
    expect(heldOut.inDomain.accuracy).toBeGreaterThanOrEqual(TARGET);
    expect(heldOut.fallbackRecall).toBeGreaterThanOrEqual(TARGET);
  });

  test('every labelled intent exists in the model', () => {
    const intents = new Set(nlu.intentNames);
    for (const part of [set.tuning, set.heldOut]) for (const intent of Object.keys(part)) expect(intents).toContain(intent);
  });

  test('strict mode keeps exact matching: paraphrases without a sample go to Fallback', () => {
    const strict = new Nlu(locale, defaultModels().model(locale), { strict: true });
    const exact = measure(set.heldOut, (line) => strict.match(line));
    const general = measure(set.heldOut, (line) => nlu.match(line));
    expect(exact.inDomain.right).toBeLessThan(general.inDomain.right);
  });
});
