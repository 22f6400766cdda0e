/**
 * `npm run voice:report`: words, longest sentence, estimated spoken duration and repeats of what a listener
 * hears over the fixed listener journeys in every locale (tools/voiceReport.ts). Prints a table and writes
 * dist/voice-report.json (a build artefact, like dist/bench.json; docs/voice.md quotes a run).
 * Options: --locale <locale> (one locale only).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isSupportedLocale } from '../lambda/locale';
import { readFlags } from '../local/cliFlags';
import { formatVoiceReport, voiceReport } from '../tools/voiceReport';

process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
const OUT = path.join(__dirname, '..', 'dist', 'voice-report.json');

async function main(): Promise<void> {
  const { values } = readFlags('npm run voice:report [-- --locale L]', { options: { locale: { type: 'string' } } });
  const locale = values.locale;
  if (locale !== undefined && !isSupportedLocale(locale)) throw new Error(`unknown locale: ${locale ?? '(none)'}`);
  const report = await voiceReport({ locales: locale ? [locale] : undefined });
  console.log(formatVoiceReport(report));
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwritten ${path.relative(process.cwd(), OUT)}`);
}

main().catch((error: unknown) => {
  console.error(`voice:report: ${(error as Error).message}`);
  process.exitCode = 1;
});
