import type { Language } from '../locale';
import { ENGLISH_TENS, ENGLISH_UNITS } from './numberWords';

/**
 * The value of a number as a listener says it or as a quiz answer is written: digits ("21000"), English
 * ("twenty-one thousand", "one hundred percent") or German words ("einundzwanzigtausend", "hundert
 * Prozent"). Unit words (percent, Prozent, minutes …) are ignored. Written here rather than taken from a
 * library: the skill only needs whole numbers below a million in two languages, and the bundle stays small.
 */
export function spokenNumber(text: string, language: Language): number | undefined {
  const words = text
    .toLowerCase()
    .replace(/[-‐–,.!?]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !UNIT_WORDS.has(word));
  if (words.length === 0) return undefined;
  if (words.length === 1 && /^\d+$/.test(words[0]!)) return Number(words[0]);
  return language === 'de' ? german(words.join('')) : english(words);
}

const UNIT_WORDS = new Set([
  'percent',
  'per',
  'cent',
  'prozent',
  'minutes',
  'minuten',
  'days',
  'tage',
  'months',
  'monate',
  'stars',
  'sterne',
  'dollars',
  'dollar',
  'euro',
]);

// "oh" is zero in a spoken answer (the simulator's NUMBER slot does not take it).
const EN: ReadonlyMap<string, number> = new Map([...ENGLISH_UNITS, ['oh', 0], ...ENGLISH_TENS]);

function english(words: string[]): number | undefined {
  let total = 0;
  let group = 0;
  let any = false;
  for (const word of words) {
    if (word === 'and' || word === 'a' || word === 'an') continue;
    if (/^\d+$/.test(word)) {
      group += Number(word);
      any = true;
    } else if (EN.has(word)) {
      group += EN.get(word)!;
      any = true;
    } else if (word === 'hundred') {
      group = (group || 1) * 100;
      any = true;
    } else if (word === 'thousand') {
      total += (group || 1) * 1000;
      group = 0;
      any = true;
    } else return undefined;
  }
  return any ? total + group : undefined;
}

const DE_UNITS: Record<string, number> = {
  null: 0,
  eins: 1,
  ein: 1,
  eine: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  sechzehn: 16,
  siebzehn: 17,
};
const DE_TENS: Record<string, number> = {
  zwanzig: 20,
  dreißig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};

/** German number words are written as one word: split at "tausend", "hundert" and "und". */
function german(word: string): number | undefined {
  if (word === '') return 0;
  if (/^\d+$/.test(word)) return Number(word);
  const thousand = word.indexOf('tausend');
  if (thousand >= 0) {
    const left = thousand === 0 ? 1 : german(word.slice(0, thousand));
    const right = german(word.slice(thousand + 'tausend'.length));
    return left === undefined || right === undefined ? undefined : left * 1000 + right;
  }
  const hundred = word.indexOf('hundert');
  if (hundred >= 0) {
    const left = hundred === 0 ? 1 : german(word.slice(0, hundred));
    const right = german(word.slice(hundred + 'hundert'.length));
    return left === undefined || right === undefined ? undefined : left * 100 + right;
  }
  if (Object.hasOwn(DE_UNITS, word)) return DE_UNITS[word];
  if (Object.hasOwn(DE_TENS, word)) return DE_TENS[word];
  const und = word.indexOf('und');
  if (und > 0) {
    const unit = DE_UNITS[word.slice(0, und)];
    const tens = DE_TENS[word.slice(und + 3)];
    return unit === undefined || tens === undefined ? undefined : unit + tens;
  }
  if (word.endsWith('zehn')) {
    const unit = DE_UNITS[word.slice(0, -4)];
    return unit === undefined ? undefined : unit + 10;
  }
  return undefined;
}
