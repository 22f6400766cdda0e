/**
 * The page's script: local/web/client (TypeScript ES modules) bundled by esbuild into one file in
 * memory, once per process, when the simulator is created. Nothing is written to disk, so there is
 * no build step to forget and no generated file to keep out of git.
 */
import { join } from 'node:path';
import { buildSync } from 'esbuild';

export const CLIENT_DIR = join(__dirname, 'client');

let cached: string | undefined;

/** The bundled page script (an IIFE for a classic `<script defer>`); throws with esbuild's messages when it does not build. */
export function clientBundle(): string {
  if (cached !== undefined) return cached;
  const result = buildSync({
    entryPoints: [join(CLIENT_DIR, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    charset: 'utf8',
    sourcemap: 'inline',
    sourcesContent: true,
    logLevel: 'silent',
    tsconfig: join(CLIENT_DIR, 'tsconfig.json'),
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no bundle for local/web/client/main.ts');
  cached = file.text;
  return cached;
}
