import type { RequestEnvelope } from 'ask-sdk-model';

/** Shorter values would match ordinary words of log messages; real ids and tokens are far longer. */
const MIN_LENGTH = 6;

/**
 * The values of a request that must never reach a log line: user, person and device ids, the session
 * id and every token. The logger redacts them from whatever it writes during the request, including
 * error messages that quote them (a store error naming its key, for example).
 */
export function privateValuesOf(envelope: unknown): string[] {
  if (typeof envelope !== 'object' || envelope === null) return [];
  const e = envelope as Partial<RequestEnvelope> & { session?: { user?: { accessToken?: unknown } } };
  const system = (e.context as { System?: Record<string, any> } | undefined)?.System;
  const values: unknown[] = [
    system?.user?.userId,
    system?.user?.accessToken,
    system?.user?.permissions?.consentToken,
    system?.person?.personId,
    system?.person?.accessToken,
    system?.device?.deviceId,
    system?.apiAccessToken,
    e.session?.sessionId,
    e.session?.user?.userId,
    e.session?.user?.accessToken,
  ];
  return values.filter((value): value is string => typeof value === 'string' && value.length >= MIN_LENGTH);
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
