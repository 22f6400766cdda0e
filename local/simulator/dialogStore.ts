import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import { DynamoDbUserStore } from '../../lambda/persistence/dynamoDbStore';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import type { UserStore } from '../../lambda/persistence/port';
import { startLocalDynamo } from '../dynamoLocal';
import { PROJECT_ROOT } from './model';

/**
 * MemoryUserStore kept in a JSON file: a persistent store without any server, used by `npm run dialog`
 * until the DynamoDB-compatible local store is available.
 */
export class FileUserStore extends MemoryUserStore {
  constructor(readonly file: string) {
    super();
    if (existsSync(file)) {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as {
        items?: Record<string, Record<string, unknown>>;
        backups?: MemoryUserStore['backups'];
      };
      for (const [key, value] of Object.entries(saved.items ?? {})) this.items.set(key, value);
      this.backups.push(...(saved.backups ?? []));
    }
  }

  override async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    await super.saveAttributes(envelope, attributes);
    this.flush();
  }

  override async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    await super.deleteAttributes(envelope);
    this.flush();
  }

  /** Copies of unreadable items are kept in the file too, so a delete can find and remove them later. */
  override async backupAttributes(envelope: RequestEnvelope, raw: unknown, reason: string): Promise<void> {
    await super.backupAttributes(envelope, raw, reason);
    this.flush();
  }

  private flush(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify({ items: Object.fromEntries(this.items), backups: this.backups }, null, 2));
    renameSync(tmp, this.file);
  }
}

export interface DialogStore {
  store: UserStore;
  /** What it is, for the banner ("dynalite at .data/dialog", "file .data/dialog/users.json"). */
  description: string;
  close(): Promise<void>;
}

export const DIALOG_TABLE = 'fortune-cookie-users';

/**
 * The persistent store for interactive dialogs: the DynamoDB-compatible local store
 * (local/dynamoLocal.ts, dynalite with data on disk), or a JSON file when that cannot open its folder. Either way the
 * data lives under `dir` (default .data/dialog) and survives between runs.
 */
export async function openDialogStore(options: { dir?: string } = {}): Promise<DialogStore> {
  const dir = options.dir ?? join(PROJECT_ROOT, '.data', 'dialog');
  try {
    mkdirSync(dir, { recursive: true });
    const local = await startLocalDynamo({ path: dir });
    try {
      await local.createUserTable(DIALOG_TABLE);
    } catch (error) {
      await local.stop();
      throw error;
    }
    return {
      store: new DynamoDbUserStore({ tableName: DIALOG_TABLE, client: local.client() }),
      description: `DynamoDB-compatible local store (dynalite) at ${dir}, table ${DIALOG_TABLE}`,
      close: () => local.stop(),
    };
  } catch (error) {
    // Typically another `npm run dialog` holds the folder: this one still remembers, in a file beside it.
    process.stderr.write(`local DynamoDB store unavailable (${(error as Error).message}); using a JSON file instead\n`);
  }
  const file = join(dir, 'users.json');
  return { store: new FileUserStore(file), description: `file store ${file}`, close: async () => {} };
}
