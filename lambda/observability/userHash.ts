import { createHmac } from 'node:crypto';

/**
 * Only used where USER_HASH_KEY is unset (local runs, tests). The deployed stack always sets a key, so
 * a hash in production logs cannot be recomputed from a user id by someone who only has this code.
 */
export const DEV_USER_HASH_KEY = 'fortune-cookie-dev-user-hash-key';
/** 16 hex digits (64 bits): enough to tell users apart in logs, too short to be a stable global id. */
const HASH_LENGTH = 16;
const CACHE_LIMIT = 256;

/**
 * User ids never reach the logs: only a keyed hash (HMAC-SHA256), which still lets an incident
 * review follow one listener's requests. A small cache skips the HMAC for later turns of a session.
 */
export class UserHasher {
  private readonly key: Buffer;
  private readonly cache = new Map<string, string>();

  constructor(key: string | undefined = process.env.USER_HASH_KEY) {
    this.key = Buffer.from(key || DEV_USER_HASH_KEY, 'utf8');
  }

  hash(userId: string | undefined): string | undefined {
    if (typeof userId !== 'string' || userId.length === 0) return undefined;
    let hashed = this.cache.get(userId);
    if (hashed === undefined) {
      hashed = createHmac('sha256', this.key).update(userId).digest('hex').slice(0, HASH_LENGTH);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(userId, hashed);
    }
    return hashed;
  }
}
