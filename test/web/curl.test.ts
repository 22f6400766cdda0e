import { execFileSync } from 'node:child_process';
import { curlCommand, shellQuote } from '../../local/web/client/curl';
import type { Turn } from '../../local/web/client/wire';

describe('"Copy as curl" commands', () => {
  test('quotes for the shell so that quotes, dollars and backticks arrive as written', () => {
    const tricky = `it's $HOME \`id\` "x" \\ done`;
    expect(execFileSync('sh', ['-c', `printf %s ${shellQuote(tricky)}`]).toString()).toBe(tricky);
  });

  test("names the endpoint's rules and the turn, and sends the first request only", () => {
    const request = {
      version: '1.0',
      request: { type: 'IntentRequest', intent: { name: 'AnswerIntent' } },
      note: "the dot docker ignore file's",
    };
    const turn = {
      index: 4,
      intent: 'AnswerIntent',
      exchanges: [{ request }, { request: { request: { type: 'SessionEndedRequest' } } }],
    } as unknown as Turn;
    const command = curlCommand(turn, 'http://127.0.0.1:3000')!;
    const lines = command.split('\n');
    expect(lines[0]).toBe("# Turn 4 (IntentRequest AnswerIntent): replays its request against this server's skill endpoint, POST /.");
    expect(command).toContain('# The turn sent 2 requests; this is the first.');
    expect(command).toContain('Content-Type: application/json only');
    // Before the page knows the server's mode, the command says what verification would do.
    expect(command).toMatch(/VERIFY_REQUESTS=1, an unsigned request like this one is refused with 400/);
    const curl = lines[lines.length - 1]!;
    expect(curl.startsWith("curl -sS -X POST 'http://127.0.0.1:3000/' -H 'Content-Type: application/json' --data-raw ")).toBe(true);
    const body = execFileSync('sh', ['-c', `printf %s ${curl.slice(curl.indexOf('--data-raw ') + 11)}`]).toString();
    expect(JSON.parse(body)).toEqual(request);
    expect(curlCommand({ index: 1, exchanges: [] } as unknown as Turn, 'http://x')).toBeNull();
  });
});
