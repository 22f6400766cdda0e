import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { logger } from '../observability/logger';

/** Where the content files are, and how one is read: shared by the catalog and the locale spelling. */

/** A missing or broken file is logged and left out; the rest of the content keeps answering. */
export function readContentFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    logger.error('content file unreadable; skipped', { file, error: (error as Error).message });
    return undefined;
  }
}

/** CONTENT_DIR, else `content/` beside the bundle (dist/lambda/content), else the source tree. */
export function contentRoot(): string {
  if (process.env.CONTENT_DIR) return process.env.CONTENT_DIR;
  const besideBundle = path.join(__dirname, 'content');
  return existsSync(besideBundle) ? besideBundle : path.resolve(__dirname, '..', '..', 'content');
}
