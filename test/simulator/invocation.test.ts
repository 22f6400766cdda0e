import { parseInvocation, type Route } from '../../local/simulator/invocation';

const en = (utterance: string, inSession = false): Route =>
  parseInvocation(utterance, { locale: 'en-US', invocationName: 'fortune cookie', inSession });
const de = (utterance: string, inSession = false): Route =>
  parseInvocation(utterance, { locale: 'de-DE', invocationName: 'glückskeks', inSession });

describe('invocation parsing (en)', () => {
  test.each([
    'open fortune cookie',
    'Alexa, open Fortune Cookie',
    'start fortune cookie',
    'launch fortune cookie',
    'talk to fortune cookie',
    'begin fortune cookie',
    'ask fortune cookie',
  ])('"%s" launches', (utterance) => {
    expect(en(utterance)).toMatchObject({ kind: 'launch', restart: false });
  });

  test('"ask {invocation} for ..." is a one-shot, trying the words without the connecting word first', () => {
    expect(en('ask fortune cookie for a tip about postmortems')).toEqual({
      kind: 'oneShot',
      phrases: ['a tip about postmortems', 'for a tip about postmortems'],
      pattern: 'ask {invocation} for {request}',
      restart: false,
    });
  });

  test.each([
    ['ask fortune cookie to continue', 'continue'],
    ['ask fortune cookie about docker', 'docker'],
    ['ask fortune cookie if it is zero', 'it is zero'],
    ['ask fortune cookie whether it is zero', 'it is zero'],
    ['tell fortune cookie that it is zero', 'it is zero'],
    ['tell fortune cookie to keep going', 'keep going'],
  ])('"%s" asks for "%s"', (utterance, phrase) => {
    const route = en(utterance);
    expect(route.kind).toBe('oneShot');
    expect(route.kind === 'oneShot' && route.phrases[0]).toBe(phrase);
  });

  test('"tell {invocation} ..." without a connecting word keeps all the words', () => {
    expect(en('tell fortune cookie the answer is zero')).toMatchObject({ kind: 'oneShot', phrases: ['the answer is zero'] });
  });

  test('"{request} from|with|using {invocation}" is a one-shot; a leading "get" may be dropped', () => {
    expect(en('get my fortune from fortune cookie')).toMatchObject({ kind: 'oneShot', phrases: ['get my fortune', 'my fortune'] });
    expect(en('a tip about docker using fortune cookie')).toMatchObject({ kind: 'oneShot', phrases: ['a tip about docker'] });
    expect(en('my fortune with fortune cookie')).toMatchObject({ kind: 'oneShot', phrases: ['my fortune'] });
  });

  test('"open {invocation} and ..." is a one-shot', () => {
    expect(en('open fortune cookie and give me a tip')).toMatchObject({ kind: 'oneShot', phrases: ['give me a tip'] });
  });

  test('normalises case, punctuation and the wake word', () => {
    expect(en('ALEXA... ask FORTUNE COOKIE, for my fortune!')).toMatchObject({
      kind: 'oneShot',
      phrases: ['my fortune', 'for my fortune'],
    });
  });

  test('outside a session, words without the invocation name are not for the skill', () => {
    const route = en('give me a tip');
    expect(route.kind).toBe('unrouted');
    expect(route.kind === 'unrouted' && route.reason).toMatch(/open fortune cookie/);
    // "open a fortune cookie" names no skill: "a" sits between the verb and the name.
    expect(en('open a fortune cookie').kind).toBe('unrouted');
  });

  test('inside a session, plain words are the next request; silence and exit end the session', () => {
    expect(en('give me a tip', true)).toEqual({ kind: 'inSession', phrase: 'give me a tip' });
    expect(en('a fortune cookie', true)).toEqual({ kind: 'inSession', phrase: 'a fortune cookie' });
    expect(en('', true)).toEqual({ kind: 'silence' });
    expect(en('   ', true)).toEqual({ kind: 'silence' });
    expect(en('Alexa', true)).toEqual({ kind: 'silence' });
    expect(en('exit', true)).toEqual({ kind: 'exit', phrase: 'exit' });
    expect(en('Alexa, quit', true)).toEqual({ kind: 'exit', phrase: 'quit' });
    expect(en('stop', true)).toEqual({ kind: 'inSession', phrase: 'stop' });
  });

  test('naming the skill inside a session starts a new session', () => {
    expect(en('open fortune cookie', true)).toMatchObject({ kind: 'launch', restart: true });
    expect(en('ask fortune cookie for a tip', true)).toMatchObject({ kind: 'oneShot', restart: true });
  });
});

describe('invocation parsing (de)', () => {
  test.each([
    'öffne glückskeks',
    'Alexa, öffne Glückskeks',
    'starte glückskeks',
    'oeffne glueckskeks',
    'glückskeks öffnen',
    'frag glückskeks',
  ])('"%s" launches', (utterance) => {
    expect(de(utterance).kind).toBe('launch');
  });

  test('"frag {invocation} nach ..." is a one-shot without the connecting word', () => {
    expect(de('frag glückskeks nach einem tipp über docker')).toMatchObject({
      kind: 'oneShot',
      phrases: ['einem tipp über docker', 'nach einem tipp über docker'],
    });
  });

  test.each([
    ['frage glückskeks nach der frage des tages', 'der frage des tages'],
    ['Alexa, sag Glückskeks: mach weiter', 'mach weiter'],
    ['sag glückskeks dass die antwort null ist', 'die antwort null ist'],
    ['frag glückskeks ob es null ist', 'es null ist'],
    ['frag glückskeks über container', 'container'],
    ['frag glückskeks zu metriken', 'metriken'],
  ])('"%s" asks for "%s"', (utterance, phrase) => {
    const route = de(utterance);
    expect(route.kind === 'oneShot' && route.phrases[0]).toBe(phrase);
  });

  test('"beenden" in a session ends it; plain words are the next request', () => {
    expect(de('beenden', true)).toEqual({ kind: 'exit', phrase: 'beenden' });
    expect(de('weiter', true)).toEqual({ kind: 'inSession', phrase: 'weiter' });
    expect(de('weiter').kind).toBe('unrouted');
  });
});
