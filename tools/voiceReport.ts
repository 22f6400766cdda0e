/**
 * What a listener hears over the fixed listener journeys (the scripted dialogs under dialogs/<locale>/ that
 * `npm run dialogs` also checks), per locale: words per response, the longest sentence, an estimated
 * spoken duration, and sentences heard again within a journey. Used by `npm run voice:report`.
 * The duration comes from espeak-ng rendering the plain speech to a wav and sox measuring it (Debian
 * packages); without them it is estimated from the word count and the report says so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SUPPORTED_LOCALES } from '../lambda/locale';
import { loadDialog } from '../local/simulator/dialogs/read';
import { runDialog } from '../local/simulator/dialogs/run';
import { DIALOGS_DIR } from '../local/simulator/dialogs/types';

/** The journeys, as dialog file names: the three listener journeys every locale has, and three more where a locale has them. */
export const JOURNEYS = ['listener-six-yeses', 'listener-quiz', 'listener-eight-days', 'launch-journey', 'help-fallback', 'tips'];
/** espeak-ng's closest voice per locale (it has no Australian, Canadian or Indian English of its own). */
const ESPEAK_VOICES: Record<string, string> = {
  'en-US': 'en-us',
  'en-CA': 'en-us',
  'en-GB': 'en-gb',
  'en-AU': 'en-gb',
  'en-IN': 'en-gb',
  'de-DE': 'de',
};
/** Alexa speaks at roughly this rate; used only when espeak-ng is missing. */
const WORDS_PER_SECOND = 2.6;

export interface ResponseFigures {
  journey: string;
  turn: number;
  user: string;
  words: number;
  longestSentence: { words: number; text: string };
  seconds: number;
  repeatedSentences: string[];
}

export interface LocaleFigures {
  locale: string;
  journeys: string[];
  responses: number;
  meanWords: number;
  maxWords: number;
  longestSentence: { words: number; text: string };
  meanSeconds: number;
  maxSeconds: number;
  repeatedSentences: number;
  detail: ResponseFigures[];
}

export interface VoiceReport {
  date: string;
  durationSource: 'espeak-ng + sox' | 'words-per-second estimate';
  locales: LocaleFigures[];
}

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => words(s) > 0);

function haveAudioTools(): boolean {
  return ['espeak-ng', 'sox'].every((tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0);
}

function spokenSeconds(text: string, locale: string, dir: string, audio: boolean): number {
  if (!audio) return words(text) / WORDS_PER_SECOND;
  const wav = path.join(dir, 'speech.wav');
  const render = spawnSync('espeak-ng', ['-v', ESPEAK_VOICES[locale] ?? 'en-us', '-w', wav, text], { stdio: 'ignore' });
  const measure = render.status === 0 ? spawnSync('sox', ['--i', '-D', wav], { encoding: 'utf8' }) : undefined;
  const seconds = Number(measure?.stdout.trim());
  return Number.isFinite(seconds) && seconds > 0 ? seconds : words(text) / WORDS_PER_SECOND;
}

export async function voiceReport(options: { locales?: readonly string[]; now?: Date } = {}): Promise<VoiceReport> {
  const audio = haveAudioTools();
  const dir = mkdtempSync(path.join(tmpdir(), 'voice-report-'));
  const locales: LocaleFigures[] = [];
  try {
    for (const locale of options.locales ?? SUPPORTED_LOCALES) {
      const detail: ResponseFigures[] = [];
      for (const journey of JOURNEYS) {
        const file = path.join(DIALOGS_DIR, locale, `${journey}.yaml`);
        if (!existsSync(file)) continue;
        const spec = loadDialog(file);
        const run = await runDialog(spec);
        const heard = new Set<string>();
        for (const [i, outcome] of run.turns.entries()) {
          const text = outcome.turn.speech?.plain ?? '';
          if (!text) continue;
          const sentences = sentencesOf(text);
          const repeated = sentences.filter((s) => heard.has(s.toLowerCase()));
          for (const s of sentences) heard.add(s.toLowerCase());
          detail.push({
            journey,
            turn: i + 1,
            user: outcome.spec.user,
            words: words(text),
            longestSentence: sentences.reduce((best, s) => (words(s) > best.words ? { words: words(s), text: s } : best), {
              words: 0,
              text: '',
            }),
            seconds: Math.round(spokenSeconds(text, locale, dir, audio) * 10) / 10,
            repeatedSentences: repeated,
          });
        }
      }
      let longestSentence = { words: 0, text: '' };
      for (const d of detail) if (d.longestSentence.words > longestSentence.words) longestSentence = d.longestSentence;
      const sum = (pick: (d: ResponseFigures) => number) => detail.reduce((n, d) => n + pick(d), 0);
      locales.push({
        locale,
        journeys: [...new Set(detail.map((d) => d.journey))],
        responses: detail.length,
        meanWords: Math.round((sum((d) => d.words) / Math.max(1, detail.length)) * 10) / 10,
        maxWords: Math.max(0, ...detail.map((d) => d.words)),
        longestSentence,
        meanSeconds: Math.round((sum((d) => d.seconds) / Math.max(1, detail.length)) * 10) / 10,
        maxSeconds: Math.max(0, ...detail.map((d) => d.seconds)),
        repeatedSentences: sum((d) => d.repeatedSentences.length),
        detail,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    date: (options.now ?? new Date()).toISOString(),
    durationSource: audio ? 'espeak-ng + sox' : 'words-per-second estimate',
    locales,
  };
}

export function formatVoiceReport(report: VoiceReport): string {
  const lines = [
    `voice report: journeys ${JOURNEYS.join(', ')} where a locale has them; durations from ${report.durationSource}`,
    '',
    'locale  journeys  responses  words mean/max  longest sentence  seconds mean/max  repeated sentences',
  ];
  for (const l of report.locales) {
    lines.push(
      `${l.locale.padEnd(7)} ${String(l.journeys.length).padStart(8)}  ${String(l.responses).padStart(9)}  ${`${l.meanWords}/${l.maxWords}`.padStart(14)}  ${`${l.longestSentence.words} words`.padStart(16)}  ${`${l.meanSeconds}/${l.maxSeconds}`.padStart(16)}  ${String(l.repeatedSentences).padStart(18)}`,
    );
  }
  const repeats = report.locales.flatMap((l) =>
    l.detail
      .filter((d) => d.repeatedSentences.length)
      .map((d) => `  ${l.locale} ${d.journey} turn ${d.turn} ("${d.user}"): ${d.repeatedSentences.join(' | ')}`),
  );
  if (repeats.length) lines.push('', 'sentences heard again within a journey:', ...repeats.slice(0, 30));
  return lines.join('\n');
}
