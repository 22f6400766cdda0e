import deLexicon from '../../content/de/pronunciations.json';
import enLexicon from '../../content/en/pronunciations.json';
import type { Lexicon } from '../../lambda/content/types';
import { type Locale, SUPPORTED_LOCALES } from '../../lambda/locale';
import { CLIPS, type ClipName } from '../../lambda/speech/clips';
import { escapeXml } from '../../lambda/speech/escape';
import { quoteVoiceOf } from '../../lambda/speech/platform';
import { compileLexicon } from '../../lambda/speech/pronunciation';
import { SpeechBuilder, SpeechTooLongError } from '../../lambda/speech/speechBuilder';
import { VOICES_BY_LOCALE } from '../../tools/platformRules';
import { checkSsml } from '../../tools/ssmlCheck';
import { audioSources, spokenText } from '../support/ssml';

const plain = (text: string) => text;
const en = compileLexicon(enLexicon as Lexicon);
const de = compileLexicon(deLexicon as Lexicon);
const wrap = (inner: string) => `<speak>${inner}</speak>`;

function expectClean(ssml: string, locale: Locale): void {
  expect(checkSsml(wrap(ssml), locale)).toEqual([]);
}

describe('escaping', () => {
  test('escapeXml replaces the five XML specials and nothing else', () => {
    expect(escapeXml(`Tom & Jerry <b>"hi"</b> it's`)).toBe('Tom &amp; Jerry &lt;b&gt;&quot;hi&quot;&lt;/b&gt; it&apos;s');
    expect(escapeXml('plain text, äöü ß — ok')).toBe('plain text, äöü ß — ok');
    // Already escaped-looking text is escaped again: content means what it says.
    expect(escapeXml('&lt;')).toBe('&amp;lt;');
  });

  test.each(['say', 'sayExcited', 'quote'] as const)('%s escapes & < > " \' from content', (method) => {
    const speech = new SpeechBuilder('en-US', en);
    speech[method](`Salt & pepper <script> "quoted" it's`);
    const ssml = speech.build();
    expect(ssml).not.toMatch(/<script>|& |"quoted"|it's/);
    expect(ssml).toContain('Salt &amp; pepper &lt;script&gt; &quot;quoted&quot; it&apos;s');
    expectClean(ssml, 'en-US');
    expect(spokenText(ssml)).toBe(`Salt & pepper <script> "quoted" it's`);
  });

  test('terms and aliases of the lexicon are escaped too', () => {
    const lexicon: Lexicon = {
      'R&D': { sub: 'R and D' },
      'AT&T': { sayAs: 'characters' },
      'Q"A': { sub: 'say "Q & A" <now>' },
    };
    const speech = new SpeechBuilder('en-US', compileLexicon(lexicon));
    const ssml = speech.say('Our R&D team called AT&T about Q"A.').build();
    expect(ssml).toContain('<sub alias="R and D">R&amp;D</sub>');
    expect(ssml).toContain('<say-as interpret-as="characters">AT&amp;T</say-as>');
    expect(ssml).toContain('<sub alias="say &quot;Q &amp; A&quot; &lt;now&gt;">Q&quot;A</sub>');
    expectClean(ssml, 'en-US');
  });

  test('empty or blank text adds nothing', () => {
    const speech = new SpeechBuilder('en-US', en).say('   ').sayExcited('').quote(' \n ');
    expect(speech.build()).toBe('');
  });
});

describe('audio clips', () => {
  const names = Object.keys(CLIPS) as ClipName[];

  test('at most five audio tags: the sixth clip is dropped and recorded', () => {
    const speech = new SpeechBuilder('en-US', plain);
    const order: ClipName[] = ['open', 'reveal', 'transition', 'question', 'correct', 'goodbye', 'wrong'];
    for (const name of order) speech.clip(name).say('and');
    const ssml = speech.build();
    expect(audioSources(ssml)).toEqual(order.slice(0, 5).map((name) => CLIPS[name]));
    expect(speech.droppedClips).toEqual(['goodbye', 'wrong']);
    expectClean(ssml, 'en-US');
  });

  test('five clips are all kept', () => {
    const speech = new SpeechBuilder('de-DE', plain);
    for (const name of names.slice(0, 5)) speech.clip(name);
    expect(audioSources(speech.build())).toHaveLength(5);
    expect(speech.droppedClips).toEqual([]);
  });
});

describe('length limit', () => {
  // <speak></speak> adds 15 characters, and the platform wants fewer than 8000 in total.
  test('7999 characters including <speak></speak> is fine', () => {
    const ssml = new SpeechBuilder('en-US', plain).say('a'.repeat(7984)).build();
    expect(wrap(ssml).length).toBe(7999);
  });

  test('8000 characters including <speak></speak> throws SpeechTooLongError', () => {
    const speech = new SpeechBuilder('en-US', plain).say('a'.repeat(7985));
    expect(() => speech.build()).toThrow(SpeechTooLongError);
  });

  test('escaping and markup count toward the limit', () => {
    // 2000 ampersands become 10,000 characters of "&amp;".
    const speech = new SpeechBuilder('en-US', plain).say('&'.repeat(2000));
    expect(() => speech.build()).toThrow(SpeechTooLongError);
    const many = new SpeechBuilder('en-US', en);
    for (let i = 0; i < 200; i++) many.say('AWS');
    expect(() => many.build()).toThrow(SpeechTooLongError);
  });
});

describe('voices and emotion per locale', () => {
  test.each([
    ['en-US', 'Matthew'],
    ['en-GB', 'Brian'],
    ['de-DE', 'Hans'],
  ] as const)('a quote in %s is read by %s', (locale, voice) => {
    const ssml = new SpeechBuilder(locale, plain).say('He said:').quote('Ship it.').build();
    expect(ssml).toBe(`He said: <voice name="${voice}">Ship it.</voice>`);
    expectClean(ssml, locale);
  });

  test.each(SUPPORTED_LOCALES)('the %s quote voice is one the platform offers for that locale', (locale) => {
    expect(VOICES_BY_LOCALE[locale]).toContain(quoteVoiceOf(locale));
  });

  test.each(['en-US', 'en-GB'] as const)('sayExcited uses amazon:emotion in %s', (locale) => {
    const ssml = new SpeechBuilder(locale, plain).sayExcited('Welcome!').build();
    expect(ssml).toBe('<amazon:emotion name="excited" intensity="medium">Welcome!</amazon:emotion>');
    expectClean(ssml, locale);
  });

  test('sayExcited never uses amazon:emotion in de-DE, and still says the words', () => {
    const ssml = new SpeechBuilder('de-DE', de).sayExcited('Willkommen bei Glückskeks!').build();
    expect(ssml).not.toContain('amazon:emotion');
    expect(ssml).toBe('Willkommen bei Glückskeks!');
    expectClean(ssml, 'de-DE');
  });

  test('a quote keeps the lexicon and never nests a voice inside emotion', () => {
    const ssml = new SpeechBuilder('en-US', en).sayExcited('Hi!').quote('AWS runs CI/CD.').build();
    expect(ssml).toContain(
      '<voice name="Matthew"><say-as interpret-as="characters">AWS</say-as> runs <sub alias="C I C D">CI/CD</sub>.</voice>',
    );
    expectClean(ssml, 'en-US');
  });
});

describe('pronunciation lexicon', () => {
  const say = (text: string, pronounce = en) => new SpeechBuilder('en-US', pronounce).say(text).build();

  test('"CI/CD" becomes the sub alias, "CI" alone its say-as', () => {
    expect(say('Use CI/CD.')).toBe('Use <sub alias="C I C D">CI/CD</sub>.');
    expect(say('Run CI on every push.')).toBe('Run <say-as interpret-as="characters">CI</say-as> on every push.');
    expect(say('CI then CD, or CI/CD')).toBe(
      '<say-as interpret-as="characters">CI</say-as> then <say-as interpret-as="characters">CD</say-as>, or <sub alias="C I C D">CI/CD</sub>',
    );
  });

  test('longer terms win over their prefixes', () => {
    expect(say('GPUs and a GPU')).toBe(`<sub alias="G P U's">GPUs</sub> and a <say-as interpret-as="characters">GPU</say-as>`);
    // Order in the lexicon does not matter.
    const reversed = compileLexicon({ CI: { sayAs: 'characters' }, 'CI/CD': { sub: 'C I C D' } });
    expect(say('CI/CD', reversed)).toBe('<sub alias="C I C D">CI/CD</sub>');
  });

  test("the plural of every acronym is derived from the lexicon and read as its letters and 's", () => {
    expect(say('GPUs or FPGAs, and AMIs')).toBe(
      `<sub alias="G P U's">GPUs</sub> or <sub alias="F P G A's">FPGAs</sub>, and <sub alias="A M I's">AMIs</sub>`,
    );
    const lexicon = compileLexicon({ API: { sayAs: 'characters' }, SLO: { sayAs: 'characters' }, VM: { sayAs: 'characters' } });
    expect(say('APIs, SLOs and VMs', lexicon)).toBe(
      `<sub alias="A P I's">APIs</sub>, <sub alias="S L O's">SLOs</sub> and <sub alias="V M's">VMs</sub>`,
    );
    // A sub alias carries over; words that are not acronyms get no plural; an explicit entry wins.
    expect(say('CI/CDs and DevOpss and S3s')).toBe(`<sub alias="C I C D's">CI/CDs</sub> and DevOpss and S3s`);
    const german = compileLexicon(deLexicon as Lexicon);
    expect(new SpeechBuilder('de-DE', german).say('GPUs oder FPGAs, AMIs und eine GPU').build()).toBe(
      `<sub alias="G P U's">GPUs</sub> oder <sub alias="F P G A's">FPGAs</sub>, <sub alias="A M I's">AMIs</sub> und eine <say-as interpret-as="characters">GPU</say-as>`,
    );
    const explicit = compileLexicon({ VM: { sayAs: 'characters' }, VMs: { sub: 'virtual machines' } });
    expect(say('VMs', explicit)).toBe('<sub alias="virtual machines">VMs</sub>');
  });

  test('no match inside longer words', () => {
    expect(say('DNSSEC protects DNS.')).toBe('DNSSEC protects <say-as interpret-as="characters">DNS</say-as>.');
    expect(say('LAWS and AWS')).toBe('LAWS and <say-as interpret-as="characters">AWS</say-as>');
    expect(say('AWSome CIAO DevOpsy')).toBe('AWSome CIAO DevOpsy');
    expect(say('S3x or xS3 or S3')).toBe('S3x or xS3 or <sub alias="S three">S3</sub>');
  });

  test('terms next to punctuation, apostrophes and hyphens are still marked', () => {
    const ssml = say(`AWS's (ECS), "GPU"-heavy; DevOps!`);
    expect(ssml).toBe(
      '<say-as interpret-as="characters">AWS</say-as>&apos;s (<say-as interpret-as="characters">ECS</say-as>), &quot;<say-as interpret-as="characters">GPU</say-as>&quot;-heavy; <sub alias="dev ops">DevOps</sub>!',
    );
    expectClean(ssml, 'en-US');
  });

  test('matching is case-sensitive', () => {
    expect(say('aws and Aws')).toBe('aws and Aws');
  });

  test('an empty lexicon leaves the text alone', () => {
    expect(say('AWS CI/CD', compileLexicon({}))).toBe('AWS CI/CD');
  });

  test('the German lexicon uses German aliases', () => {
    expect(new SpeechBuilder('de-DE', de).say('Daten in S3.').build()).toBe('Daten in <sub alias="S drei">S3</sub>.');
  });
});
