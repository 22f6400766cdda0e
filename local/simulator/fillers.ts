import type { Language } from './text';

/**
 * Words around a request that carry no meaning for the model: politeness, hesitation and carrier
 * phrases ("how about ...", "I'd like ..."). Alexa tolerates "additional words around" an utterance; the
 * NLU drops these at either end when the words as said fit no sample.
 */
export const FILLERS: Record<Language, { leading: readonly string[]; trailing: readonly string[] }> = {
  en: {
    leading: [
      'please',
      'um',
      'uh',
      'erm',
      'hmm',
      'so',
      'hey',
      'well',
      'okay so',
      'how about',
      'what about',
      'can you',
      'could you',
      'would you',
      'can i have',
      'can i get',
      'could i have',
      'could i get',
      'i want',
      'i would like',
      "i'd like",
      'let me hear',
      'let me have',
      'just',
    ],
    trailing: ['please', 'thanks', 'thank you', 'now', 'then', 'for me', 'today please'],
  },
  de: {
    leading: [
      'bitte',
      'äh',
      'ähm',
      'hm',
      'also',
      'hey',
      'na',
      'und',
      'wie wäre es mit',
      'was ist mit',
      'ich möchte',
      'ich will',
      'ich hätte gern',
      'ich hätte gerne',
      'kannst du mir',
      'kannst du',
      'könntest du',
      'gerne',
      'mal',
    ],
    trailing: ['bitte', 'danke', 'jetzt', 'mal', 'für mich'],
  },
};
