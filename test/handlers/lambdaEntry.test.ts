import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { DEFAULT_SKILL_ID, launchRequest } from '../../tools/envelopes';
import { expectValidSsml } from '../support/ssml';

type Handler = (event: RequestEnvelope, context: Context) => Promise<ResponseEnvelope>;

/** Loads lambda/index.ts afresh with the given environment (it reads its configuration at load). */
function loadHandler(env: Record<string, string | undefined>): Handler {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  let handler: Handler | undefined;
  try {
    jest.isolateModules(() => {
      handler = (require('../../lambda/index') as { handler: Handler }).handler;
    });
  } finally {
    process.env = saved;
  }
  return handler!;
}

const context = {} as Context;
const offline = { apiEndpoint: 'http://127.0.0.1:9', timestamp: '2026-05-14T15:00:00.000Z' };

describe('the Lambda entry point', () => {
  const handler = loadHandler({ SKILL_ID: DEFAULT_SKILL_ID, TABLE_NAME: '' });

  test.each([
    ['an empty object', {}],
    ['null', null],
    ['a string', 'garbage'],
    ['a request without context', { version: '1.0', request: { type: 'IntentRequest', requestId: 'r', locale: 'en-US' } }],
  ])('answers %s with a spoken apology instead of failing', async (_name, event) => {
    const envelope = await handler(event as unknown as RequestEnvelope, context);
    const speech = envelope.response.outputSpeech as { type: string; ssml: string };
    expect(speech.type).toBe('SSML');
    expectValidSsml(speech.ssml, 'en-US');
    expect(envelope.response.shouldEndSession).toBe(true);
  });

  test('apologises in German for a German request it cannot dispatch', async () => {
    const event = { version: '1.0', request: { type: 'LaunchRequest', requestId: 'r', locale: 'de-DE' }, context: {} };
    const envelope = await handler(event as unknown as RequestEnvelope, context);
    expect((envelope.response.outputSpeech as { ssml: string }).ssml).toMatch(/Keks|Hoppla|Tut mir leid/);
  });

  test('rejects a request addressed to another skill', async () => {
    await expect(handler(launchRequest({ ...offline, skillId: 'amzn1.ask.skill.someone-else' }), context)).rejects.toThrow();
  });

  test('answers a well-formed launch for this skill', async () => {
    const envelope = await handler(launchRequest(offline), context);
    expect(envelope.response.shouldEndSession).toBe(false);
    expectValidSsml((envelope.response.outputSpeech as { ssml: string }).ssml, 'en-US');
  });
});
