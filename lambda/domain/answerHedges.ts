import type { Language } from '../locale';

/**
 * People rarely answer a quiz with the bare answer: "I think it's one hundred percent", "about twenty-one
 * thousand dollars", "ich glaube null", "ungefähr einundzwanzigtausend". When entity resolution finds no
 * match, the answer slot carries those words as said, so the judge drops the hedge before comparing.
 * Only leading hedges go (and "about"/"etwa" before a number), never words inside an answer, so
 * "open-ended questions" or "the availability bias" stay as they are.
 */
const LEADING: Record<Language, readonly string[]> = {
  en: [
    'i think',
    'i guess',
    'i believe',
    'i would say',
    "i'd say",
    'my answer is',
    'the answer is',
    "it's",
    'it is',
    'its',
    'maybe',
    'probably',
    'perhaps',
    'about',
    'around',
    'roughly',
    'approximately',
    'almost',
    'exactly',
    'is it',
    'um',
    'uh',
    'er',
  ],
  de: [
    'ich glaube',
    'ich denke',
    'ich schätze',
    'ich würde sagen',
    'meine antwort ist',
    'die antwort ist',
    'das ist',
    'es ist',
    'es sind',
    'es war',
    'es waren',
    'ist es',
    'sind es',
    'vielleicht',
    'wahrscheinlich',
    'ungefähr',
    'etwa',
    'circa',
    'zirka',
    'rund',
    'genau',
    'äh',
    'ähm',
  ],
};

/** The answer without the hedges a listener put before it; the words as said when there are none. */
export function withoutHedges(said: string, language: Language): string {
  const hedges = LEADING[language];
  let rest = said
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[,.!?]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let changed = true;
  while (changed) {
    changed = false;
    for (const hedge of hedges) {
      if (rest === hedge) return '';
      if (rest.startsWith(`${hedge} `)) {
        rest = rest.slice(hedge.length + 1);
        changed = true;
      }
    }
  }
  return rest;
}
