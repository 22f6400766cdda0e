/**
 * Child process of the cold-start benchmark (bundled to dist/bench/coldChild.js and run with plain
 * `node`): requires the built Lambda bundle, builds its skill with a memory store and an instant
 * time-zone lookup, answers one LaunchRequest and exits. The parent times the whole process against a
 * bare `node -e 0`; the child reports where its own time went on its last stdout line.
 *
 * argv: <bundle path> <envelope JSON file> [require-only]
 * With `require-only` it exits right after the require (used with TABLE_NAME set, to price the AWS SDK).
 */
import { readFileSync } from 'node:fs';
import type * as LambdaBundle from '../../lambda/index';

async function main(): Promise<void> {
  const [bundlePath, envelopePath, mode] = process.argv.slice(2) as [string, string, string | undefined];
  const started = performance.now();
  const bundle = require(bundlePath) as typeof LambdaBundle;
  const required = performance.now();
  if (mode === 'require-only') {
    process.stdout.write(`\nBENCH ${JSON.stringify({ bootMs: started, requireMs: required - started })}\n`);
    process.exit(0);
  }
  const skill = bundle.buildSkill({ store: new bundle.MemoryUserStore(), timeZoneLookup: async () => 'Europe/Berlin' });
  const envelope = JSON.parse(readFileSync(envelopePath, 'utf8'));
  const built = performance.now();
  const response = await skill.invoke(envelope, {} as never);
  const answered = performance.now();
  if (!response.response.outputSpeech) throw new Error('the LaunchRequest got no speech');
  process.stdout.write(
    `\nBENCH ${JSON.stringify({
      bootMs: started,
      requireMs: required - started,
      buildMs: built - required,
      firstRequestMs: answered - built,
      totalMs: answered,
    })}\n`,
  );
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
