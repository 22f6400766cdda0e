import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { parseDate, SimClock } from '../../local/simulator/clock';
import { formatTurn } from '../../local/simulator/format';
import { buildLocalSkill, readStoredContext, seededRandom } from '../../local/simulator/localSkill';
import { Conversation, type SkillLike } from '../../local/simulator/session';
import { DEFAULT_SKILL_ID, skillDisabledEvent } from '../../tools/envelopes';

/** A skill double that records envelopes and answers with a scripted response. */
function recordingSkill(
  answer: (envelope: RequestEnvelope) => Partial<ResponseEnvelope['response']> & { attributes?: Record<string, unknown> } = () => ({}),
) {
  const requests: RequestEnvelope[] = [];
  const skill: SkillLike = {
    async invoke(envelope) {
      requests.push(structuredClone(envelope));
      if (envelope.request.type === 'SessionEndedRequest') return { version: '1.0', response: {} };
      const { attributes, ...response } = answer(envelope);
      return {
        version: '1.0',
        response: { outputSpeech: { type: 'SSML', ssml: '<speak>Hi?</speak>' }, ...response },
        sessionAttributes: attributes,
      };
    },
  };
  return { skill, requests };
}

const open = (attributes?: Record<string, unknown>) => () => ({
  shouldEndSession: false,
  reprompt: { outputSpeech: { type: 'SSML' as const, ssml: '<speak>Still there?</speak>' } },
  attributes,
});

describe('Conversation: request envelopes', () => {
  test('a one-shot is an IntentRequest in a new session with the complete context', async () => {
    const { skill, requests } = recordingSkill();
    const conversation = new Conversation({
      skill,
      locale: 'en-US',
      userId: 'amzn1.ask.account.tester',
      deviceId: 'amzn1.ask.device.kitchen',
    });
    const turn = await conversation.say('ask fortune cookie for a tip about postmortems');
    const envelope = requests[0]!;
    expect(envelope.version).toBe('1.0');
    expect(envelope.session).toMatchObject({
      new: true,
      sessionId: expect.stringMatching(/^amzn1\.echo-api\.session\./),
      application: { applicationId: DEFAULT_SKILL_ID },
      user: { userId: 'amzn1.ask.account.tester' },
      attributes: {},
    });
    expect(envelope.context.System).toMatchObject({
      application: { applicationId: DEFAULT_SKILL_ID },
      user: { userId: 'amzn1.ask.account.tester' },
      device: { deviceId: 'amzn1.ask.device.kitchen', supportedInterfaces: {} },
      apiEndpoint: 'https://api.amazonalexa.com',
      apiAccessToken: expect.any(String),
    });
    expect(envelope.request).toMatchObject({
      type: 'IntentRequest',
      locale: 'en-US',
      requestId: expect.stringMatching(/^amzn1\.echo-api\.request\./),
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      intent: {
        name: 'GetTipIntent',
        confirmationStatus: 'NONE',
        slots: {
          topic: {
            name: 'topic',
            value: 'postmortems',
            confirmationStatus: 'NONE',
            resolutions: {
              resolutionsPerAuthority: [
                {
                  authority: `amzn1.er-authority.echo-sdk.${DEFAULT_SKILL_ID}.TopicType`,
                  status: { code: 'ER_SUCCESS_MATCH' },
                  values: [{ value: { name: 'postmortems', id: 'postmortems' } }],
                },
              ],
            },
          },
        },
      },
    });
    expect(turn).toMatchObject({ requestType: 'IntentRequest', intent: 'GetTipIntent', newSession: true, sessionOpen: false });
  });

  test('a synonym resolves with the canonical name; an unknown value gets ER_SUCCESS_NO_MATCH; unfilled slots have no value', async () => {
    const { skill, requests } = recordingSkill();
    const conversation = new Conversation({ skill });
    await conversation.say('ask fortune cookie for a tip about incident reviews');
    await conversation.say('ask fortune cookie for a tip about cooking');
    await conversation.say('ask fortune cookie for a tip');
    const slot = (i: number) =>
      (requests[i]!.request as unknown as { intent: { slots: Record<string, Record<string, unknown>> } }).intent.slots.topic;
    expect(slot(0)).toMatchObject({
      value: 'incident reviews',
      resolutions: { resolutionsPerAuthority: [{ values: [{ value: { name: 'postmortems', id: 'postmortems' } }] }] },
    });
    expect(slot(1)).toMatchObject({
      value: 'cooking',
      resolutions: { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_NO_MATCH' } }] },
    });
    expect(slot(2)).toEqual({ name: 'topic', confirmationStatus: 'NONE' });
  });

  test('AMAZON.NUMBER slots carry digits and no resolutions', async () => {
    const { skill, requests } = recordingSkill();
    await new Conversation({ skill, locale: 'de-DE' }).say('sag glückskeks die antwort ist zweiundvierzig');
    const slots = (requests[0]!.request as unknown as { intent: { name: string; slots: Record<string, Record<string, unknown>> } }).intent;
    expect(slots.name).toBe('AnswerIntent');
    expect(slots.slots.number).toEqual({ name: 'number', value: '42', confirmationStatus: 'NONE' });
    expect(slots.slots.answer).toEqual({ name: 'answer', confirmationStatus: 'NONE' });
  });

  test('the timestamp comes from the date: YYYY-MM-DD is noon in the time zone, ISO is taken as is', async () => {
    const { skill, requests } = recordingSkill();
    const conversation = new Conversation({ skill, timeZone: 'America/Los_Angeles', clock: new SimClock({ stepMs: 5000 }) });
    conversation.setDate('2026-05-14');
    await conversation.say('ask fortune cookie for my fortune');
    await conversation.say('ask fortune cookie for my fortune');
    await conversation.say('ask fortune cookie for my fortune', { date: '2026-12-24T08:30:00Z' });
    expect(requests.map((r) => r.request.timestamp)).toEqual(['2026-05-14T19:00:00Z', '2026-05-14T19:00:05Z', '2026-12-24T08:30:00Z']);
  });

  test('parses dates: noon local time, DST-aware; rejects nonsense', () => {
    expect(parseDate('2026-01-10', 'America/Los_Angeles').toISOString()).toBe('2026-01-10T20:00:00.000Z');
    expect(parseDate('2026-07-10', 'Europe/Berlin').toISOString()).toBe('2026-07-10T10:00:00.000Z');
    expect(parseDate('2026-07-10T23:59:00+02:00').toISOString()).toBe('2026-07-10T21:59:00.000Z');
    expect(() => parseDate('2026-02-30')).toThrow(/not a date/);
    expect(() => parseDate('tomorrow')).toThrow(/not a date/);
  });

  test('carries the session id and the session attributes while the session is open', async () => {
    let n = 0;
    const { skill, requests } = recordingSkill(() => ({ ...open({ count: ++n })() }));
    const conversation = new Conversation({ skill });
    await conversation.say('open fortune cookie');
    await conversation.say('a tip');
    await conversation.say('next');
    expect(requests.map((r) => r.request.type)).toEqual(['LaunchRequest', 'IntentRequest', 'IntentRequest']);
    expect(requests.map((r) => r.session?.new)).toEqual([true, false, false]);
    expect(new Set(requests.map((r) => r.session?.sessionId)).size).toBe(1);
    expect(requests.map((r) => r.session?.attributes)).toEqual([{}, { count: 1 }, { count: 2 }]);
    expect(conversation.sessionAttributes).toEqual({ count: 3 });
  });

  test('silence with the microphone open plays the reprompt and sends SessionEndedRequest (EXCEEDED_MAX_REPROMPTS)', async () => {
    const { skill, requests } = recordingSkill(open({ a: 1 }));
    const conversation = new Conversation({ skill });
    await conversation.say('open fortune cookie');
    const turn = await conversation.say('');
    expect(requests[1]!.request).toMatchObject({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' });
    expect(requests[1]!.session).toMatchObject({ new: false, sessionId: requests[0]!.session!.sessionId, attributes: { a: 1 } });
    expect(turn.repromptPlayed?.text).toBe('Still there?');
    expect(turn).toMatchObject({ sessionOpen: false, sessionEnded: { by: 'silence', reason: 'EXCEEDED_MAX_REPROMPTS' } });
    expect(formatTurn(turn)).toContain('(silence) alexa> Still there?');
  });

  test('"exit" in a session sends SessionEndedRequest (USER_INITIATED); silence without a session sends nothing', async () => {
    const { skill, requests } = recordingSkill(open());
    const conversation = new Conversation({ skill });
    const nothing = await conversation.say('');
    expect(nothing.request).toBeUndefined();
    await conversation.say('open fortune cookie');
    await conversation.say('exit');
    expect(requests.map((r) => [r.request.type, (r.request as { reason?: string }).reason])).toEqual([
      ['LaunchRequest', undefined],
      ['SessionEndedRequest', 'USER_INITIATED'],
    ]);
  });

  test('a new session starts after the session ended; no SessionEndedRequest when the skill ends it', async () => {
    const { skill, requests } = recordingSkill(() => ({ shouldEndSession: true }));
    const conversation = new Conversation({ skill });
    await conversation.say('open fortune cookie');
    const unrouted = await conversation.say("what's the weather in paris");
    expect(unrouted.route.kind).toBe('unrouted');
    await conversation.say('ask fortune cookie for a tip');
    expect(requests.map((r) => r.request.type)).toEqual(['LaunchRequest', 'IntentRequest']);
    expect(requests[0]!.session!.sessionId).not.toBe(requests[1]!.session!.sessionId);
    expect(requests[1]!.session!.new).toBe(true);
  });

  test('a failing skill ends the session with SessionEndedRequest (ERROR)', async () => {
    const requests: RequestEnvelope[] = [];
    const skill: SkillLike = {
      async invoke(envelope) {
        requests.push(envelope);
        if (envelope.request.type === 'IntentRequest') throw new Error('boom');
        return { version: '1.0', response: { shouldEndSession: false, outputSpeech: { type: 'SSML', ssml: '<speak>Hi?</speak>' } } };
      },
    };
    const conversation = new Conversation({ skill });
    await conversation.say('open fortune cookie');
    const turn = await conversation.say('a tip');
    expect(turn.error).toMatch(/boom/);
    expect(requests[2]!.request).toMatchObject({ type: 'SessionEndedRequest', reason: 'ERROR', error: { type: 'INVALID_RESPONSE' } });
    expect(conversation.sessionOpen).toBe(false);
  });

  test('uses the European API endpoint for en-GB and de-DE', async () => {
    const { skill, requests } = recordingSkill();
    await new Conversation({ skill, locale: 'de-DE' }).say('öffne glückskeks');
    await new Conversation({ skill, locale: 'en-GB' }).say('open fortune cookie');
    expect(requests.map((r) => [r.request.locale, r.context.System.apiEndpoint])).toEqual([
      ['de-DE', 'https://api.eu.amazonalexa.com'],
      ['en-GB', 'https://api.eu.amazonalexa.com'],
    ]);
  });
});

describe('Conversation with the skill', () => {
  const at = '2026-05-14';

  function talk(locale = 'en-US') {
    const store = new MemoryUserStore();
    const skill = buildLocalSkill({ store, timeZone: 'America/Los_Angeles', random: seededRandom(3) });
    const conversation = new Conversation({ skill, locale, timeZone: 'America/Los_Angeles', clock: new SimClock({ stepMs: 1000 }) });
    conversation.setDate(at);
    return { store, conversation };
  }

  test('renders the speech readably: clips named, other voices marked; the session state and card are reported', async () => {
    const { conversation } = talk();
    const turn = await conversation.say('open fortune cookie');
    expect(turn.speech?.text).toMatch(/^\[clip: fairy_melodic_chimes_01\] \(excited: .*\) (.* )?\[clip: bell_short_chime_02\] .*\?$/);
    expect(turn.speech?.plain).not.toContain('[clip');
    expect(turn.card?.title).toBe("Today's fortune");
    expect(turn.sessionOpen).toBe(true);
    expect(turn.ssmlProblems).toEqual([]);
    const text = formatTurn(turn, { echo: true });
    expect(text).toContain('you> open fortune cookie');
    expect(text).toContain('-> LaunchRequest · launch ("open {invocation}") · 2026-05-14T19:00:00Z');
    expect(text).toContain("  card: Today's fortune | ");
    expect(text).toMatch(/\[session open, mic on · reprompt: .*\?\]/);
  });

  test('"tell fortune cookie the answer is zero" asks the daily question first (no question was waiting); the answer then stores the try', async () => {
    const { store, conversation } = talk();
    const turn = await conversation.say('tell fortune cookie the answer is zero');
    expect(turn).toMatchObject({ intent: 'AnswerIntent', newSession: true, sessionOpen: true });
    expect(turn.nlu?.slots.answer?.resolution?.values[0]?.id).toBe('0');
    expect(await readStoredContext(store, conversation.userId)).toMatchObject({ quiz: { answered: 0 } });
    const answer = await conversation.say('the answer is zero');
    expect(answer).toMatchObject({ intent: 'AnswerIntent', newSession: false });
    const stored = await readStoredContext(store, conversation.userId);
    expect(stored).toMatchObject({ quiz: { answered: 1, lastAnsweredDate: at } });
  });

  test('"get my fortune from fortune cookie" is a fortune one-shot', async () => {
    const { conversation } = talk();
    const turn = await conversation.say('get my fortune from fortune cookie');
    expect(turn).toMatchObject({ intent: 'GetFortuneIntent', newSession: true, sessionOpen: false });
    // The whole phrase fits no sample exactly; the reading without "from fortune cookie" does, and wins.
    expect(turn.nlu?.readings?.map((r) => r.intent)).toEqual(['GetFortuneIntent', 'GetFortuneIntent']);
    expect(turn.nlu?.tier).toBe('exact');
  });

  test('"frag glückskeks nach einem tipp über docker" is a container tip in German', async () => {
    const { conversation } = talk('de-DE');
    const turn = await conversation.say('frag glückskeks nach einem tipp über docker');
    expect(turn).toMatchObject({ intent: 'GetTipIntent', newSession: true, sessionOpen: false });
    expect(turn.nlu?.slots.topic?.resolution).toMatchObject({ status: 'ER_SUCCESS_MATCH', values: [{ id: 'containers' }] });
    expect(turn.card?.title).toBe('Ein Tipp zu Containern');
  });
});

describe('Conversation: requests without a session', () => {
  test('an envelope without a session opens none, even when the skill says shouldEndSession: false', async () => {
    const { skill } = recordingSkill(open());
    const conversation = new Conversation({ skill });
    const turn = await conversation.sendEnvelope(skillDisabledEvent('PERSISTED'));
    expect(turn.sessionOpen).toBe(false);
    expect(conversation.sessionOpen).toBe(false);
    expect(turn.notes).toContain('the request carried no session, so none stays open');
  });
});
