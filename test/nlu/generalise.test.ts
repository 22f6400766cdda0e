import { type LanguageModel, StaticModels } from '../../local/simulator/model';
import { FALLBACK_INTENT, formatExplanation, Nlu, nluFor } from '../../local/simulator/nlu';
import { isNearMiss, languageParts } from '../../local/simulator/nlu/language';

const enUS = nluFor('en-US');
const deDE = nluFor('de-DE');

describe('the generalising tier', () => {
  test('an exact sample stays in the exact tier', () => {
    const result = enUS.match("what's my fortune");
    expect(result).toMatchObject({ intent: 'GetFortuneIntent', tier: 'exact', score: 1 });
  });

  test('inflections match by stem (tips/tip)', () => {
    const result = enUS.match('the tips of the day about postmortems');
    expect(result).toMatchObject({ intent: 'GetTipIntent', tier: 'generalised' });
    expect(result.winner?.notes?.join(' ')).toMatch(/"tips" ~ "tip" \(same stem\)/);
  });

  test('word order around a slot does not matter (German verb last)', () => {
    const result = deDE.match('zu containern einen tipp gib mir');
    expect(result).toMatchObject({ intent: 'GetTipIntent', tier: 'generalised' });
    expect(result.slots.topic?.resolution?.values[0]?.id).toBe('containers');
  });

  test('a near-miss word still routes, and says so', () => {
    const result = enUS.match("what's my fourtune for today");
    expect(result).toMatchObject({ intent: 'GetFortuneIntent', tier: 'generalised' });
    expect(result.winner?.notes?.join(' ')).toMatch(/near miss/);
  });

  test.each([
    ['en-US', "how's the weather in Paris"],
    ['en-US', 'set an alarm for six'],
    ['de-DE', 'wie wird das Wetter morgen'],
    ['de-DE', 'spiel etwas von den Beatles'],
  ])('%s "%s" is out of domain: below the threshold, Fallback', (locale, line) => {
    const result = nluFor(locale).match(line);
    expect(result).toMatchObject({ intent: FALLBACK_INTENT, tier: 'generalised' });
    expect(result.reason).toMatch(/below the threshold/);
  });

  test('every match has a confidence between 0 and 1', () => {
    for (const line of ['a tip', 'zzz qqq', 'tell me a tip about dockers please', 'yes please do']) {
      const { score } = enUS.match(line);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  test('strict mode never generalises', () => {
    const strict = new Nlu('en-US', enUS.model, { strict: true });
    expect(strict.match('give me the tips on postmortems')).toMatchObject({ intent: FALLBACK_INTENT, tier: 'none' });
  });

  test('the threshold decides: a high one sends a generalised match to Fallback', () => {
    const strictish = new Nlu('en-US', enUS.model, { threshold: 0.99 });
    expect(strictish.match('give me the tips on postmortems').intent).toBe(FALLBACK_INTENT);
  });

  test('--explain names the tier, the threshold and what the match took', () => {
    const text = formatExplanation(enUS.match('give me the tips on postmortems'));
    expect(text).toMatch(/\[generalising tier, threshold 0\.\d\d\]/);
    expect(text).toMatch(/GetTipIntent\s+0\.\d\d\s+".*" \[generalised\]/);
    expect(text).toMatch(/winner: GetTipIntent .*a generalised match/);
    expect(formatExplanation(enUS.match('a tip'))).toMatch(/\[exact tier\]/);
  });

  test('slot values resolve by stem, and beat an exact fit with an unknown value', () => {
    const model: LanguageModel = {
      invocationName: 'paint shop',
      intents: [{ name: 'PaintIntent', samples: ['paint it {color}'], slots: [{ name: 'color', type: 'Color' }] }],
      types: [{ name: 'Color', values: [{ id: 'RED', name: { value: 'reddish tone' } }] }],
    };
    const nlu = nluFor('en-US', new StaticModels({ 'en-US': model }));
    expect(nlu.match('please paint it in reddish tones').slots.color?.resolution?.values[0]?.id).toBe('RED');
    // No value of the type: the exact sample with an unknown value stands, as Alexa fills the slot anyway.
    const blue = nlu.match('paint it in blue');
    expect(blue).toMatchObject({ intent: 'PaintIntent', tier: 'exact' });
    expect(blue.slots.color?.resolution?.status).toBe('ER_SUCCESS_NO_MATCH');
  });
});

describe('language parts', () => {
  test('Snowball stems from @nlpjs, from the word with its umlauts', () => {
    const de = languageParts('de');
    expect(de.stem('Sprüche'.toLowerCase())).toBe(de.stem('spruch'));
    expect(de.stem('tagesfragen')).toBe(de.stem('tagesfrage'));
    const en = languageParts('en');
    expect(en.stem('fortunes')).toBe(en.stem('fortune'));
  });

  test('near misses: one edit for short words, two for long ones, same first letter, none under four letters', () => {
    expect(isNearMiss('fortune', 'fourtune')).toBe(true);
    expect(isNearMiss('postmortems', 'postmortums')).toBe(true);
    expect(isNearMiss('give', 'five')).toBe(false);
    expect(isNearMiss('tip', 'top')).toBe(false);
    expect(isNearMiss('weather', 'whether')).toBe(false);
  });
});
