/**
 * `npm run build`: bundles lambda/index.ts (tools/build/bundle.ts) and prints its size, and the sizes of
 * the files beside it. `--analyze` also prints index.js's largest inputs (from esbuild's metafile, also
 * written to dist/lambda-meta.json). Size is reported, not budgeted: the cold-start figure of
 * `npm run bench` is what decides (docs/performance.md).
 */
import { readFlags } from '../local/cliFlags';
import { buildBundle, largestInputs } from '../tools/build/bundle';

async function main(): Promise<void> {
  const { values } = readFlags('npm run build [-- --analyze]', { options: { analyze: { type: 'boolean', default: false } } });
  const bundle = await buildBundle();
  if (values.analyze) {
    console.log('largest inputs of index.js (bytes in the minified output):');
    for (const { name, bytes } of largestInputs(bundle.metafile)) console.log(`  ${String(bytes).padStart(8)}  ${name}`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
