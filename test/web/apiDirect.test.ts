/** Turns without words on the local server: an intent with slots (no NLU), and a raw request envelope, checked as POST / checks it. */
import { launchRequest } from '../../tools/envelopes';
import { postJson, startTestServer, type TestServer } from './support';

jest.setTimeout(30000);

describe('web simulator API: intents and raw envelopes', () => {
  let t: TestServer;
  const turn = (body: Record<string, unknown>) => postJson(`${t.url}/simulator/api/turn`, body);

  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    await t?.close();
  });

  test('sends an intent with a slot resolved against its slot type, as a one-shot and then in the session', async () => {
    const { status, body } = await turn({ userId: 'intent-user', intent: { name: 'GetTipIntent', slots: { topic: 'Incident Reviews' } } });
    expect(status).toBe(200);
    expect(body.turn.input).toBe('intent');
    expect(body.turn.utterance).toBe('(intent GetTipIntent topic=Incident Reviews)');
    const sent = body.turn.exchanges[0].request;
    expect(sent.request.intent.name).toBe('GetTipIntent');
    expect(sent.request.intent.slots.topic.value).toBe('Incident Reviews');
    const resolution = sent.request.intent.slots.topic.resolutions.resolutionsPerAuthority[0];
    expect(resolution.status.code).toBe('ER_SUCCESS_MATCH');
    expect(resolution.values[0].value).toEqual({ id: 'postmortems', name: 'postmortems' });
    expect(body.turn.speech.text).toMatch(/postmortem|incident|blame/i);
    // An unfilled slot is sent without a value; a value the type does not know is ER_SUCCESS_NO_MATCH.
    const id = body.conversationId;
    const next = await turn({ userId: 'intent-user', conversationId: id, intent: { name: 'GetTipIntent', slots: { topic: 'knitting' } } });
    const topic = next.body.turn.exchanges[0].request.request.intent.slots.topic;
    expect(topic.resolutions.resolutionsPerAuthority[0].status.code).toBe('ER_SUCCESS_NO_MATCH');
    const bare = await turn({ userId: 'intent-user', conversationId: id, intent: { name: 'AMAZON.StopIntent' } });
    expect(bare.body.turn.intent).toBe('AMAZON.StopIntent');
    expect(bare.body.session.open).toBe(false);
  });

  test('sends a raw envelope as pasted and follows the session it opens', async () => {
    const envelope = launchRequest({ userId: 'amzn1.ask.account.raw-user', apiEndpoint: t.url, locale: 'en-US' });
    const { status, body } = await turn({ envelope });
    expect(status).toBe(200);
    expect(body.turn.input).toBe('envelope');
    expect(body.turn.utterance).toBe('(envelope LaunchRequest)');
    expect(body.turn.exchanges[0].request).toEqual(envelope);
    expect(body.turn.speech.text).toMatch(/welcome/i);
    expect(body.session.open).toBe(true);
    expect(body.session.id).toBe(envelope.session!.sessionId);
    // The next words go into that session.
    const stop = await turn({ utterance: 'stop', conversationId: body.conversationId });
    expect(stop.body.turn.exchanges[0].request.session.sessionId).toBe(envelope.session!.sessionId);
  });

  describe('refuses what POST / would refuse, and bad intents, with the field at fault and no change', () => {
    const cases: [string, () => Record<string, unknown>, string, RegExp][] = [
      ['an envelope without a version', () => ({ envelope: { request: { type: 'LaunchRequest' } } }), 'envelope', /"version" is missing/],
      [
        'an envelope that sends the token elsewhere',
        () => ({ envelope: launchRequest({ apiEndpoint: 'https://attacker.example' }) }),
        'envelope',
        /apiEndpoint must be this server or an Alexa API endpoint/,
      ],
      ['an envelope that is a list', () => ({ envelope: [1] }), 'envelope', /expected a JSON object/],
      ['an unknown intent', () => ({ intent: { name: 'OrderPizzaIntent' } }), 'intent', /unknown intent "OrderPizzaIntent" for en-US/],
      ['a slot the intent lacks', () => ({ intent: { name: 'GetTipIntent', slots: { size: 'large' } } }), 'intent', /has no slot "size"/],
      ['a slot value that is no string', () => ({ intent: { name: 'GetTipIntent', slots: { topic: 3 } } }), 'intent', /must be a string/],
      ['words and an intent at once', () => ({ utterance: 'stop', intent: { name: 'AMAZON.StopIntent' } }), 'utterance', /one of them/],
      [
        'an intent and an envelope at once',
        () => ({ intent: { name: 'AMAZON.StopIntent' }, envelope: launchRequest() }),
        'envelope',
        /not both/,
      ],
    ];
    test.each(cases)('%s', async (_name, body, field, message) => {
      const before = t.simulator.pool.size;
      const answer = await turn(body());
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatch(message);
      expect(answer.body.field).toBe(field);
      expect(t.simulator.pool.size).toBe(before);
    });
  });
});
