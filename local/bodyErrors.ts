/**
 * A request body that does not decode as its Content-Encoding says (not gzip at all, say): body-parser passes
 * zlib's own message on ("incorrect header check"), which sounds like an HTTP header problem and names neither.
 * The one line to answer instead, or undefined for any other error.
 */
export function encodingMismatch(error: unknown, contentEncoding: string | undefined): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string' || !code.startsWith('Z_')) return undefined;
  return `the body does not decode as its Content-Encoding ${JSON.stringify(String(contentEncoding ?? '').slice(0, 40))} says`;
}
