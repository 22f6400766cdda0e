/**
 * `npm run package`: the reproducible deployable zip (tools/build/artifact.ts).
 * `--out FILE` also copies the zip to FILE (hooks/build.sh passes the ASK CLI's OUT_FILE).
 */
import { packageArtifact } from '../tools/build/artifact';

if (require.main === module) {
  const outIndex = process.argv.indexOf('--out');
  const out = outIndex >= 0 ? process.argv[outIndex + 1] : undefined;
  packageArtifact({ out }).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
