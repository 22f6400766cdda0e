/**
 * `npm run build`: bundles lambda/index.ts (tools/build/bundle.ts) and prints its size. `--analyze` also
 * prints the largest inputs (from esbuild's metafile, also written to dist/lambda-meta.json), which is where
 * to look when the bundle grows past its budget; they are printed anyway when it is over. `--check` exits 1
 * when over budget.
 */
import { BUNDLE_BUDGET_BYTES, buildBundle, formatBytes, largestInputs } from '../tools/build/bundle';

async function main(): Promise<void> {
  const bundle = await buildBundle();
  const over = bundle.bytes > BUNDLE_BUDGET_BYTES;
  if (process.argv.includes('--analyze') || over) {
    console.log('largest inputs (bytes in the minified output):');
    for (const { name, bytes } of largestInputs(bundle.metafile)) console.log(`  ${String(bytes).padStart(8)}  ${name}`);
  }
  if (over) {
    // A warning, not a failure: deploys and tests keep working while the size is brought back;
    // `--check` (and `npm run bench -- --check`) turn it into a failing exit code.
    console.warn(`warning: bundle is over its ${formatBytes(BUNDLE_BUDGET_BYTES)} budget (see the largest inputs above)`);
    if (process.argv.includes('--check')) process.exitCode = 1;
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
