import { USER_CONTEXT_SCHEMA_VERSION, upgrade } from '../../lambda/domain/userContext';
import { newWriteToken } from '../../lambda/persistence/writeToken';
import { seededRandom } from '../support/random';

describe('newWriteToken', () => {
  test('is 8 base64url characters that a stored item keeps', () => {
    const random = seededRandom(3);
    const tokens = Array.from({ length: 16 }, () => newWriteToken(random));
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(upgrade({ schemaVersion: USER_CONTEXT_SCHEMA_VERSION, writes: tokens }).writes).toEqual(tokens);
  });

  test('takes its bits from the injected randomness, both ends of its range included', () => {
    expect(newWriteToken(() => 0)).toBe('AAAAAAAA');
    expect(newWriteToken(() => 1 - 2 ** -53)).toBe('________');
    expect(newWriteToken(seededRandom(9))).toBe(newWriteToken(seededRandom(9)));
  });

  test('draws differ: 20,000 tokens, no repeat, every character used', () => {
    const random = seededRandom(11);
    const tokens = new Set(Array.from({ length: 20_000 }, () => newWriteToken(random)));
    expect(tokens.size).toBe(20_000);
    expect(new Set([...tokens].join('')).size).toBe(64);
  });
});
