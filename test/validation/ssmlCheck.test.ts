import { SUPPORTED_LOCALES } from '../../lambda/locale';
import { VOICES_BY_LOCALE } from '../../tools/platformRules';
import { checkSsml } from '../../tools/ssmlCheck';

const CHIME = 'soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01';
const speak = (inner: string) => `<speak>${inner}</speak>`;

describe('checkSsml accepts', () => {
  test('rich SSML that follows every rule', () => {
    const ssml = speak(
      `<audio src="${CHIME}"/>` +
        '<p><s>Salt &amp; pepper, <say-as interpret-as="characters">AWS</say-as>, <sub alias="C I C D">CI/CD</sub>.</s></p>' +
        '<break time="10s"/><break strength="strong"/><break time="500ms"/>' +
        '<prosody rate="20%" pitch="+50%" volume="-3dB">slow</prosody><prosody rate="x-fast" pitch="-33.3%">fast</prosody>' +
        '<amazon:emotion name="excited" intensity="high">Yes!</amazon:emotion>' +
        '<amazon:domain name="conversational">Hey.</amazon:domain><amazon:effect name="whispered">psst</amazon:effect>' +
        '<voice name="Matthew"><prosody rate="90%"><emphasis level="strong">Quote</emphasis></prosody></voice>' +
        '<p><voice name="Joanna"><lang xml:lang="en-US">hi</lang></voice></p>' +
        '<phoneme alphabet="ipa" ph="pɪˈkɑːn">pecan</phoneme><w role="amazon:VB">read</w>' +
        '<audio src="https://example.com/a.mp3"/>',
    );
    expect(checkSsml(ssml, 'en-US')).toEqual([]);
  });

  test("English words in German speech, in Alexa's own voice and in a German quote voice", () => {
    const ssml = speak(
      'Ein <lang xml:lang="en-US">Scheduler</lang>. <voice name="Hans">Der <lang xml:lang="en-US">Scheduler</lang>.</voice>',
    );
    expect(checkSsml(ssml, 'de-DE')).toEqual([]);
  });

  test('German voices in de-DE and British ones in en-GB', () => {
    expect(checkSsml(speak('<voice name="Vicki">Hallo</voice> <s><voice name="Hans">Tschüss</voice></s>'), 'de-DE')).toEqual([]);
    expect(checkSsml(speak('<voice name="Brian">Cheers</voice>'), 'en-GB')).toEqual([]);
  });
});

describe('checkSsml reports', () => {
  const cases: [string, string, string, string][] = [
    ['malformed XML', '<speak><p>open</speak>', 'en-US', 'not well-formed XML'],
    ['a root other than speak', '<p>Hi</p>', 'en-US', 'root must be a single <speak> element'],
    ['two roots', '<speak>a</speak><speak>b</speak>', 'en-US', 'Multiple possible root nodes'],
    ['an element after speak', '<speak>a</speak><p/>', 'en-US', 'root must be a single <speak> element'],
    ['an unknown tag', speak('<font>x</font>'), 'en-US', '<font> is not an Alexa SSML tag'],
    ['an unknown attribute', speak('<p class="x">x</p>'), 'en-US', '<p> does not take the attribute "class"'],
    ['a missing attribute', speak('<sub>x</sub>'), 'en-US', '<sub> needs the attribute "alias"'],
    ['an http audio src', speak('<audio src="http://example.com/a.mp3"/>'), 'en-US', 'must be https:// or soundbank://'],
    ['a break over 10s', speak('<break time="10001ms"/>'), 'en-US', '<break time="10001ms"> is longer than 10s'],
    ['a break time without unit', speak('<break time="3"/>'), 'en-US', 'must be a number of ms or s'],
    ['a slow prosody rate', speak('<prosody rate="19%">x</prosody>'), 'en-US', 'at least 20%'],
    ['a high pitch', speak('<prosody pitch="+51%">x</prosody>'), 'en-US', 'between -33.3% and +50%'],
    ['a low pitch', speak('<prosody pitch="-34%">x</prosody>'), 'en-US', 'between -33.3% and +50%'],
    ['a bad volume', speak('<prosody volume="11">x</prosody>'), 'en-US', 'must be a keyword or +ndB / -ndB'],
    ['a bad say-as', speak('<say-as interpret-as="letters">x</say-as>'), 'en-US', 'interpret-as="letters"> must be one of'],
    [
      'emotion in German',
      speak('<amazon:emotion name="excited" intensity="low">Ja</amazon:emotion>'),
      'de-DE',
      '<amazon:emotion> is not available in de-DE',
    ],
    [
      'an unknown emotion',
      speak('<amazon:emotion name="happy" intensity="low">x</amazon:emotion>'),
      'en-US',
      'name="happy"> must be one of excited, disappointed',
    ],
    [
      'an unknown intensity',
      speak('<amazon:emotion name="excited" intensity="max">x</amazon:emotion>'),
      'en-US',
      'intensity="max"> must be one of low, medium, high',
    ],
    [
      'a domain outside its locales',
      speak('<amazon:domain name="news">x</amazon:domain>'),
      'de-DE',
      'amazon:domain "news" is not available in de-DE',
    ],
    ['a voice of another locale', speak('<voice name="Hans">x</voice>'), 'en-US', 'voice "Hans" is not available in en-US'],
    ['an unknown voice', speak('<voice name="Alexa">x</voice>'), 'en-GB', 'voice "Alexa" is not available in en-GB'],
    [
      'a voice inside prosody',
      speak('<prosody rate="slow"><voice name="Joey">x</voice></prosody>'),
      'en-US',
      '<voice> inside <prosody>: nest other tags inside <voice>',
    ],
    [
      'a voice inside emotion',
      speak('<amazon:emotion name="excited" intensity="low"><voice name="Joey">x</voice></amazon:emotion>'),
      'en-US',
      '<voice> inside <amazon:emotion>',
    ],
    [
      'an emotion inside a voice',
      speak('<voice name="Joey"><amazon:emotion name="excited" intensity="low">x</amazon:emotion></voice>'),
      'en-US',
      '<amazon:emotion> inside <voice>',
    ],
    [
      'a lang of a language Alexa does not speak',
      speak('<lang xml:lang="xx-XX">Hallo</lang>'),
      'en-US',
      '<lang xml:lang="xx-XX"> is not a language Alexa speaks',
    ],
    [
      'a lang inside a lang',
      speak('<lang xml:lang="en-US"><lang xml:lang="en-US">Tag</lang></lang>'),
      'de-DE',
      '<lang> inside <lang>: mark a term once',
    ],
    ['a raw ampersand', speak('Salt & pepper'), 'en-US', 'raw "&" at offset 12 is not an entity'],
    ['an HTML entity', speak('a&nbsp;b'), 'en-US', 'raw "&" at offset 8 is not an entity'],
    ['an unknown locale', speak('x'), 'fr-FR', 'unknown locale "fr-FR"'],
  ];

  test.each(cases)('%s', (_name, ssml, locale, fragment) => {
    expect(checkSsml(ssml, locale)).toEqual(expect.arrayContaining([expect.stringContaining(fragment)]));
  });

  test('more than five audio tags', () => {
    const audio = `<audio src="${CHIME}"/>`;
    expect(checkSsml(speak(audio.repeat(5)), 'en-US')).toEqual([]);
    expect(checkSsml(speak(audio.repeat(6)), 'en-US')).toEqual(['has 6 <audio> tags (at most 5)']);
  });

  test('8000 characters or more', () => {
    const filler = (length: number) => speak('a'.repeat(length - '<speak></speak>'.length));
    expect(checkSsml(filler(7999), 'en-US')).toEqual([]);
    expect(checkSsml(filler(8000), 'en-US')).toEqual(['is 8000 characters (must be under 8000)']);
  });

  test('only the broken rule, so each message points at one fault', () => {
    expect(checkSsml(speak('<break time="11s"/>'), 'en-US')).toEqual(['<break time="11s"> is longer than 10s']);
  });
});

describe('platform rules', () => {
  test('list the voices of every skill locale', () => {
    for (const locale of SUPPORTED_LOCALES) expect(VOICES_BY_LOCALE[locale]?.length).toBeGreaterThan(0);
    expect(VOICES_BY_LOCALE['de-DE']).toEqual(['Hans', 'Marlene', 'Vicki']);
  });
});
