import type { ResponseEnvelope } from 'ask-sdk-model';
import { AlexaSession } from '../../local/simulator/alexaSession';
import { intentRequest, launchRequest, skillDisabledEvent } from '../../tools/envelopes';

const keepOpen = (attributes: Record<string, unknown>): ResponseEnvelope => ({
  version: '1.0',
  response: { shouldEndSession: false },
  sessionAttributes: attributes,
});
const ends: ResponseEnvelope = { version: '1.0', response: { shouldEndSession: true } };

describe('AlexaSession: how a session is carried between requests', () => {
  test('an open session gives the next envelope its id and a copy of the attributes', () => {
    const session = new AlexaSession({ locale: 'de-DE', timestamp: () => '2026-05-14T15:00:00Z' });
    const first = launchRequest(session.envelopeOptions());
    expect(first.session?.new).toBe(true);
    expect(first.context.System.apiEndpoint).toBe('https://api.eu.amazonalexa.com');
    const attributes = { topic: 'postmortems' };
    expect(session.follow(first, keepOpen(attributes))).toBe(true);
    const options = session.envelopeOptions();
    expect(options).toMatchObject({ newSession: false, sessionId: first.session?.sessionId, timestamp: '2026-05-14T15:00:00Z' });
    expect(options.sessionAttributes).toEqual(attributes);
    expect(options.sessionAttributes).not.toBe(attributes);
  });

  test('per-request options win over the carried ones', () => {
    const session = new AlexaSession({ userId: 'amzn1.ask.account.a' });
    expect(session.envelopeOptions({ userId: 'amzn1.ask.account.b', requestId: 'r1' })).toMatchObject({
      userId: 'amzn1.ask.account.b',
      requestId: 'r1',
    });
  });

  test('the session closes unless the response says shouldEndSession: false, or when the skill failed', () => {
    const session = new AlexaSession();
    const request = launchRequest(session.envelopeOptions());
    expect(session.follow(request, keepOpen({}))).toBe(true);
    expect(session.follow(intentRequest('AMAZON.StopIntent', {}, session.envelopeOptions()), ends)).toBe(false);
    expect(session.follow(request, keepOpen({}))).toBe(true);
    expect(session.follow(request, undefined)).toBe(false);
    expect(session.isOpen).toBe(false);
  });

  test('a request without a session (a skill event, or session: null) opens none, whatever the response says', () => {
    const session = new AlexaSession();
    expect(session.follow(skillDisabledEvent('PERSISTED'), keepOpen({}))).toBe(false);
    const nullSession = { ...launchRequest(), session: null } as unknown as ReturnType<typeof launchRequest>;
    expect(session.follow(nullSession, keepOpen({}))).toBe(false);
    expect(session.envelopeOptions().newSession).toBe(true);
  });
});
