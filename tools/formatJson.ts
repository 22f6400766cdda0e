import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const biome = join(resolve(import.meta.dirname, '..'), 'node_modules', '.bin', 'biome');

/**
 * Formats JSON exactly as `npm run format` does, so files that scripts regenerate (interaction models)
 * pass `npm run lint` unchanged: the project's one formatter is Biome, called here on stdin.
 */
export function formatJson(value: unknown, pathForSettings: string): string {
  return execFileSync(biome, ['format', `--stdin-file-path=${pathForSettings}`], {
    // Pretty-printed input: Biome keeps an object expanded when its source is, as in the hand-edited files.
    input: JSON.stringify(value, null, 2),
    encoding: 'utf8',
  });
}
