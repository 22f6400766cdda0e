// Measures the NLU on the calibration set (test/nlu/calibration/<locale>.yaml) and sweeps the
// generalising tier's threshold over the tuning part, so the threshold is chosen from figures.
//
//   npx tsx scripts/calibrate-nlu.ts [--locale L] [--misses]
import { SUPPORTED_LOCALES } from '../lambda/locale';
import { readFlags } from '../local/cliFlags';
import { defaultModels } from '../local/simulator/model';
import { DEFAULT_THRESHOLD, Nlu } from '../local/simulator/nlu';
import { formatFigures, measure, readCalibrationSet } from '../local/simulator/nlu/calibration';

const { values } = readFlags('npx tsx scripts/calibrate-nlu.ts [--locale L] [--misses]', {
  options: { locale: { type: 'string' }, misses: { type: 'boolean', default: false } },
});
const locales = values.locale ? [values.locale] : SUPPORTED_LOCALES;
for (const locale of locales) {
  const set = readCalibrationSet(locale);
  const model = defaultModels().model(locale);
  const sweep: string[] = [];
  for (let t = 0.45; t <= 0.801; t += 0.05) {
    const nlu = new Nlu(locale, model, { threshold: t });
    const f = measure(set.tuning, (line) => nlu.match(line));
    sweep.push(`${t.toFixed(2)}: in ${(f.inDomain.accuracy * 100).toFixed(1)}% ood ${(f.fallbackRecall * 100).toFixed(1)}%`);
  }
  console.log(`${locale} tuning sweep: ${sweep.join(' | ')}`);
  const nlu = new Nlu(locale, model, { threshold: DEFAULT_THRESHOLD });
  for (const part of ['tuning', 'heldOut'] as const) {
    const f = measure(set[part], (line) => nlu.match(line));
    console.log(formatFigures(`${locale} ${part} (threshold ${DEFAULT_THRESHOLD})`, f));
    if (values.misses) for (const m of f.misses) console.log(`   ${m.expected} <- "${m.line}" got ${m.got} ${m.score.toFixed(2)}`);
  }
}
