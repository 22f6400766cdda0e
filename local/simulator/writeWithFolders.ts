import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Writes a file the developer named, creating its missing folders one at a time from the nearest that exists:
 * mkdirSync's recursive mode never returns for a path under /proc on Node 20 (seen with `.record /proc/x/y.yaml`).
 */
export function writeWithFolders(file: string, text: string): void {
  const missing: string[] = [];
  for (let folder = dirname(file); !existsSync(folder) && dirname(folder) !== folder; folder = dirname(folder)) missing.unshift(folder);
  for (const folder of missing) mkdirSync(folder);
  writeFileSync(file, text);
}

/** Why a file cannot be written there, checked before the work that produces it (undefined: it looks writable). */
export function unwritablePath(file: string): string | undefined {
  const target = resolve(file);
  if (existsSync(target) && statSync(target).isDirectory()) return 'is a folder, not a file';
  let folder = dirname(target);
  while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
  if (!statSync(folder).isDirectory()) return `${folder} is a file, not a folder`;
  return undefined;
}
