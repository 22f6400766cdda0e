import { ENGLISH_TENS, ENGLISH_UNITS } from '../../lambda/domain/numberWords';
import { foldWord, type Language } from './text';

/**
 * AMAZON.NUMBER: digits or spoken number words, English and German, to the digit string Alexa puts in
 * the slot ("twenty one" -> "21", "einundzwanzig" -> "21", "zero" / "null" -> "0"). Returns undefined
 * for anything that is not a number, so a NUMBER slot simply does not match it.
 */
export function parseNumber(words: readonly string[], language: Language): number | undefined {
  const keys = words.map(foldWord).filter((w) => w.length > 0);
  if (keys.length === 0) return undefined;
  let sign = 1;
  if (keys[0] === 'minus' || keys[0] === 'negative') {
    sign = -1;
    keys.shift();
    if (keys.length === 0) return undefined;
  }
  if (keys.length === 1 && /^-?\d+$/.test(keys[0]!)) return sign * Number(keys[0]);
  const value = language === 'de' ? parseGerman(keys) : parseEnglish(keys);
  return value === undefined ? undefined : sign * value;
}

export function numberSlotValue(words: readonly string[], language: Language): string | undefined {
  const n = parseNumber(words, language);
  return n === undefined ? undefined : String(n);
}

const EN_SCALES: Record<string, number> = { thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

/**
 * English number words: "twenty one", "one hundred and five", "a hundred", "two thousand twenty six",
 * "21 thousand". Rejects word salads such as "five five" or "one twenty".
 */
function parseEnglish(keys: string[]): number | undefined {
  let total = 0;
  let group = 0; // the part below the current scale word, 0..999
  type Kind = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and' | 'a';
  let last: Kind = 'none';
  let sawNumber = false;
  const startsGroup = (kind: Kind) => kind === 'none' || kind === 'scale' || kind === 'and' || kind === 'a';
  for (const key of keys) {
    if (key === 'and') {
      if (last !== 'hundred' && last !== 'scale') return undefined;
      last = 'and';
      continue;
    }
    if (key === 'a' || key === 'an') {
      if (last !== 'none' && last !== 'scale') return undefined;
      last = 'a';
      continue;
    }
    if (/^\d+$/.test(key)) {
      if (!startsGroup(last) || last === 'a' || group % 100 !== 0) return undefined;
      group += Number(key);
      last = 'unit';
      sawNumber = true;
      continue;
    }
    const unit = ENGLISH_UNITS.get(key);
    if (unit !== undefined) {
      if (last === 'a') return undefined;
      if (last === 'tens') {
        if (unit === 0 || unit >= 10) return undefined;
      } else if (!startsGroup(last) && last !== 'hundred') {
        return undefined;
      }
      group += unit;
      last = unit >= 10 ? 'teen' : 'unit';
      sawNumber = true;
      continue;
    }
    const tens = ENGLISH_TENS.get(key);
    if (tens !== undefined) {
      if (last === 'a' || (!startsGroup(last) && last !== 'hundred')) return undefined;
      group += tens;
      last = 'tens';
      sawNumber = true;
      continue;
    }
    if (key === 'hundred') {
      if (group >= 100) return undefined;
      if (last === 'tens' || last === 'and') return undefined;
      group = (last === 'unit' || last === 'teen' ? group : 1) * 100;
      if (group === 0) return undefined;
      last = 'hundred';
      sawNumber = true;
      continue;
    }
    const scale = EN_SCALES[key];
    if (scale !== undefined) {
      if (last === 'and') return undefined;
      if (group === 0 && last !== 'none' && last !== 'a') return undefined;
      total += (group === 0 ? 1 : group) * scale;
      group = 0;
      last = 'scale';
      sawNumber = true;
      continue;
    }
    return undefined;
  }
  if (!sawNumber || last === 'and' || last === 'a') return undefined;
  return total + group;
}

const DE_UNITS: Record<string, number> = {
  eins: 1,
  ein: 1,
  eine: 1,
  einen: 1,
  zwei: 2,
  zwo: 2,
  drei: 3,
  vier: 4,
  funf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
};
const DE_SMALL: Record<string, number> = {
  zehn: 10,
  elf: 11,
  zwolf: 12,
  dreizehn: 13,
  vierzehn: 14,
  funfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
};
const DE_TENS: Record<string, number> = {
  zwanzig: 20,
  dreissig: 30,
  vierzig: 40,
  funfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};

/**
 * German number words, written together or apart: "einundzwanzig", "ein und zwanzig",
 * "zweihundertdreiundsechzig", "tausend", "zwei millionen", "null".
 */
function parseGerman(keys: string[]): number | undefined {
  if (keys.length === 1 && keys[0] === 'null') return 0;
  // "21 tausend": digits followed by a scale word.
  if (keys.length === 2 && /^\d+$/.test(keys[0]!)) {
    const scale = keys[1] === 'tausend' ? 1000 : keys[1] === 'million' || keys[1] === 'millionen' ? 1_000_000 : undefined;
    return scale === undefined ? undefined : Number(keys[0]) * scale;
  }
  if (keys.some((k) => !/^[a-z]+$/.test(k))) return undefined;
  return germanCompound(keys.join(''));
}

function germanCompound(s: string): number | undefined {
  const million = /^(.*?)(millionen|million)(.*)$/.exec(s);
  if (million) {
    const left = million[1] ? germanBelowThousand(million[1]) : 1;
    const right = million[3] ? germanBelowMillion(million[3]) : 0;
    if (left === undefined || left === 0 || right === undefined) return undefined;
    return left * 1_000_000 + right;
  }
  return germanBelowMillion(s);
}

function germanBelowMillion(s: string): number | undefined {
  const i = s.indexOf('tausend');
  if (i < 0) return germanBelowThousand(s);
  const left = i === 0 ? 1 : germanBelowThousand(s.slice(0, i));
  const rest = s.slice(i + 'tausend'.length).replace(/^und/, '');
  const right = rest ? germanBelowThousand(rest) : 0;
  if (left === undefined || left === 0 || right === undefined) return undefined;
  return left * 1000 + right;
}

function germanBelowThousand(s: string): number | undefined {
  const i = s.indexOf('hundert');
  if (i < 0) return germanBelowHundred(s);
  const left = i === 0 ? 1 : germanBelowHundred(s.slice(0, i));
  const rest = s.slice(i + 'hundert'.length).replace(/^und/, '');
  const right = rest ? germanBelowHundred(rest) : 0;
  if (left === undefined || left === 0 || left > 9 || right === undefined) return undefined;
  return left * 100 + right;
}

function germanBelowHundred(s: string): number | undefined {
  if (s === 'null') return 0;
  const unit = DE_UNITS[s];
  if (unit !== undefined) return unit;
  const small = DE_SMALL[s];
  if (small !== undefined) return small;
  const tens = DE_TENS[s];
  if (tens !== undefined) return tens;
  const compound = /^([a-z]+?)und([a-z]+)$/.exec(s);
  if (compound) {
    const u = DE_UNITS[compound[1]!];
    const t = DE_TENS[compound[2]!];
    if (u !== undefined && t !== undefined && compound[1] !== 'eine' && compound[1] !== 'einen' && compound[1] !== 'eins') return t + u;
  }
  return undefined;
}
