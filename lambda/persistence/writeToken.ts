/**
 * The name a write carries (unconfirmedWrites.ts): 8 base64url characters, 48 random bits.
 *
 * It only has to differ from the other writes an item keeps (the newest 16), not to be secret, so it
 * comes from `Math.random` rather than node:crypto: importing crypto with the bundle loaded 36 of
 * Node's internal modules at every cold start (~7 ms, docs/performance.md), and `randomBytes` per
 * write was ~7 % of a warm LaunchRequest. That two of an item's newest 16 tokens are the same has a
 * chance of about 120 pairs × 2^-48, 4 in 10^13.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function newWriteToken(random: () => number = Math.random): string {
  let token = '';
  // Two draws of 24 bits each (a draw holds at least 52; 24 keep the arithmetic in small integers).
  for (let draw = 0; draw < 2; draw++) {
    let bits = Math.floor(random() * 0x1000000);
    for (let i = 0; i < 4; i++) {
      token += ALPHABET[bits & 63];
      bits >>>= 6;
    }
  }
  return token;
}
