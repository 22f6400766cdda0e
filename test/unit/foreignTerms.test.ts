import deTerms from '../../content/de/english-terms.json';
import deLexicon from '../../content/de/pronunciations.json';
import { buildCatalog } from '../../lambda/content/catalog';
import { contentCatalog } from '../../lambda/content/contentCatalog';
import type { ForeignTerms, Lexicon } from '../../lambda/content/types';
import { languageOf, SUPPORTED_LOCALES } from '../../lambda/locale';
import { compileLexicon } from '../../lambda/speech/pronunciation';
import { SpeechBuilder } from '../../lambda/speech/speechBuilder';
import { checkSsml } from '../../tools/ssmlCheck';
import { spokenText } from '../support/ssml';

const de = compileLexicon(deLexicon as Lexicon, deTerms as ForeignTerms);
const say = (text: string) => new SpeechBuilder('de-DE', de).say(text).build();
const en = (term: string) => `<lang xml:lang="en-US">${term}</lang>`;

describe('English terms in German speech', () => {
  test('a listed term is read in English, the German around it is not', () => {
    expect(say('Ein Scheduler verteilt die Jobs.')).toBe(`Ein ${en('Scheduler')} verteilt die Jobs.`);
  });

  test('the longest listed term wins, so a phrase is one tag', () => {
    expect(say('Beim Canary-Deployment hilft ein Canary.')).toBe(`Beim ${en('Canary-Deployment')} hilft ein ${en('Canary')}.`);
    expect(say('Feature-Toggles und Compute-Environments')).toBe(`${en('Feature-Toggles')} und ${en('Compute-Environments')}`);
    expect(say('Continuous Delivery')).toBe(en('Continuous Delivery'));
  });

  test('whole words only: a term inside a joined word is left alone, a hyphenated part is marked', () => {
    expect(say('Produktionsimages und der Spotpreis')).toBe('Produktionsimages und der Spotpreis');
    expect(say('eine Retry-Strategie')).toBe(`eine ${en('Retry')}-Strategie`);
  });

  test('a compound of English and German marks only its English part; an all-English compound is one tag', () => {
    expect(say('Jeder Job läuft als Docker-Container.')).toBe(`Jeder Job läuft als ${en('Docker')}-Container.`);
    expect(say('In Produktions-Images, zum Spot-Preis')).toBe(`In Produktions-${en('Images')}, zum ${en('Spot')}-Preis`);
    expect(say('Beim Blue-Green-Deployment und Unit-Tests')).toBe(`Beim ${en('Blue-Green-Deployment')} und ${en('Unit-Tests')}`);
    expect(say('das One-Shot-Modell')).toBe(`das ${en('One-Shot')}-Modell`);
    expect(say('auf ECS-Cluster')).toBe('auf <say-as interpret-as="characters">ECS</say-as>-Cluster');
  });

  test('case matters: the tag names latest and production, not any capitalised word', () => {
    expect(say('Tags wie latest oder production')).toBe(`${en('Tags')} wie ${en('latest')} oder ${en('production')}`);
    expect(say('Der scheduler und Latest')).toBe('Der scheduler und Latest');
  });

  test('"Tag" is the German day everywhere except in the phrase listed for it', () => {
    expect(say('Jeden Tag ein Spruch. Das ist Tag eins.')).toBe('Jeden Tag ein Spruch. Das ist Tag eins.');
    expect(say('Ein Tag, der wandert, ist ein Etikett, das lügt.')).toBe(`Ein ${en('Tag')}, der wandert, ist ein Etikett, das lügt.`);
  });

  test('acronyms keep their own mark and never end up inside a lang tag, nor a lang tag inside theirs', () => {
    const ssml = say('Container für Deep Learning brauchen GPU-Treiber, und AWS Batch plant jedes Docker-Image.');
    expect(ssml).toBe(
      `Container für ${en('Deep Learning')} brauchen <say-as interpret-as="characters">GPU</say-as>-Treiber, und ` +
        `<say-as interpret-as="characters">AWS</say-as> Batch plant jedes ${en('Docker-Image')}.`,
    );
    expect(ssml).not.toMatch(/<(sub|say-as)[^>]*>[^<]*<lang|<lang[^>]*>[^<]*<(sub|say-as)/);
  });

  test('German speech with English terms is valid SSML in Alexa’s voice and in the quote voice, and sounds the same as text', () => {
    const text = 'Finger weg von Tags wie latest, denn die wandern.';
    const quote = 'Ein Tag, der wandert, ist ein Etikett, das lügt.';
    const ssml = new SpeechBuilder('de-DE', de).say(text).quote(quote).build();
    expect(ssml).toContain(`<voice name="Hans">Ein ${en('Tag')}, der wandert`);
    expect(checkSsml(`<speak>${ssml}</speak>`, 'de-DE')).toEqual([]);
    expect(spokenText(ssml)).toBe(`${text} ${quote}`);
  });

  test('text that is already escaped stays escaped inside the tag', () => {
    const pronounce = compileLexicon({}, { lang: 'en-US', terms: ['Q&A', 'Rock "n" Roll'] });
    const ssml = new SpeechBuilder('de-DE', pronounce).say('Q&A mit Rock "n" Roll').build();
    expect(ssml).toBe(`${en('Q&amp;A')} mit ${en('Rock &quot;n&quot; Roll')}`);
    expect(checkSsml(`<speak>${ssml}</speak>`, 'de-DE')).toEqual([]);
  });
});

describe.each(SUPPORTED_LOCALES)('the composer in %s', (locale) => {
  const catalog = contentCatalog(languageOf(locale));
  const compose = (text: string) => new SpeechBuilder(locale, catalog.pronounce).say(text).build();

  test(languageOf(locale) === 'de' ? 'marks English terms in German' : 'marks no language switch in English', () => {
    const ssml = compose('Ein Scheduler startet ein Docker-Image mit dem Tag latest auf AWS.');
    if (languageOf(locale) === 'de') {
      expect(ssml).toContain(en('Scheduler'));
      expect(ssml).toContain(en('Docker-Image'));
      expect(ssml).toContain(en('latest'));
    } else {
      expect(ssml).not.toContain('<lang');
    }
    expect(ssml).toContain('<say-as interpret-as="characters">AWS</say-as>');
    expect(checkSsml(`<speak>${ssml}</speak>`, locale)).toEqual([]);
  });

  test('every content item composes to valid SSML, and no card carries markup', () => {
    for (const item of [...catalog.tips, ...catalog.fortunes]) {
      const speech = new SpeechBuilder(locale, catalog.pronounce).say(item.speech);
      if (item.quote) speech.quote(item.quote);
      expect(checkSsml(`<speak>${speech.build()}</speak>`, locale)).toEqual([]);
      expect(item.card).not.toMatch(/[<>]/);
    }
  });
});

describe('a broken term list', () => {
  test('is logged and skipped; acronyms are still marked', () => {
    const problems: string[] = [];
    const catalog = buildCatalog(
      'de',
      { decks: [], questions: { items: [] }, lexicon: deLexicon, foreignTerms: { terms: 'Scheduler' } },
      (p) => problems.push(`${p.deck}: ${p.message}`),
    );
    expect(problems).toContain('english-terms: foreign term list is malformed and was skipped');
    expect(catalog.pronounce('Ein Scheduler auf AWS')).toBe('Ein Scheduler auf <say-as interpret-as="characters">AWS</say-as>');
  });
});
