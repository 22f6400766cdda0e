import { BUILT_IN_PHRASES } from '../builtins';
import { phraseKey } from '../text';
import type { Nlu } from './index';

/**
 * Custom samples that collide with a built-in intent's usual phrasing: on a device Alexa may send the
 * built-in intent for these words (de-DE "weiter" for ContinueIntent is also AMAZON.NextIntent's
 * "weiter"). Only built-in intents the model declares count, as only those can be sent.
 */
export interface BuiltInCollision {
  locale: string;
  /** The intent whose sample it is. */
  intent: string;
  sample: string;
  /** The built-in intent whose usual phrasing the sample is. */
  builtIn: string;
}

export function builtInCollisions(nlu: Nlu): BuiltInCollision[] {
  const declared = new Set(nlu.model.intents.map((i) => i.name));
  const owners = new Map<string, string[]>();
  for (const [intent, phrases] of Object.entries(BUILT_IN_PHRASES[nlu.language])) {
    if (!declared.has(intent)) continue;
    for (const phrase of phrases) {
      const key = phraseKey(phrase, nlu.locale);
      owners.set(key, [...(owners.get(key) ?? []), intent]);
    }
  }
  const collisions: BuiltInCollision[] = [];
  for (const intent of nlu.model.intents) {
    for (const sample of intent.samples ?? []) {
      for (const builtIn of owners.get(phraseKey(sample, nlu.locale)) ?? []) {
        if (builtIn !== intent.name) collisions.push({ locale: nlu.locale, intent: intent.name, sample, builtIn });
      }
    }
  }
  return collisions;
}

export function formatCollision(c: BuiltInCollision): string {
  return `${c.locale}: ${c.intent} "${c.sample}" is also the usual phrasing of ${c.builtIn}`;
}
