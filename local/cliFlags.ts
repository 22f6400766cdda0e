import { type ParseArgsConfig, parseArgs } from 'node:util';

/**
 * node:util's parseArgs for a script's flags, with a mistake (an unknown flag, a missing value) ending the run
 * in two lines, the mistake and the usage, exit code 2, instead of parseArgs' uncaught TypeError and its stack.
 * Strict by default, so a mistyped flag is never ignored in silence.
 */
export function readFlags<T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs<T>(config);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nusage: ${usage}\n`);
    process.exit(2);
  }
}
