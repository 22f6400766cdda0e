import { loggable } from './loggable';

/** An error as a log field: its name and message, never its stack (log lines stay one line and short). */
export function errorSummary(error: unknown): { name: string; message: string } {
  const { name, message } = error instanceof Error ? error : { name: 'Unknown', message: String(error) };
  // A message can quote what came in (a parser quoting a huge field): bounded like every request value.
  return { name: loggable(name) ?? 'Error', message: loggable(message, 300) ?? '' };
}
