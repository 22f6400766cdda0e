import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseReplay } from './replay';
import { DIALOGS_DIR, type DialogSpec } from './types';
import { parseYamlDialog } from './yamlDialog';

/**
 * Reading dialog files into a DialogSpec: YAML (the project's format, yamlDialog.ts) and JSON
 * (`ask dialog --replay`, replay.ts). A broken file throws a DialogFileError (problems.ts).
 */

/** Every dialog file under a directory: *.yaml, *.yml and *.json (replay files), sorted. */
export function findDialogFiles(dir: string = DIALOGS_DIR): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ya?ml|json)$/i.test(name)) files.push(path);
    }
  };
  walk(dir);
  return files;
}

export function loadDialog(file: string): DialogSpec {
  return parseDialog(readFileSync(file, 'utf8'), file);
}

/** Parses a dialog file's text: JSON (ASK CLI replay format) or YAML (project format). */
export function parseDialog(text: string, file = 'dialog'): DialogSpec {
  const name = relative(DIALOGS_DIR, file).startsWith('..') ? basename(file) : relative(DIALOGS_DIR, file);
  if (/\.json$/i.test(file) || /^\s*\{/.test(text)) return parseReplay(text, file, name);
  return parseYamlDialog(text, file, name);
}
