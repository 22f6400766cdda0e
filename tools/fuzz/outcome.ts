import { de } from '../../lambda/i18n/de';
import { en } from '../../lambda/i18n/en';
import { escapeXml } from '../../lambda/speech/escape';
import { checkSsml } from '../ssmlCheck';

/** Alexa's limits on a response (docs/platform-limits.md). */
export const MAX_RESPONSE_BYTES = 24 * 1024;
export const MAX_SPEECH_CHARS = 8000;

export type OutcomeClass = 'handled' | 'spokenError' | 'rejected';

/** Every spoken apology the skill has (the error handler's and the Lambda entry's last resort). */
const APOLOGIES = new Set(
  [...en.error, ...en.errorOpen, ...de.error, ...de.errorOpen].map((text) => `<speak>${escapeXml(String(text))}</speak>`),
);

/**
 * Problems with one answer to a fuzzed envelope (empty: fine), and its class: answered normally,
 * answered with a spoken apology, or rejected (the only rejection allowed: a request for another skill).
 */
export function judgeAnswer(response: unknown, locale: string): { problems: string[]; outcome: OutcomeClass } {
  const problems: string[] = [];
  const envelope = response as { version?: unknown; response?: Record<string, unknown> } | undefined;
  if (typeof envelope !== 'object' || envelope === null) return { problems: ['no response envelope'], outcome: 'handled' };
  if (envelope.version !== '1.0') problems.push(`version is ${JSON.stringify(envelope.version)}`);
  if (typeof envelope.response !== 'object' || envelope.response === null) problems.push('no response object');
  const bytes = Buffer.byteLength(JSON.stringify(envelope));
  if (bytes >= MAX_RESPONSE_BYTES) problems.push(`response is ${bytes} bytes`);
  const speeches = [envelope.response?.outputSpeech, (envelope.response?.reprompt as { outputSpeech?: unknown } | undefined)?.outputSpeech];
  let apology = false;
  for (const speech of speeches) {
    if (speech === undefined) continue;
    const ssml = (speech as { type?: unknown; ssml?: unknown }).ssml;
    if ((speech as { type?: unknown }).type !== 'SSML' || typeof ssml !== 'string') {
      problems.push('speech is not SSML');
      continue;
    }
    if (ssml.length >= MAX_SPEECH_CHARS) problems.push(`speech is ${ssml.length} characters`);
    for (const problem of checkSsml(ssml, locale)) problems.push(`SSML: ${problem}`);
    if (APOLOGIES.has(ssml)) apology = true;
  }
  return { problems, outcome: apology ? 'spokenError' : 'handled' };
}
