import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIPS } from '../../lambda/speech/clips';

const soundbank = new Set(
  readFileSync(join(__dirname, '../../content/soundbank-ids.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#')),
);

describe('CLIPS', () => {
  test('the sound-library list is loaded', () => {
    expect(soundbank.size).toBeGreaterThan(100);
  });

  test.each(Object.entries(CLIPS))('%s (%s) is a real Alexa sound-library id', (_name, id) => {
    expect(id).toMatch(/^soundbank:\/\/soundlibrary\//);
    expect(soundbank.has(id)).toBe(true);
  });

  test('every brand moment has its own clip', () => {
    const ids = Object.values(CLIPS);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
