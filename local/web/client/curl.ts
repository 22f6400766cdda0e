/**
 * "Copy as curl": a command that replays a turn's request against this server's skill endpoint
 * (POST /), with the headers that endpoint needs and comments saying what it checks
 * (local/security/alexaEndpoint.ts, loopbackGuards.ts).
 */
import type { Turn } from './wire';

let verifying: boolean | null = null;

/** Asks the server once whether it verifies Alexa's signature (GET /health says so); unknown stays null. */
export async function loadVerifyMode(): Promise<void> {
  try {
    const res = await fetch('/health', { headers: { accept: 'application/json' } });
    const health = (await res.json()) as { verifyRequests?: unknown };
    verifying = typeof health.verifyRequests === 'boolean' ? health.verifyRequests : null;
  } catch {
    verifying = null;
  }
}

/** A shell word in single quotes ('\'' for a quote inside). */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function curlCommand(turn: Turn, origin: string): string | null {
  const request = turn.exchanges[0]?.request;
  if (!request) return null;
  const type = request.request?.type ?? 'request';
  const what = turn.intent && type === 'IntentRequest' ? `${type} ${turn.intent}` : type;
  const userId = (request as { context?: { System?: { user?: { userId?: string } } } }).context?.System?.user?.userId;
  const lines = [
    `# Turn ${turn.index} (${what}): replays its request against this server's skill endpoint, POST /.`,
    '# POST / takes Content-Type: application/json only; the Host must name this loopback server (curl sends it from the URL);',
    '# curl sends no Origin header, so the cross-site check lets it through.',
    `# It runs the skill for real: the stored context${userId ? ` of ${userId}` : ''} changes as it did in the turn.`,
  ];
  if (turn.exchanges.length > 1) lines.push(`# The turn sent ${turn.exchanges.length} requests; this is the first.`);
  if (verifying === true) {
    lines.push(
      "# This server verifies requests (VERIFY_REQUESTS=1): without Alexa's Signature-256 and SignatureCertChainUrl headers",
      '# (and a timestamp within 150 s) it answers 400. Restart it without VERIFY_REQUESTS to replay.',
    );
  } else if (verifying === false) {
    lines.push("# The server does not verify Alexa's signature (VERIFY_REQUESTS is off), so this unsigned replay is accepted.");
  } else {
    lines.push('# (If the server runs with VERIFY_REQUESTS=1, an unsigned request like this one is refused with 400.)');
  }
  lines.push(
    `curl -sS -X POST ${shellQuote(`${origin}/`)} -H 'Content-Type: application/json' --data-raw ${shellQuote(JSON.stringify(request))}`,
  );
  return lines.join('\n');
}
