/** 16 hex digits (64 bits): enough to tell users apart in logs, too short to be a stable global id. */
const HASH_LENGTH = 16;
const CACHE_LIMIT = 256;

/**
 * User ids never reach the logs: only a keyed hash (HMAC-SHA256) with the per-deployment secret
 * USER_HASH_KEY, which still lets an incident review follow one listener's requests. Without a key
 * there is no hash at all: a hash under a key anyone could read in this code would let them test a
 * user id against the logs. A small cache skips the HMAC for later turns of a session.
 */
export class UserHasher {
  private readonly key: Buffer | undefined;
  private readonly cache = new Map<string, string>();

  constructor(key: string | undefined = process.env.USER_HASH_KEY) {
    this.key = key ? Buffer.from(key, 'utf8') : undefined;
  }

  /** True when user hashes are logged (a key is configured). */
  get enabled(): boolean {
    return this.key !== undefined;
  }

  hash(userId: string | undefined): string | undefined {
    if (!this.key || typeof userId !== 'string' || userId.length === 0) return undefined;
    let hashed = this.cache.get(userId);
    if (hashed === undefined) {
      // node:crypto loads on the first hash, not with the bundle: without a key it is never needed, and
      // loading it costs a few milliseconds of every cold start (measured in docs/performance.md).
      const { createHmac } = require('node:crypto') as typeof import('node:crypto');
      hashed = createHmac('sha256', this.key).update(userId).digest('hex').slice(0, HASH_LENGTH);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(userId, hashed);
    }
    return hashed;
  }
}
