import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../model';
import { FALLBACK_INTENT } from './types';

/**
 * The calibration set (test/nlu/calibration/<locale>.yaml): labelled phrasings per intent, in a tuning
 * part and a held-out part, and how well an NLU routes them.
 */

export type LabelledLines = Record<string, string[]>;

export interface CalibrationSet {
  locale: string;
  tuning: LabelledLines;
  heldOut: LabelledLines;
}

export const CALIBRATION_DIR = join(PROJECT_ROOT, 'test', 'nlu', 'calibration');

export function readCalibrationSet(locale: string, dir = CALIBRATION_DIR): CalibrationSet {
  const file = join(dir, `${locale}.yaml`);
  const parsed = parse(readFileSync(file, 'utf8')) as Partial<CalibrationSet> | null;
  if (!parsed || parsed.locale !== locale || !parsed.tuning || !parsed.heldOut) {
    throw new Error(`${file}: needs locale: ${locale}, tuning: and heldOut: (intent -> lines)`);
  }
  return parsed as CalibrationSet;
}

export interface CalibrationFigures {
  inDomain: { total: number; right: number; accuracy: number };
  outOfDomain: { total: number; toFallback: number };
  /** Of the lines sent to Fallback, the share that were out of domain. */
  fallbackPrecision: number;
  /** Of the out-of-domain lines, the share sent to Fallback. */
  fallbackRecall: number;
  misses: { line: string; expected: string; got: string; score: number }[];
}

export function measure(lines: LabelledLines, route: (line: string) => { intent: string; score: number }): CalibrationFigures {
  let inTotal = 0;
  let inRight = 0;
  let oodTotal = 0;
  let oodToFallback = 0;
  let inToFallback = 0;
  const misses: CalibrationFigures['misses'] = [];
  for (const [expected, list] of Object.entries(lines)) {
    for (const line of list) {
      const got = route(line);
      const ood = expected === FALLBACK_INTENT;
      if (ood) oodTotal++;
      else inTotal++;
      if (got.intent === expected) {
        if (ood) oodToFallback++;
        else inRight++;
      } else {
        misses.push({ line, expected, got: got.intent, score: got.score });
        if (got.intent === FALLBACK_INTENT) inToFallback++;
      }
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  return {
    inDomain: { total: inTotal, right: inRight, accuracy: ratio(inRight, inTotal) },
    outOfDomain: { total: oodTotal, toFallback: oodToFallback },
    fallbackPrecision: ratio(oodToFallback, oodToFallback + inToFallback),
    fallbackRecall: ratio(oodToFallback, oodTotal),
    misses,
  };
}

export function formatFigures(label: string, f: CalibrationFigures): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return `${label}: in-domain ${f.inDomain.right}/${f.inDomain.total} routed right (${pct(f.inDomain.accuracy)}) · out-of-domain ${f.outOfDomain.toFallback}/${f.outOfDomain.total} to Fallback · Fallback precision ${pct(f.fallbackPrecision)}, recall ${pct(f.fallbackRecall)}`;
}
