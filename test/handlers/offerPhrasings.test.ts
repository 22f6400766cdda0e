import { SUPPORTED_LOCALES } from '../../lambda/locale';
import { phrasings } from '../support/prompts';

const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
/** A phrasing's words with every placeholder filled by a two-word topic, the longest there is. */
const longest = (locale: (typeof SUPPORTED_LOCALES)[number], key: string) =>
  Math.max(...phrasings(locale, key).map((phrasing) => words(phrasing.replace(/\{\{\w+\}\}/g, 'continuous delivery'))));

/**
 * A tip turn is a lead, the tip (up to 29 words in English and in German) and an offer: the lead and the offer
 * must leave the tip room to stay near one breath (docs/voice.md: at most 35 words in the journeys).
 */
describe.each(SUPPORTED_LOCALES)('%s: the words around a tip are few', (locale) => {
  test('a tip lead has at most five words, the unknown-topic lead at most ten', () => {
    expect(longest(locale, 'tip.lead')).toBeLessThanOrEqual(5);
    expect(longest(locale, 'tip.unknownTopic')).toBeLessThanOrEqual(10);
  });

  test('every offer after an answer has at most nine words and there are at least five phrasings of each', () => {
    for (const kind of ['related', 'relatedFortune', 'tip', 'series', 'quiz', 'extraFortune']) {
      expect(longest(locale, `offer.${kind}`)).toBeLessThanOrEqual(9);
      expect(phrasings(locale, `offer.${kind}`).length).toBeGreaterThanOrEqual(5);
    }
  });

  test('goodbyes and launch offers rotate among at least five phrasings', () => {
    expect(phrasings(locale, 'goodbye').length).toBeGreaterThanOrEqual(7);
    for (const kind of ['quiz', 'series', 'tip', 'extraFortune'])
      expect(phrasings(locale, `launchOffer.${kind}`).length).toBeGreaterThanOrEqual(5);
  });
});
