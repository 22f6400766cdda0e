import type { RequestEnvelope } from 'ask-sdk-model';
import { cloneJson } from './cloneJson';
import { boundedCopies, expectedRevision, RevisionConflictError, type UserStore, userKeyOf } from './port';

/** In-memory UserStore with the same revision rule as DynamoDB, for unit tests and benchmarks. */
export class MemoryUserStore implements UserStore {
  readonly items = new Map<string, Record<string, unknown>>();
  readonly backups: { key: string; raw: unknown; reason: string }[] = [];
  reads = 0;
  writes = 0;

  async getAttributes(requestEnvelope: RequestEnvelope): Promise<Record<string, unknown>> {
    this.reads += 1;
    const item = this.items.get(userKeyOf(requestEnvelope));
    return item ? cloneJson(item) : {};
  }

  async saveAttributes(requestEnvelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const key = userKeyOf(requestEnvelope);
    const expected = expectedRevision(attributes);
    const storedRevision = this.items.get(key)?.revision ?? 0;
    if (storedRevision !== expected) throw new RevisionConflictError();
    this.writes += 1;
    this.items.set(key, cloneJson(attributes));
  }

  /** Deletes the user's context and any backups of it (privacy: nothing of theirs is kept). */
  async deleteAttributes(requestEnvelope: RequestEnvelope): Promise<void> {
    const key = userKeyOf(requestEnvelope);
    this.writes += 1;
    this.items.delete(key);
    for (let i = this.backups.length - 1; i >= 0; i--) if (this.backups[i]!.key === key) this.backups.splice(i, 1);
  }

  async backupAttributes(requestEnvelope: RequestEnvelope, raw: unknown, reason: string): Promise<void> {
    const key = userKeyOf(requestEnvelope);
    const mine = this.backups.filter((backup) => backup.key === key).map((backup) => ({ ...backup, raw: JSON.stringify(backup.raw) }));
    const kept = boundedCopies(mine, { key, raw: JSON.stringify(raw), reason });
    for (let i = this.backups.length - 1; i >= 0; i--) if (this.backups[i]!.key === key) this.backups.splice(i, 1);
    this.backups.push(...kept.map((copy) => ({ ...copy, raw: JSON.parse(copy.raw) as unknown })));
  }
}
