/** Longest request-supplied text a log line carries: enough to recognise a value, too little to flood a log. */
const MAX_LOGGED_CHARS = 64;

/**
 * A request-supplied value as a log line may carry it: strings cut to a bounded length (with the
 * original length, so an oversized value is still visible as such), anything else named by its type.
 * Request fields are attacker-chosen; without this one 600 KB locale makes a 600 KB log line.
 */
export function loggable(value: unknown, maxChars = MAX_LOGGED_CHARS): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return `<${value === null ? 'null' : typeof value}>`;
  if (value.length <= maxChars) return value;
  return `${value.slice(0, maxChars)}…(${value.length} chars)`;
}
