/**
 * Does an example phrase ("Alexa, ask fortune cookie for a tip about postmortems") reach an intent?
 * Certification tries every example phrase as a one-shot, so each must match a sample of its locale's model.
 */
import { type ModelInfo, normalizeUtterance } from './interactionModel';

type Launch = { verbs: string[]; connectors: string[] };

/** Launch words and connecting words Alexa strips around the invocation name, per language. */
const LAUNCH: Record<string, Launch> = {
  en: { verbs: ['ask', 'tell', 'open', 'launch', 'start'], connectors: ['for', 'to', 'about', 'if', 'whether', 'that'] },
  de: { verbs: ['frag', 'frage', 'öffne', 'starte', 'sag', 'sage'], connectors: ['nach', 'ob', 'über', 'zu', 'dass'] },
};

const NUMBER_WORD: Record<string, string> = {
  en: '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|and)',
  de: '(?:\\p{L}*(?:null|eins?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zig|ßig|hundert|tausend))',
};

/** Lowercase, punctuation (except apostrophes) to spaces, one space between words. */
function normalizePhrase(text: string): string {
  return normalizeUtterance(text.replace(/’/g, "'").replace(/[.,!?;:"„“”«»()]/g, ' '));
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words after the launch phrase (possibly empty), or undefined when the phrase does not launch the skill. */
function remainders(phrase: string, invocationName: string, language: string): string[] | undefined {
  const launch = LAUNCH[language];
  if (launch === undefined) return undefined;
  const words = normalizePhrase(phrase).replace(/^alexa\b\s*/, '');
  const pattern = new RegExp(
    `^(?:${launch.verbs.join('|')}) ${escapeRegExp(normalizePhrase(invocationName))}(?: (${launch.connectors.join('|')}))?(?: (.*))?$`,
    'u',
  );
  const match = pattern.exec(words);
  if (match === null) return undefined;
  const [, connector, rest] = match;
  // Try the remainder without and with the connecting word, as a sample may start with "to" or "for".
  return connector === undefined ? [rest ?? ''] : [rest ?? '', `${connector} ${rest ?? ''}`.trim()];
}

function slotPattern(type: string | undefined, model: ModelInfo, language: string): string {
  const values = type === undefined ? undefined : model.typeValues.get(type);
  if (values !== undefined && values.length > 0) {
    return `(?:${[...values]
      .sort((a, b) => b.length - a.length)
      .map((v) => escapeRegExp(normalizePhrase(v)))
      .join('|')})`;
  }
  if (type === 'AMAZON.NUMBER') {
    const word = NUMBER_WORD[language] ?? NUMBER_WORD.en ?? '';
    return `(?:\\d+|${word}(?: ${word})*)`;
  }
  return '\\S+(?: \\S+)*';
}

function sampleRegExp(sample: string, slots: Map<string, string>, model: ModelInfo, language: string): RegExp {
  const tokens: string[] = [];
  sample.split(/(\{[^{}]*\})/).forEach((part, index) => {
    if (index % 2 === 1) tokens.push(slotPattern(slots.get(part.slice(1, -1)), model, language));
    else tokens.push(...normalizePhrase(part).split(' ').filter(Boolean).map(escapeRegExp));
  });
  return new RegExp(`^${tokens.join(' ')}$`, 'u');
}

export type Coverage = { covered: true } | { covered: false; reason: string };

export function phraseCoverage(phrase: string, model: ModelInfo, locale: string): Coverage {
  const language = locale.slice(0, 2);
  const candidates = remainders(phrase, model.invocationName, language);
  if (candidates === undefined) {
    return { covered: false, reason: `does not start with a launch phrase and the invocation name "${model.invocationName}"` };
  }
  // "open fortune cookie" (or a bare "ask fortune cookie") is a launch request, covered by the invocation alone.
  if (candidates.includes('')) return { covered: true };
  for (const intent of model.intents) {
    for (const sample of intent.samples) {
      const regExp = sampleRegExp(sample, intent.slots, model, language);
      if (candidates.some((c) => regExp.test(c))) return { covered: true };
    }
  }
  return { covered: false, reason: `"${candidates[0] ?? ''}" matches no sample of the ${locale} model` };
}
