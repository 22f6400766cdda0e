/**
 * Child process of the cold-start benchmark (bundled to dist/bench/coldChild.js and run with plain
 * `node`): requires a bundle, answers one LaunchRequest and exits. The parent times the whole process
 * against a bare `node -e 0`; the child reports where its own time went on its last stdout line.
 *
 * argv: <bundle path> <envelope JSON file> <mode>
 *   memory       buildSkill with a memory store and an instant time-zone lookup (also the floor skill's mode)
 *   production   the bundle's own Lambda `handler`, configured by the environment (TABLE_NAME, the
 *                DynamoDB endpoint): the time zone from the Settings API stand-in, a real GetItem
 *   require-only exit right after the require
 */
import { readFileSync } from 'node:fs';
import type { ResponseEnvelope } from 'ask-sdk-model';
import type * as LambdaBundle from '../../lambda/index';

/** What a Lambda context offers the handler; the time budget is what Alexa allows a skill (8 s). */
const lambdaContext = {
  awsRequestId: 'bench-cold',
  functionName: 'fortune-cookie-bench',
  getRemainingTimeInMillis: () => 8000,
} as never;

async function main(): Promise<void> {
  const [bundlePath, envelopePath, mode] = process.argv.slice(2) as [string, string, string];
  const started = performance.now();
  const bundle = require(bundlePath) as typeof LambdaBundle;
  const required = performance.now();
  if (mode === 'require-only') {
    process.stdout.write(`\nBENCH ${JSON.stringify({ bootMs: started, requireMs: required - started })}\n`);
    process.exit(0);
  }
  const envelope = JSON.parse(readFileSync(envelopePath, 'utf8'));
  let response: ResponseEnvelope;
  let built = required;
  if (mode === 'production') {
    response = await bundle.handler(envelope, lambdaContext);
  } else {
    const skill = bundle.buildSkill({ store: new bundle.MemoryUserStore(), timeZoneLookup: async () => 'Europe/Berlin' });
    built = performance.now();
    response = await skill.invoke(envelope, lambdaContext);
  }
  const answered = performance.now();
  if (!response.response.outputSpeech) throw new Error(`the LaunchRequest got no speech (${mode})`);
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
