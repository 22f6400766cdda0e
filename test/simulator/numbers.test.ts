import { numberSlotValue, parseNumber } from '../../local/simulator/numbers';

const en = (text: string) => parseNumber(text.split(' '), 'en');
const de = (text: string) => parseNumber(text.split(' '), 'de');

describe('AMAZON.NUMBER', () => {
  test.each([
    ['zero', 0],
    ['nought', 0],
    ['five', 5],
    ['fifteen', 15],
    ['twenty one', 21],
    ['sixty three', 63],
    ['a hundred', 100],
    ['one hundred and five', 105],
    ['fifteen hundred', 1500],
    ['two thousand twenty six', 2026],
    ['a thousand and one', 1001],
    ['twenty one thousand', 21000],
    ['21', 21],
    ['0', 0],
    ['minus five', -5],
  ])('en "%s" is %d', (text, value) => {
    expect(en(text)).toBe(value);
  });

  test.each([
    ['null', 0],
    ['eins', 1],
    ['fünf', 5],
    ['zwölf', 12],
    ['fünfzehn', 15],
    ['zwanzig', 20],
    ['einundzwanzig', 21],
    ['ein und zwanzig', 21],
    ['dreiundsechzig', 63],
    ['dreißig', 30],
    ['hundert', 100],
    ['einhundert', 100],
    ['zweihundertdreiundsechzig', 263],
    ['tausend', 1000],
    ['zweitausendsechsundzwanzig', 2026],
    ['21', 21],
  ])('de "%s" is %d', (text, value) => {
    expect(de(text)).toBe(value);
  });

  test.each(['banana', 'five five', 'one twenty', 'twenty zero', 'and', 'a', 'hundred hundred'])('en "%s" is not a number', (text) => {
    expect(en(text)).toBeUndefined();
  });

  test.each(['banane', 'eineundzwanzig', 'null null'])('de "%s" is not a number', (text) => {
    expect(de(text)).toBeUndefined();
  });

  test('gives the slot value as digits', () => {
    expect(numberSlotValue(['twenty', 'one'], 'en')).toBe('21');
    expect(numberSlotValue(['einundzwanzig'], 'de')).toBe('21');
    expect(numberSlotValue(['zero'], 'en')).toBe('0');
  });
});
