import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../local/simulator/model';

const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

export interface ScriptRun {
  code: number | null;
  /** Set when the run was killed at its timeout: a script that hangs fails the test instead of the suite. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs scripts/<script> with tsx as a developer would (the skill's own logs silenced), bounded in time. */
export function runScript(
  script: string,
  args: string[] = [],
  options: { input?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): ScriptRun {
  const result = spawnSync(TSX, [join(PROJECT_ROOT, 'scripts', script), ...args], {
    cwd: PROJECT_ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'SILENT', ...options.env },
    timeout: options.timeoutMs ?? 60_000,
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}
