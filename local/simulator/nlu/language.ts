import { StemmerDe } from '@nlpjs/lang-de';
import { StemmerEn } from '@nlpjs/lang-en-min';
import { distance } from 'fastest-levenshtein';
import { foldWord, type Language } from '../text';

/**
 * The language parts of the generalising tier: word stems, function words and near-miss words.
 *
 * Stems come from the Snowball stemmers of @nlpjs/lang-en-min and @nlpjs/lang-de (4.26.1, pinned).
 * Measured against snowball-stemmers 0.6.0 on the project's own inflections (tip/tips, fortune/fortunes,
 * Frage/Fragen, Glückskeks/Glückskekse, nächste/nächsten ...), both give the same stems, as both are
 * ports of the same Snowball algorithms, but @nlpjs stems a word in about 0.3 µs against about 17 µs,
 * and is maintained as part of NLP.js. Stems are taken from the word as said (with its umlauts) and
 * folded afterwards, like keys.
 *
 * Near-miss words use fastest-levenshtein (1.0.16) for the edit distance.
 */

interface Stemmer {
  stem(word: string): string;
}

const STEMMERS: Record<Language, Stemmer> = { en: new StemmerEn(), de: new StemmerDe() };

/**
 * Words that carry little meaning for routing and come and go in how people ask ("a tip" / "the tip" /
 * "tip", "a tip about X" / "a tip on X" / "X tip"), with the carrier verbs of a request ("give me",
 * "tell me", "zeig mir", "lass uns"). Folded forms (no umlauts). Hand-written on purpose: this is the skill's own
 * carrier vocabulary, tuned on the calibration set; library stop-word lists also drop question words and
 * verbs ("what", "tell", "next") that decide between this skill's intents.
 */
// biome-ignore format: word lists read better packed
const FUNCTION_WORDS: Record<Language, readonly string[]> = {
  en: [
    'a', 'an', 'the', 'my', 'me', 'some', 'any', 'for', 'about', 'on', 'of', 'to', 'with', 'in', 'this', 'that',
    'it', 'is', 'i', 'you', 'your', 'us', 'can', 'could', 'would', 'will', 'do', 'does', 'please', 'thanks',
    'just', 'now', 'um', 'uh', 'so', 'well', 'oh', 'hey', 'id', 'give', 'tell', 'read', 'show', 'get', 'got', 'have',
    'hear', 'want', 'like', 'need', 'let', 'lets', 'share', 'out', 'quick', 'one', 'skill', 'quite',
  ],
  de: [
    'ein', 'eine', 'einen', 'einem', 'einer', 'eins', 'der', 'die', 'das', 'den', 'dem', 'des', 'mein', 'meine',
    'meinen', 'meinem', 'meiner', 'mir', 'mich', 'zu', 'zum', 'zur', 'uber', 'fur', 'von', 'vom', 'mit', 'an',
    'am', 'im', 'mal', 'doch', 'denn', 'bitte', 'danke', 'etwas', 'ist', 'es', 'du', 'ich', 'kannst', 'konntest',
    'ah', 'ahm', 'hm', 'also', 'na', 'nun', 'gib', 'sag', 'lies', 'vor', 'zeig', 'horen', 'haben', 'bekommen',
    'machen', 'lass', 'uns', 'mochte', 'hatte', 'will', 'brauche', 'kann', 'einfach', 'ach', 'dann', 'wohl', 'paar',
    'irgendwelche', 'schnellen', 'kurzen', 'dieser', 'diesen', 'dieses', 'skill', 'bis', 'soll', 'sollte',
  ],
};

/** How much a word counts when it is matched, missing or extra. */
export const CONTENT_WEIGHT = 1;
export const FUNCTION_WEIGHT = 0.3;

export interface LanguageParts {
  /** The folded stem of a word as said. */
  stem(display: string): string;
  isFunctionWord(key: string): boolean;
  /** Whether two different words are one slip apart ("fortchune" for "fortune"). */
  nearMiss(a: string, b: string): boolean;
}

export function languageParts(language: Language): LanguageParts {
  const stemmer = STEMMERS[language];
  const functionWords = new Set(FUNCTION_WORDS[language]);
  const stems = new Map<string, string>();
  return {
    stem(display) {
      let stem = stems.get(display);
      if (stem === undefined) {
        stem = foldWord(stemmer.stem(display.replace(/'/g, '')));
        stems.set(display, stem);
      }
      return stem;
    },
    isFunctionWord: (key) => functionWords.has(key),
    nearMiss: (a, b) => isNearMiss(a, b),
  };
}

/**
 * One edit for words of 4 to 7 letters, two from 8, with the same first letter (a misheard word keeps
 * its onset far more often than not); shorter words must match, they have too many neighbours.
 */
export function isNearMiss(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4 || a === b || a[0] !== b[0]) return false;
  const allowed = shorter >= 8 ? 2 : 1;
  if (Math.abs(a.length - b.length) > allowed) return false;
  return distance(a, b) <= allowed;
}
