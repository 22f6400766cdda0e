/**
 * `npm run cfn-lint`: the stack template through cfn-lint with informational checks on (`--include-checks I`),
 * when cfn-lint is installed (pip; it comes with the CI machine, whose .ci/run requires it). Without it this
 * says so plainly and passes, so `npm test` still runs on a laptop without Python tooling.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const TEMPLATE = path.join(__dirname, '..', 'infrastructure', 'cfn-deployer', 'skill-stack.yaml');

const probe = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
if (probe.error || probe.status !== 0) {
  console.log('cfn-lint: not installed, template lint SKIPPED (pip install cfn-lint; .ci/run requires it)');
} else {
  const run = spawnSync('cfn-lint', ['--include-checks', 'I', '--', TEMPLATE], { encoding: 'utf8', stdio: 'inherit' });
  if (run.status === 0)
    console.log(`cfn-lint ${probe.stdout.trim().replace(/^cfn-lint /, '')}: ${path.relative(process.cwd(), TEMPLATE)} clean`);
  process.exitCode = run.status ?? 1;
}
