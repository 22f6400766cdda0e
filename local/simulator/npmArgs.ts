/**
 * `npm run dialog --locale de-DE` (without `--`) hands `--locale` to npm, which keeps it as its own
 * setting (npm_config_locale=true in the script's environment) and passes `de-DE` on as a stray argument.
 * The flags a script would have wanted are named back to the developer with the command to type instead.
 */
export function swallowedFlags(flags: readonly string[], env: NodeJS.ProcessEnv = process.env): string[] {
  return flags.filter((flag) => env[`npm_config_${flag.replaceAll('-', '_')}`] !== undefined);
}

export function swallowedFlagsHint(script: string, flags: readonly string[], env: NodeJS.ProcessEnv = process.env): string | undefined {
  const swallowed = swallowedFlags(flags, env);
  if (swallowed.length === 0 || env.npm_lifecycle_event !== script) return undefined;
  return `npm kept ${swallowed.map((f) => `--${f}`).join(', ')} for itself: put -- before the script's flags, as in npm run ${script} -- --${swallowed[0]} …`;
}
