/**
 * Jest setupFilesAfterEnv entry: every log line any test file makes the skill write is scanned for
 * private values, and the file fails if one is found (issue 10, finding 7).
 *
 * What is scanned: every JSON line written to stdout or stderr (Powertools Logger's lines and the
 * request line) and everything passed to console.*. JSON lines are kept out of the test output; other
 * writes pass through. What counts as private: any user, person or device id, session id, API access
 * token or consent token of an envelope the skill was invoked with in this file (learned by wrapping
 * `Skill.invoke`), and anything shaped like an Alexa account, person, device or session id.
 */
import { Skill } from 'ask-sdk-core';
import { privateValuesOf } from '../../lambda/observability/privateValues';

const PRIVATE_PATTERNS = [/amzn1\.ask\.(account|person|device)\.[A-Za-z0-9_-]/, /amzn1\.echo-api\.session\./];

interface Scan {
  lines: number;
  learned: Set<string>;
  leaks: { line: string; value: string }[];
}

const scan: Scan = { lines: 0, learned: new Set(), leaks: [] };
(globalThis as { __logScan?: Scan }).__logScan = scan;

function check(line: string): void {
  scan.lines += 1;
  for (const pattern of PRIVATE_PATTERNS) {
    const match = pattern.exec(line);
    if (match) scan.leaks.push({ line, value: match[0] });
  }
  for (const value of scan.learned) if (line.includes(value)) scan.leaks.push({ line, value });
}

const originalInvoke = Skill.prototype.invoke;
Skill.prototype.invoke = function invoke(this: Skill, envelope, context) {
  for (const value of privateValuesOf(envelope)) if (value.length <= 2000) scan.learned.add(value);
  return originalInvoke.call(this, envelope, context);
};

function isLogLine(text: string): boolean {
  if (!text.startsWith('{')) return false;
  try {
    const parsed = JSON.parse(text) as { level?: unknown; message?: unknown };
    return typeof parsed.level === 'string' && parsed.message !== undefined;
  } catch {
    return false;
  }
}

for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : undefined;
    if (text === undefined) return write(chunk, ...rest);
    const lines = text.split('\n').filter((line) => line.length > 0);
    if (lines.length === 0 || !lines.every(isLogLine)) return write(chunk, ...rest);
    for (const line of lines) check(line);
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof stream.write;
}

for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]) => {
    check(args.map((arg) => (typeof arg === 'string' ? arg : safeJson(arg))).join(' '));
    original(...args);
  };
}

function safeJson(value: unknown): string {
  try {
    return value instanceof Error ? `${value.name}: ${value.message}` : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}

afterAll(() => {
  const leaks = scan.leaks.map(({ line, value }) => `${value} in ${line.slice(0, 300)}`);
  scan.leaks.length = 0;
  expect(leaks).toEqual([]);
});
