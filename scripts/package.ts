/**
 * `npm run package`: the reproducible deployable zip (tools/build/artifact.ts).
 * `--out FILE` also copies the zip to FILE (hooks/build.sh passes the ASK CLI's OUT_FILE).
 */
import { readFlags } from '../local/cliFlags';
import { packageArtifact } from '../tools/build/artifact';

if (require.main === module) {
  const { values } = readFlags('npm run package [-- --out FILE]', { options: { out: { type: 'string' } } });
  packageArtifact({ out: values.out }).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
