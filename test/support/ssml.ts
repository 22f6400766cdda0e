import type { ResponseEnvelope } from 'ask-sdk-model';
import { VOICES_BY_LOCALE } from '../../tools/platformRules';
import { checkSsml } from '../../tools/ssmlCheck';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** What a listener hears, as plain text: tags removed, entities decoded, whitespace collapsed. */
export function spokenText(ssml: string | undefined): string {
  if (!ssml) return '';
  return ssml
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

export function audioSources(ssml: string | undefined): string[] {
  return [...(ssml ?? '').matchAll(/<audio\s+src="([^"]*)"\s*\/>/g)].map((m) => m[1]!);
}

export function voiceNames(ssml: string | undefined): string[] {
  return [...(ssml ?? '').matchAll(/<voice\s+name="([^"]*)"/g)].map((m) => m[1]!);
}

/** Every platform rule an SSML string must satisfy in a locale (tools/ssmlCheck plus explicit limits). */
export function expectValidSsml(ssml: string, locale: string): void {
  expect(ssml.startsWith('<speak>') && ssml.endsWith('</speak>')).toBe(true);
  expect(checkSsml(ssml, locale)).toEqual([]);
  expect(ssml.length).toBeLessThan(8000);
  expect(audioSources(ssml).length).toBeLessThanOrEqual(5);
  const allowedVoices: readonly string[] = VOICES_BY_LOCALE[locale] ?? [];
  for (const voice of voiceNames(ssml)) expect(allowedVoices).toContain(voice);
  if (locale === 'de-DE') expect(ssml).not.toContain('amazon:emotion');
}

/**
 * The response rules every answer follows: valid SSML in speech and reprompt, and the session is open
 * exactly when there is a reprompt, in which case the speech ends with a question.
 */
export function expectValidResponse(envelope: ResponseEnvelope, locale: string): void {
  expect(envelope.version).toBe('1.0');
  const response = envelope.response;
  const speech = response.outputSpeech;
  const reprompt = response.reprompt?.outputSpeech;
  if (speech) {
    expect(speech.type).toBe('SSML');
    expectValidSsml((speech as { ssml: string }).ssml, locale);
  }
  if (reprompt) {
    expect(reprompt.type).toBe('SSML');
    expectValidSsml((reprompt as { ssml: string }).ssml, locale);
    expect(response.shouldEndSession).toBe(false);
    expect(spokenText((speech as { ssml: string } | undefined)?.ssml)).toMatch(/\?$/);
  } else if (speech) {
    expect(response.shouldEndSession).toBe(true);
  }
  if (response.card) {
    expect(response.card.type).toBe('Standard');
    const card = response.card as { title?: string; text?: string };
    expect(card.title?.length ?? 0).toBeGreaterThan(0);
    expect(card.text?.length ?? 0).toBeGreaterThan(0);
    expect((card.text ?? '').length).toBeLessThan(8000);
  }
  expect(Buffer.byteLength(JSON.stringify(envelope))).toBeLessThanOrEqual(24 * 1024);
}
