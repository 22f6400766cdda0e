import type { ResponseEnvelope } from 'ask-sdk-model';
import { expectValidResponse, spokenText } from '../support/ssml';

/** The handler tests rely on expectValidResponse; make sure it really rejects what it should. */
const envelope = (ssml: string, extra: object = {}) =>
  ({ version: '1.0', response: { outputSpeech: { type: 'SSML', ssml }, shouldEndSession: true, ...extra } }) as unknown as ResponseEnvelope;
const reprompt = { shouldEndSession: false, reprompt: { outputSpeech: { type: 'SSML', ssml: '<speak>Well?</speak>' } } };

describe('expectValidResponse', () => {
  test('accepts a plain closing answer and an open question with a reprompt', () => {
    expect(() => expectValidResponse(envelope('<speak>Bye.</speak>'), 'en-US')).not.toThrow();
    expect(() => expectValidResponse(envelope('<speak>More?</speak>', reprompt), 'de-DE')).not.toThrow();
  });

  test.each([
    [
      'amazon:emotion in de-DE',
      envelope('<speak><amazon:emotion name="excited" intensity="medium">Hallo</amazon:emotion></speak>'),
      'de-DE',
    ],
    ['a German voice in en-US', envelope('<speak><voice name="Hans">Hi</voice></speak>'), 'en-US'],
    ['six audio tags', envelope(`<speak>${'<audio src="soundbank://soundlibrary/ui/x"/>'.repeat(6)}</speak>`), 'en-US'],
    ['a raw ampersand', envelope('<speak>salt & pepper</speak>'), 'en-US'],
    ['an unknown tag', envelope('<speak><b>bold</b></speak>'), 'en-US'],
    ['8000 characters', envelope(`<speak>${'a'.repeat(7985)}</speak>`), 'en-US'],
    ['an open session without a question', envelope('<speak>Hi.</speak>', reprompt), 'en-US'],
    ['speech without a decision to end', envelope('<speak>Hi.</speak>', { shouldEndSession: undefined }), 'en-US'],
  ])('rejects %s', (_label, response, locale) => {
    expect(() => expectValidResponse(response, locale)).toThrow();
  });
});

describe('spokenText', () => {
  test('drops tags, decodes entities and collapses spaces', () => {
    expect(spokenText('<speak><audio src="x"/> Salt &amp; <sub alias="C I C D">CI/CD</sub>  &quot;ok&quot;</speak>')).toBe(
      'Salt & CI/CD "ok"',
    );
  });
});
