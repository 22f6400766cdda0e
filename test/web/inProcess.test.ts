/** The web simulator on its own (startWebSimulator): an in-process skill, its failures, its SSML, its bounds. */
import { type RunningWebSimulator, startWebSimulator } from '../../local/web';
import { postJson } from './support';

jest.setTimeout(30000);

describe('web simulator on its own (in-process skill)', () => {
  let sim: RunningWebSimulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  test('shows a skill that fails as an error turn, not an HTTP failure', async () => {
    sim = await startWebSimulator({
      skillFor: () => ({
        invoke: async () => {
          throw new Error('cookie jar on fire');
        },
      }),
    });
    const { status, body } = await postJson(`${sim.url}/simulator/api/turn`, { utterance: 'open fortune cookie' });
    expect(status).toBe(200);
    expect(body.turn.error).toMatch(/the skill failed: cookie jar on fire/);
    expect(body.turn.sessionEnded).toEqual({ by: 'error', reason: 'ERROR' });
    expect(body.turn.exchanges.map((e: { request: { request: { type: string } } }) => e.request.request.type)).toEqual([
      'LaunchRequest',
      'SessionEndedRequest',
    ]);
  });

  test('lists SSML problems the platform would reject', async () => {
    sim = await startWebSimulator({
      skillFor: () => ({
        invoke: async () => ({
          version: '1.0',
          response: {
            outputSpeech: { type: 'SSML', ssml: '<speak>Salt & pepper <break time="20s"/></speak>' },
            shouldEndSession: true,
          },
        }),
      }),
    });
    const { body } = await postJson(`${sim.url}/simulator/api/turn`, { utterance: 'open fortune cookie' });
    expect(body.turn.ssmlOk).toBe(false);
    const problems: string[] = body.turn.ssml[0].problems;
    expect(problems.join('\n')).toMatch(/raw "&"/);
  });

  test('uses the time zone and date from the page with the in-process skill', async () => {
    sim = await startWebSimulator();
    const { body } = await postJson(`${sim.url}/simulator/api/turn`, {
      utterance: 'open fortune cookie',
      timeZone: 'Asia/Tokyo',
      date: '2026-05-14',
    });
    expect(body.session.attributes.timeZone).toBe('Asia/Tokyo');
    expect(body.turn.timestamp).toBe('2026-05-14T03:00:00Z');
    expect(body.user.stored.lastVisitDate).toBe('2026-05-14');
  });

  test('keeps at most maxConversations, evicting the least recently used', async () => {
    sim = await startWebSimulator({ maxConversations: 2 });
    const say = (conversationId: string) =>
      postJson(`${sim!.url}/simulator/api/turn`, { utterance: 'open fortune cookie', conversationId });
    await say('a');
    await say('b');
    await say('a'); // a is now the most recent
    await say('c');
    expect(sim.pool.ids().sort()).toEqual(['a', 'c']);
    expect(sim.pool.size).toBe(2);
    const again = await say('b'); // b starts over: a new conversation
    expect(again.body.turn.index).toBe(1);
  });
});
