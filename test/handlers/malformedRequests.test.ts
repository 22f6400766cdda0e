import type { RequestEnvelope } from 'ask-sdk-model';
import { contentCatalog } from '../../lambda/content/contentCatalog';
import { localDay } from '../../lambda/domain/calendar';
import { intentRequest, launchRequest } from '../../tools/envelopes';
import { fortuneOfTheDay, tipOfTheDay, topicSlot } from '../support/content';
import { Dialog, T0 } from '../support/driver';
import { LOCALES, saysOneOf, type TestLocale } from '../support/prompts';
import { expectValidResponse } from '../support/ssml';

afterEach(() => {
  jest.restoreAllMocks();
});

function mutate(envelope: RequestEnvelope, change: (request: Record<string, unknown>) => void): RequestEnvelope {
  change(envelope.request as unknown as Record<string, unknown>);
  return envelope;
}

describe.each(LOCALES)('malformed and unknown requests in %s never throw and get a spoken answer', (locale) => {
  const spokenAndValid = async (envelope: RequestEnvelope) => {
    const dialog = new Dialog({ locale, validate: false });
    const reply = await dialog.send(envelope);
    expect(reply.ssml).toBeDefined();
    expect(reply.text.length).toBeGreaterThan(0);
    expectValidResponse(reply.envelope, locale);
    return reply;
  };
  const options = { locale, timestamp: T0 };

  test('an unknown intent name', async () => {
    const reply = await spokenAndValid(intentRequest('SomeNewerModelIntent', {}, options));
    expect(saysOneOf(reply.text, locale as TestLocale, 'fallback')).toBe(true);
    expect(reply.open).toBe(true);
  });

  test('an unknown request type', async () => {
    const reply = await spokenAndValid(mutate(launchRequest(options), (r) => (r.type = 'Alexa.Presentation.APL.UserEvent')));
    expect(saysOneOf(reply.text, locale as TestLocale, 'fallback')).toBe(true);
  });

  test('an intent with no slots object', async () => {
    const envelope = intentRequest('GetTipIntent', {}, options);
    delete (envelope.request as unknown as { intent: { slots?: unknown } }).intent.slots;
    const reply = await spokenAndValid(envelope);
    const dialog = new Dialog({ locale });
    expect(reply.card?.text).toBe(tipOfTheDay(dialog.catalog, dialog.day).card);
  });

  test('a slot without a value', async () => {
    const envelope = intentRequest('GetTipIntent', topicSlot('metrics'), options);
    delete (envelope.request as unknown as { intent: { slots: { topic: { value?: string } } } }).intent.slots.topic.value;
    const reply = await spokenAndValid(envelope);
    const dialog = new Dialog({ locale });
    expect(reply.card?.text).toBe(tipOfTheDay(dialog.catalog, dialog.day).card);
  });

  test('an IntentRequest without request.intent', async () => {
    const envelope = intentRequest('GetFortuneIntent', {}, options);
    delete (envelope.request as unknown as { intent?: unknown }).intent;
    await spokenAndValid(envelope);
  });

  test('an IntentRequest without request.intent inside an open session keeps the session open', async () => {
    const envelope = intentRequest('GetFortuneIntent', {}, { ...options, newSession: false, sessionId: 'amzn1.echo-api.session.x' });
    delete (envelope.request as unknown as { intent?: unknown }).intent;
    const reply = await spokenAndValid(envelope);
    expect(reply.open).toBe(true);
  });
});

describe('requests without or with an unexpected locale', () => {
  test('no locale: answered in en-US', async () => {
    const envelope = intentRequest('GetFortuneIntent', {}, { timestamp: T0 });
    delete (envelope.request as { locale?: string }).locale;
    const dialog = new Dialog({ validate: false });
    const reply = await dialog.send(envelope);
    expectValidResponse(reply.envelope, 'en-US');
    expect(reply.card?.text).toBe(fortuneOfTheDay(contentCatalog('en'), dialog.day).card);
  });

  test.each([
    ['de-AT', 'de'],
    ['en-IN', 'en'],
    ['fr-FR', 'en'],
  ] as const)('%s is answered from the %s content', async (requestLocale, language) => {
    const dialog = new Dialog({ locale: requestLocale });
    const reply = await dialog.oneShot('GetFortuneIntent');
    // The answering locale's catalog: en-IN reads the English content in British spelling.
    expect(dialog.catalog.language).toBe(language);
    expect(reply.card?.text).toBe(fortuneOfTheDay(dialog.catalog, dialog.day).card);
  });

  test('a request without a timestamp uses the injected clock', async () => {
    const at = new Date('2026-07-01T12:00:00Z');
    const dialog = new Dialog({ at, validate: true });
    const envelope = intentRequest('GetFortuneIntent', {}, { timestamp: T0 });
    delete (envelope.request as { timestamp?: string }).timestamp;
    const reply = await dialog.send(envelope);
    expect(reply.card?.text).toBe(fortuneOfTheDay(dialog.catalog, dialog.day).card);
    expect(fortuneOfTheDay(dialog.catalog, dialog.day).id).not.toBe(fortuneOfTheDay(dialog.catalog, localDay(T0.getTime(), 'UTC')).id);
  });
});
