/** The simulator API's developer tools on the local server: skill latency, stored-context diff, the time-zone default, bounded memory. */
import { TURNS_KEPT } from '../../local/web/routes';
import { getJson, postJson, startTestServer, type TestServer } from './support';

jest.setTimeout(30000);

describe('web simulator API tools', () => {
  let t: TestServer;
  const turn = (body: Record<string, unknown>) => postJson(`${t.url}/simulator/api/turn`, body);

  beforeAll(async () => {
    t = await startTestServer({ localTimeZone: 'Pacific/Auckland' });
  });
  afterAll(async () => {
    await t?.close();
  });

  test("the page's default time zone is the server's LOCAL_TIME_ZONE, and the config says where it comes from", async () => {
    const { body: config } = await getJson(`${t.url}/simulator/api/config`);
    expect(config.defaultTimeZone).toBe('Pacific/Auckland');
    expect(config.timeZoneSource).toBe("the server's LOCAL_TIME_ZONE");
    const { body } = await turn({ utterance: 'open fortune cookie', userId: 'tz-default' });
    expect(body.settings.timeZone).toBe('Pacific/Auckland');
    expect(body.session.attributes.timeZone).toBe('Pacific/Auckland');
  });

  test('measures the skill call of each turn on the server, one figure per call', async () => {
    const open = await turn({ utterance: 'open fortune cookie', userId: 'latency' });
    expect(open.body.latency.calls).toHaveLength(1);
    expect(open.body.latency.skillMs).toBe(open.body.latency.calls[0]);
    expect(open.body.latency.skillMs).toBeGreaterThan(0);
    expect(open.body.latency.skillMs).toBeLessThan(10_000);
    // Silence with the mic open: the reprompt is played, then a SessionEndedRequest (one call).
    const silent = await turn({ utterance: '', userId: 'latency', conversationId: open.body.conversationId });
    expect(silent.body.turn.requestType).toBe('SessionEndedRequest');
    expect(silent.body.latency.calls).toHaveLength(1);
    // Nothing said outside a session: nothing sent, nothing measured.
    const nothing = await turn({ utterance: '', userId: 'latency', conversationId: open.body.conversationId });
    expect(nothing.body.latency).toEqual({ skillMs: 0, calls: [] });
  });

  test('diffs the stored user context against the one before the turn', async () => {
    const userId = 'differ';
    await postJson(`${t.url}/simulator/api/reset`, { userId });
    const first = await turn({ utterance: 'open fortune cookie', userId, date: '2026-05-14' });
    const added = first.body.storedDiff.changes;
    expect(added).toEqual(expect.arrayContaining([{ path: 'visits', kind: 'added', after: 1 }]));
    expect(added.every((c: { kind: string }) => c.kind === 'added')).toBe(true);
    const id = first.body.conversationId;
    await turn({ utterance: 'stop', userId, conversationId: id });
    const again = await turn({ utterance: 'open fortune cookie', userId, conversationId: id, date: '2026-05-15' });
    expect(again.body.storedDiff.changes).toEqual(expect.arrayContaining([{ path: 'visits', kind: 'changed', before: 1, after: 2 }]));
    const unrouted = await turn({ utterance: 'how is the weather in paris', userId, conversationId: id });
    expect(unrouted.body.storedDiff).toEqual({ changes: [], more: 0 });
  });

  test(`keeps at most ${TURNS_KEPT} turns of a conversation in memory while counting on`, async () => {
    const first = await turn({ utterance: 'open fortune cookie', userId: 'chatty' });
    const id = first.body.conversationId;
    let last = first;
    for (let i = 0; i < TURNS_KEPT + 5; i++) last = await turn({ utterance: 'help', userId: 'chatty', conversationId: id });
    expect(last.body.turn.index).toBe(TURNS_KEPT + 6);
    expect(t.simulator.pool.get(id)!.conversation.turns).toHaveLength(TURNS_KEPT);
  });
});
