import { DEFAULT_USER_ID } from '../../tools/envelopes';
import { getJson, postJson, startTestServer, type TestServer } from './support';

jest.setTimeout(30000);

describe('web simulator API on the local server', () => {
  let t: TestServer;
  const turn = (body: Record<string, unknown>) => postJson(`${t.url}/simulator/api/turn`, body);

  beforeAll(async () => {
    t = await startTestServer({ maxConversations: 50 });
  });
  afterAll(async () => {
    await t?.close();
  });

  test('serves the page and its assets locally, with a strict content security policy', async () => {
    const page = await fetch(`${t.url}/simulator`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'.*script-src 'self'/);
    const html = await page.text();
    expect(html).toContain('<label for="utterance">');
    expect(html).not.toMatch(/https?:\/\//); // nothing from a CDN
    // Every asset the page names is served: the stylesheets, and the script bundled from local/web/client.
    const assets = [...html.matchAll(/(?:href|src)="(\/simulator\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets).toEqual(expect.arrayContaining(['/simulator/assets/app.js', '/simulator/assets/base.css']));
    for (const asset of assets) {
      const res = await fetch(`${t.url}${asset}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(asset.endsWith('.js') ? /text\/javascript/ : /text\/css/);
      const body = await res.text();
      if (asset.endsWith('.js')) expect(body).not.toMatch(/^\s*import\s/m); // one bundle, no module imports left
    }
    expect((await fetch(`${t.url}/simulator/assets/../index.ts`)).status).toBe(404);
  });

  test('redirects a browser from GET / to the page, and leaves POST / to the skill', async () => {
    const browser = await fetch(`${t.url}/`, { headers: { accept: 'text/html,application/xhtml+xml' }, redirect: 'manual' });
    expect(browser.status).toBe(302);
    expect(browser.headers.get('location')).toBe('/simulator');

    const first = await turn({ utterance: 'open fortune cookie' });
    const envelope = first.body.turn.exchanges[0].request;
    const skill = await postJson(`${t.url}/`, envelope, { headers: { 'Content-Type': 'application/json', accept: 'text/html' } });
    expect(skill.status).toBe(200);
    expect(skill.body.response.outputSpeech.ssml).toMatch(/^<speak>/);
  });

  test('answers a launch with speech, session state, stored context and checked SSML', async () => {
    const userId = 'launch-user';
    const { status, body } = await turn({
      utterance: 'open fortune cookie',
      locale: 'en-US',
      userId,
      date: '2026-05-14',
      timeZone: 'Europe/Berlin',
    });
    expect(status).toBe(200);
    expect(body.conversationId).toMatch(/^[\w-]+$/);
    const launch = body.turn;
    expect(launch.requestType).toBe('LaunchRequest');
    expect(launch.intent).toBeNull();
    expect(launch.speech.text).toMatch(/welcome/i);
    expect(launch.speech.text).toMatch(/\[clip: [\w]+\]/);
    expect(launch.speech.plain).not.toMatch(/clip/);
    expect(launch.sessionOpen).toBe(true);
    expect(launch.newSession).toBe(true);
    expect(launch.card.title).toBeTruthy();
    expect(launch.timestamp).toBe('2026-05-14T10:00:00Z'); // noon in Berlin
    expect(launch.ssmlOk).toBe(true);
    expect(launch.ssml.map((c: { label: string }) => c.label)).toEqual(['speech', 'reprompt']);
    expect(launch.exchanges[0].request.context.System.user.userId).toBe('amzn1.ask.account.launch-user');
    expect(body.session).toMatchObject({ open: true });
    // The time zone went through the fake Settings API of the local server.
    expect(body.session.attributes.timeZone).toBe('Europe/Berlin');
    expect(body.user.userId).toBe('amzn1.ask.account.launch-user');
    expect(body.user.stored).toMatchObject({ visits: 1, firstVisitDate: '2026-05-14' });

    const stop = await turn({
      utterance: 'stop',
      locale: 'en-US',
      userId,
      date: '2026-05-14',
      timeZone: 'Europe/Berlin',
      conversationId: body.conversationId,
    });
    expect(stop.status).toBe(200);
    expect(stop.body.turn.intent).toBe('AMAZON.StopIntent');
    expect(stop.body.turn.route.kind).toBe('inSession');
    expect(stop.body.turn.speech.text).toMatch(/bye|take care|see you/i);
    expect(stop.body.turn.sessionOpen).toBe(false);
    expect(stop.body.turn.sessionEnded).toEqual({ by: 'skill' });
    expect(stop.body.session.open).toBe(false);
    expect(stop.body.turn.index).toBe(2);
  });

  test('explains the NLU of a one-shot, with entity resolution', async () => {
    const { status, body } = await turn({ utterance: 'ask fortune cookie for a tip about postmortems', userId: 'nlu-user' });
    expect(status).toBe(200);
    expect(body.turn.intent).toBe('GetTipIntent');
    expect(body.turn.route.kind).toBe('oneShot');
    const topic = body.turn.nlu.slots.find((s: { name: string }) => s.name === 'topic');
    expect(topic.resolution.status).toBe('ER_SUCCESS_MATCH');
    expect(topic.resolution.values[0].id).toBe('postmortems');
    expect(body.turn.explanation).toMatch(/winner: GetTipIntent/);
    expect(body.turn.slotsText).toMatch(/postmortems/);
  });

  test('switches the locale of a conversation and answers in German', async () => {
    const first = await turn({ utterance: 'open fortune cookie', userId: 'locale-user' });
    expect(first.body.session.open).toBe(true);
    const german = await turn({
      utterance: 'öffne glückskeks',
      locale: 'de-DE',
      userId: 'locale-user',
      conversationId: first.body.conversationId,
    });
    expect(german.status).toBe(200);
    expect(german.body.turn.locale).toBe('de-DE');
    expect(german.body.turn.requestType).toBe('LaunchRequest');
    expect(german.body.turn.newSession).toBe(true);
    expect(german.body.turn.notes.join(' ')).toMatch(/locale set to de-DE; the open session was closed/);
    expect(german.body.turn.speech.text).toMatch(/Glückskeks|Keks|Spruch/);
    expect(german.body.turn.exchanges[0].request.request.locale).toBe('de-DE');
  });

  test('shows what happens to words that are not for the skill, and to silence', async () => {
    const unrouted = await turn({ utterance: 'what is the weather' });
    expect(unrouted.status).toBe(200);
    expect(unrouted.body.turn.sentToSkill).toBe(false);
    expect(unrouted.body.turn.route.kind).toBe('unrouted');
    expect(unrouted.body.turn.exchanges).toEqual([]);

    const open = await turn({ utterance: 'open fortune cookie', conversationId: unrouted.body.conversationId });
    const silence = await turn({ utterance: '', conversationId: open.body.conversationId });
    expect(silence.body.turn.requestType).toBe('SessionEndedRequest');
    expect(silence.body.turn.sessionEnded).toEqual({ by: 'silence', reason: 'EXCEEDED_MAX_REPROMPTS' });
    expect(silence.body.turn.repromptPlayed.text).toBeTruthy();
  });

  test('forgets the open session on "new session"', async () => {
    const open = await turn({ utterance: 'open fortune cookie' });
    expect(open.body.session.open).toBe(true);
    const fresh = await postJson(`${t.url}/simulator/api/new-session`, { conversationId: open.body.conversationId });
    expect(fresh.status).toBe(200);
    expect(fresh.body).toMatchObject({ hadSession: true, session: { open: false } });
    const next = await turn({ utterance: "what's the weather in paris", conversationId: open.body.conversationId });
    expect(next.body.turn.route.kind).toBe('unrouted');
  });

  test('resets a user: the stored context is deleted and the skill greets a first-time user again', async () => {
    const userId = 'reset-user';
    const first = await turn({ utterance: 'open fortune cookie', userId, date: '2026-05-14' });
    expect(first.body.user.stored.visits).toBe(1);
    const again = await turn({ utterance: 'open fortune cookie', userId, date: '2026-05-15', conversationId: first.body.conversationId });
    expect(again.body.user.stored.visits).toBe(2);

    const reset = await postJson(`${t.url}/simulator/api/reset`, { userId, conversationId: first.body.conversationId });
    expect(reset.status).toBe(200);
    expect(reset.body.user).toMatchObject({ userId: 'amzn1.ask.account.reset-user', stored: {} });
    expect(reset.body.session.open).toBe(false);

    const { body: user } = await getJson(`${t.url}/simulator/api/user?userId=${userId}`);
    expect(user.stored).toEqual({});
    const after = await turn({ utterance: 'open fortune cookie', userId, date: '2026-05-16', conversationId: first.body.conversationId });
    expect(after.body.user.stored.visits).toBe(1);
    expect(after.body.turn.speech.text).toMatch(/welcome/i);
  });

  test('uses the default user and locale when the page sends none', async () => {
    const { body } = await turn({ utterance: 'open fortune cookie' });
    expect(body.settings.userId).toBe(DEFAULT_USER_ID);
    expect(body.settings.locale).toBe('en-US');
  });

  test('lists locales, example phrases and time zones for the page', async () => {
    const { body: config } = await getJson(`${t.url}/simulator/api/config`);
    expect(config.locales.map((l: { locale: string }) => l.locale).sort()).toEqual(['de-DE', 'en-AU', 'en-CA', 'en-GB', 'en-IN', 'en-US']);
    const de = config.locales.find((l: { locale: string }) => l.locale === 'de-DE');
    expect(de.invocationName).toBe('glückskeks');
    expect(de.examples.length).toBeGreaterThan(0);
    expect(de.examples[0]).not.toMatch(/^alexa/i);
    expect(config.timeZones).toContain('Europe/Berlin');
  });

  describe('bad input is answered with HTTP 400 and a clear JSON error', () => {
    const cases: [string, unknown, string | undefined, RegExp][] = [
      [
        'an unknown locale',
        { utterance: 'open fortune cookie', locale: 'fr-FR' },
        'locale',
        /unknown locale "fr-FR": choose one of de-DE, en-AU, en-CA, en-GB, en-IN, en-US/,
      ],
      ['a date that is no date', { utterance: 'open fortune cookie', date: 'yesterday' }, 'date', /bad date "yesterday": use YYYY-MM-DD/],
      ['a day that does not exist', { utterance: 'open fortune cookie', date: '2026-02-30' }, 'date', /bad date "2026-02-30"/],
      [
        'an unknown time zone',
        { utterance: 'open fortune cookie', timeZone: 'Mars/Olympus_Mons' },
        'timeZone',
        /unknown time zone "Mars\/Olympus_Mons"/,
      ],
      ['an utterance that is not a string', { utterance: 42 }, 'utterance', /utterance must be a string/],
      // These three were taken as silence (HTTP 200), ending an open session; silence is `"utterance": ""` only.
      ['an empty body', {}, 'utterance', /^utterance is missing: send "utterance" \(words, or "" for silence\)/],
      ['a misspelt utterance key', { utterence: 'open fortune cookie' }, 'utterance', /^utterance is missing/],
      ['an utterance that is null', { utterance: null }, 'utterance', /utterance must be a string/],
      ['a very long utterance', { utterance: 'a'.repeat(501) }, 'utterance', /at most 500/],
      ['a malformed user id', { utterance: 'hi', userId: 'alice smith<script>' }, 'userId', /userId must be/],
      ['a malformed conversation id', { utterance: 'hi', conversationId: '../../etc' }, 'conversationId', /conversationId must be/],
      ['a body that is not an object', ['open fortune cookie'], undefined, /send a JSON object/],
    ];
    test.each(cases)('%s', async (_name, body, field, message) => {
      const answer = await turn(body as Record<string, unknown>);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatch(message);
      expect(answer.body.field).toBe(field);
    });

    test('a body that is not JSON', async () => {
      const broken = await postJson(`${t.url}/simulator/api/turn`, '{"utterance": ');
      expect(broken.status).toBe(400);
      expect(broken.body).toEqual({ error: 'the request body is not valid JSON' });
    });

    test('a form post (not JSON) is refused, so another site cannot drive the simulator with a plain form', async () => {
      const form = await postJson(`${t.url}/simulator/api/turn`, 'utterance=open+fortune+cookie', {
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      expect(form.status).toBe(400);
      expect(form.body.error).toMatch(/JSON object/);
    });

    test('new session without a conversation id, and an unknown endpoint', async () => {
      const missing = await postJson(`${t.url}/simulator/api/new-session`, {});
      expect(missing.status).toBe(400);
      expect(missing.body.field).toBe('conversationId');
      const unknown = await fetch(`${t.url}/simulator/api/nothing-here`);
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toEqual({ error: 'no such simulator API endpoint' });
    });

    test('a bad request changes nothing in the conversation', async () => {
      const open = await turn({ utterance: 'open fortune cookie', locale: 'en-GB' });
      const bad = await turn({ utterance: 'stop', locale: 'xx', conversationId: open.body.conversationId });
      expect(bad.status).toBe(400);
      const stop = await turn({ utterance: 'stop', locale: 'en-GB', conversationId: open.body.conversationId });
      expect(stop.body.turn.intent).toBe('AMAZON.StopIntent');
      expect(stop.body.turn.index).toBe(2);
    });
  });
});
