/** "Save as dialog" through the API: the saved file parses and replays green through the dialogs runner (local/simulator/dialogs). */
import { parseDialog } from '../../local/simulator/dialogs/read';
import { runDialog } from '../../local/simulator/dialogs/run';
import { postJson, startTestServer, type TestServer } from './support';

jest.setTimeout(60000);

describe('web simulator API: save as dialog', () => {
  let t: TestServer;
  const logged: string[] = [];
  const turn = (body: Record<string, unknown>) => postJson(`${t.url}/simulator/api/turn`, body);
  const save = (conversationId: string) => postJson(`${t.url}/simulator/api/dialog`, { conversationId });

  beforeAll(async () => {
    t = await startTestServer({ seed: 99, log: (line) => logged.push(line) });
  });
  afterAll(async () => {
    await t?.close();
  });

  test('writes the turns with what happened as expectations, and the file replays green', async () => {
    const userId = 'recorder';
    await postJson(`${t.url}/simulator/api/reset`, { userId });
    const settings = { userId, locale: 'en-GB', timeZone: 'Europe/London', date: '2026-06-01' };
    const first = await turn({ ...settings, utterance: 'open fortune cookie' });
    const id = first.body.conversationId;
    for (const utterance of ['give me a tip about docker', 'stop', 'how is the weather in paris']) {
      await turn({ ...settings, conversationId: id, utterance });
    }
    // A new day: the file sets the clock for that turn.
    await turn({ ...settings, date: '2026-06-02', conversationId: id, utterance: 'ask fortune cookie for a tip about postmortems' });

    const { status, body } = await save(id);
    expect(status).toBe(200);
    expect(body.fileName).toMatch(/^web-en-GB-\d{8}-\d{6}\.yaml$/);
    expect(body.replay).toEqual({ status: 'passed', failures: [] });
    expect(body.turns).toBe(5);

    const spec = parseDialog(body.yaml, body.fileName);
    expect(spec).toMatchObject({
      locale: 'en-GB',
      userId: 'amzn1.ask.account.recorder',
      timeZone: 'Europe/London',
      date: '2026-06-01T11:00:00Z',
    });
    const [open, tip, stop, weather, nextDay] = spec.turns;
    expect(open).toMatchObject({ user: 'open fortune cookie', intent: 'LaunchRequest', sessionOpen: true });
    expect(tip).toMatchObject({ intent: 'GetTipIntent', slots: { topic: 'containers' }, sessionOpen: true });
    expect(tip!.says ?? tip!.anyOf).toBeTruthy();
    expect(stop).toMatchObject({ user: 'stop', intent: 'AMAZON.StopIntent', sessionOpen: false });
    expect(weather).toEqual({ user: 'how is the weather in paris', routed: false });
    expect(nextDay).toMatchObject({ date: '2026-06-02T11:00:00Z', intent: 'GetTipIntent', slots: { topic: 'postmortems' } });
    // Through the dialogs runner's own API, as `npm run dialogs` runs it.
    const run = await runDialog(spec);
    expect(run.failures).toEqual([]);
    expect(run.status).toBe('passed');
  });

  test('starts the recording again after an intent turn, New session, or a new locale, and says so', async () => {
    const userId = 'restarts';
    const open = await turn({ userId, utterance: 'open fortune cookie' });
    const id = open.body.conversationId;
    await turn({ userId, conversationId: id, intent: { name: 'GetTipIntent', slots: { topic: 'metrics' } } });
    const waiting = await save(id);
    expect(waiting.status).toBe(400);
    expect(waiting.body.error).toMatch(/nothing to save yet/);

    await turn({ userId, conversationId: id, utterance: 'ask fortune cookie for a fortune' });
    await turn({ userId, conversationId: id, utterance: 'stop' });
    const saved = await save(id);
    expect(saved.status).toBe(200);
    expect(saved.body.yaml).toMatch(/# Note: the recording started again when turn 2 was an intent/);
    expect(saved.body.notes).toEqual(expect.arrayContaining([expect.stringMatching(/stored context when the recording began/)]));
    expect(parseDialog(saved.body.yaml, saved.body.fileName).turns.map((x) => x.user)).toEqual([
      'ask fortune cookie for a fortune',
      'stop',
    ]);
    expect(saved.body.replay.status).toBe('passed');

    await postJson(`${t.url}/simulator/api/new-session`, { conversationId: id });
    const empty = await save(id);
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatch(/say something first \(the recording started again when New session was pressed\)/);

    await turn({ userId, conversationId: id, locale: 'de-DE', utterance: 'öffne glückskeks' });
    const german = await save(id);
    expect(german.body.replay.status).toBe('passed');
    expect(parseDialog(german.body.yaml, german.body.fileName)).toMatchObject({
      locale: 'de-DE',
      turns: [{ user: 'öffne glückskeks', intent: 'LaunchRequest' }],
    });
  });

  test('an unknown conversation or a missing id is a clear 400; a cross-site request is refused', async () => {
    const unknown = await save('no-such-conversation');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ field: 'conversationId', error: expect.stringMatching(/no such conversation/) });
    const missing = await postJson(`${t.url}/simulator/api/dialog`, {});
    expect(missing.body.field).toBe('conversationId');
    // The server's loopback guards cover the route like every other: another site's page cannot have a dialog written.
    const crossSite = await postJson(
      `${t.url}/simulator/api/dialog`,
      { conversationId: 'x' },
      { headers: { 'Content-Type': 'application/json', Origin: 'http://evil.example' } },
    );
    expect(crossSite.status).toBe(403);
    expect(logged).toEqual(['POST /simulator/api/dialog refused: cross-site request (Origin "http://evil.example")']);
  });
});
