import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

/** Lets the caller cancel a call when the request's time budget is spent. */
export interface StoreCallOptions {
  signal?: AbortSignal;
}

/**
 * The skill's persistence port: ask-sdk's PersistenceAdapter with optimistic concurrency.
 * `getAttributes` returns the stored attributes with `revision` set to the item's own revision (the
 * authority, whatever the attributes say). `saveAttributes(envelope, attributes)` writes only if the
 * stored revision is `attributes.revision - 1` (or the item is new when that is 0), and throws
 * RevisionConflictError otherwise, so two devices of one user cannot silently overwrite each other.
 */
export interface UserStore extends PersistenceAdapter {
  getAttributes(requestEnvelope: RequestEnvelope, options?: StoreCallOptions): Promise<Record<string, unknown>>;
  saveAttributes(requestEnvelope: RequestEnvelope, attributes: Record<string, unknown>, options?: StoreCallOptions): Promise<void>;
  deleteAttributes(requestEnvelope: RequestEnvelope): Promise<void>;
  /** Keeps a copy of an item the skill cannot read, before it is replaced (at most MAX_BACKUP_COPIES). */
  backupAttributes(requestEnvelope: RequestEnvelope, raw: unknown, reason: string): Promise<void>;
}

/** Backups per user: the latest copies are kept, a copy identical to a kept one is not added again. */
export const MAX_BACKUP_COPIES = 3;

/** Carries no key: its message ends up in log lines, and the key is the raw user id. */
export class RevisionConflictError extends Error {
  constructor() {
    super('another session saved this user context first');
    this.name = 'RevisionConflictError';
  }
}

export function userKeyOf(requestEnvelope: RequestEnvelope): string {
  const userId = requestEnvelope.context?.System?.user?.userId;
  if (typeof userId !== 'string' || userId.length === 0) throw new Error('request has no user id');
  return userId;
}

export function expectedRevision(attributes: Record<string, unknown>): number {
  const revision = attributes.revision;
  if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 1) {
    throw new Error('attributes to save need an integer revision of at least 1');
  }
  return revision - 1;
}

/** The copies to keep after adding `copy`: no duplicate of the same raw item, the latest few. */
export function boundedCopies<T extends { raw: string }>(copies: readonly T[], copy: T): T[] {
  return [...copies.filter((kept) => kept.raw !== copy.raw), copy].slice(-MAX_BACKUP_COPIES);
}
