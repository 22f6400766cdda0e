/** Shorter values would match ordinary words of log messages; real ids and tokens are far longer. */
const MIN_LENGTH = 6;

/**
 * The values of a request that must never reach a log line: user, person and device ids, the session
 * id and every token. The logger redacts them from whatever it writes during the request, including
 * error messages that quote them (a store error naming its key, for example).
 */
export function privateValuesOf(envelope: unknown): string[] {
  const values = PRIVATE_PATHS.map((path) => at(envelope, path));
  return values.filter((value): value is string => typeof value === 'string' && value.length >= MIN_LENGTH);
}

const PRIVATE_PATHS = [
  'context.System.user.userId',
  'context.System.user.accessToken',
  'context.System.user.permissions.consentToken',
  'context.System.person.personId',
  'context.System.person.accessToken',
  'context.System.device.deviceId',
  'context.System.apiAccessToken',
  'session.sessionId',
  'session.user.userId',
  'session.user.accessToken',
].map((path) => path.split('.'));

/** The value at `path` in an untrusted object, or undefined. */
function at(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Alexa's id shapes, redacted even when they do not belong to the current request. */
const ID_SHAPES = /amzn1\.(?:ask\.(?:account|person|device)|echo-api\.session)\.[A-Za-z0-9._-]+/g;

export const REDACTED = '[redacted]';

/** `text` with every private value and every Alexa-shaped id replaced by [redacted]. */
export function redact(text: string, values: readonly string[]): string {
  let result = text.replace(ID_SHAPES, REDACTED);
  for (const value of values) if (result.includes(value)) result = result.split(value).join(REDACTED);
  return result;
}
