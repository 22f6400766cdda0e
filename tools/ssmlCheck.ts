import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isSupportedLocale } from '../lambda/locale';
import {
  ALLOWED_TAGS,
  AUDIO_SRC_PATTERN,
  BREAK_STRENGTHS,
  DOMAIN_LOCALES,
  EFFECT_NAMES,
  EMOTION_INTENSITIES,
  EMOTION_LOCALES,
  EMOTION_NAMES,
  EMPHASIS_LEVELS,
  LANG_LOCALES,
  MAX_AUDIO_TAGS,
  MAX_BREAK_MS,
  MAX_PROSODY_PITCH_PERCENT,
  MAX_SSML_CHARS,
  MIN_PROSODY_PITCH_PERCENT,
  MIN_PROSODY_RATE_PERCENT,
  PHONEME_ALPHABETS,
  PROSODY_PITCHES,
  PROSODY_RATES,
  PROSODY_VOLUMES,
  REQUIRED_ATTRIBUTES,
  SAY_AS_INTERPRET_AS,
  VOICE_PARENTS,
  VOICES_BY_LOCALE,
  W_ROLES,
} from './platformRules';

/** A parsed element in fast-xml-parser's preserveOrder shape: `{ tag: children, ':@': attributes }`. */
type OrderedNode = Record<string, unknown>;
type Element = { tag: string; attributes: Record<string, string>; children: OrderedNode[] };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

/** An `&` that does not start one of XML's predefined entities or a character reference. */
const RAW_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;

/**
 * Checks an outputSpeech SSML string against Alexa's rules (docs/platform-limits.md).
 * Returns human-readable problems; an empty list means the SSML is fine.
 */
export function checkSsml(ssml: string, locale: string): string[] {
  const problems: string[] = [];
  if (!isSupportedLocale(locale)) problems.push(`unknown locale "${locale}"`);
  if (ssml.length >= MAX_SSML_CHARS) problems.push(`is ${ssml.length} characters (must be under ${MAX_SSML_CHARS})`);
  for (const match of ssml.matchAll(RAW_AMPERSAND)) {
    problems.push(`raw "&" at offset ${match.index} is not an entity (escape it as &amp;)`);
  }
  const validation = XMLValidator.validate(ssml);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    problems.push(`not well-formed XML: ${msg} (line ${line}, col ${col})`);
    return problems;
  }
  const roots = toElements(parser.parse(ssml) as OrderedNode[]);
  const root = roots[0];
  if (roots.length !== 1 || root === undefined || root.tag !== 'speak') {
    problems.push(`root must be a single <speak> element (found ${roots.map((r) => `<${r.tag}>`).join(', ') || 'none'})`);
  }
  const counter = { audio: 0 };
  for (const element of roots) walk(element, [], locale, counter, problems);
  if (counter.audio > MAX_AUDIO_TAGS) problems.push(`has ${counter.audio} <audio> tags (at most ${MAX_AUDIO_TAGS})`);
  return problems;
}

function toElements(nodes: OrderedNode[]): Element[] {
  const elements: Element[] = [];
  for (const node of nodes) {
    const tag = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
    if (tag === undefined) continue;
    const children = node[tag];
    const attributes = (node[':@'] ?? {}) as Record<string, string>;
    elements.push({ tag, attributes, children: Array.isArray(children) ? (children as OrderedNode[]) : [] });
  }
  return elements;
}

function walk(element: Element, ancestors: Element[], locale: string, counter: { audio: number }, problems: string[]): void {
  const { tag, attributes } = element;
  const allowed = ALLOWED_TAGS[tag];
  if (allowed === undefined) {
    problems.push(`<${tag}> is not an Alexa SSML tag`);
  } else {
    for (const name of Object.keys(attributes)) {
      if (!allowed.includes(name)) problems.push(`<${tag}> does not take the attribute "${name}"`);
    }
    for (const name of REQUIRED_ATTRIBUTES[tag] ?? []) {
      if (attributes[name] === undefined) problems.push(`<${tag}> needs the attribute "${name}"`);
    }
    if (tag === 'audio') counter.audio += 1;
    problems.push(...checkAttributes(tag, attributes, locale));
    problems.push(...checkNesting(tag, attributes, ancestors));
  }
  const inner = [...ancestors, element];
  for (const child of toElements(element.children)) walk(child, inner, locale, counter, problems);
}

function checkNesting(tag: string, attributes: Record<string, string>, ancestors: Element[]): string[] {
  const problems: string[] = [];
  const names = ancestors.map((a) => a.tag);
  if (tag === 'voice') {
    const wrong = names.filter((name) => !VOICE_PARENTS.includes(name));
    if (wrong.includes('amazon:emotion')) problems.push("<voice> inside <amazon:emotion>: emotions work only with Alexa's own voice");
    else if (wrong.length > 0) problems.push(`<voice> inside <${wrong[0]}>: nest other tags inside <voice>, not <voice> inside them`);
  }
  if ((tag === 'amazon:emotion' || tag === 'amazon:domain') && names.includes('voice')) {
    problems.push(`<${tag}> inside <voice>: speaking styles work only with Alexa's own voice`);
  }
  if (tag === 'lang' && attributes['xml:lang'] !== undefined) {
    // <lang> may stand alone or inside a voice (Alexa SSML reference); a term wrapped twice means a composer bug.
    if (!LANG_LOCALES.includes(attributes['xml:lang'])) {
      problems.push(`<lang xml:lang="${attributes['xml:lang']}"> is not a language Alexa speaks (${LANG_LOCALES.join(', ')})`);
    }
    if (names.includes('lang')) problems.push('<lang> inside <lang>: mark a term once');
  }
  return problems;
}

function checkAttributes(tag: string, a: Record<string, string>, locale: string): string[] {
  const problems: string[] = [];
  const oneOf = (name: string, values: readonly string[]): void => {
    const value = a[name];
    if (value !== undefined && !values.includes(value)) {
      problems.push(`<${tag} ${name}="${value}"> must be one of ${values.join(', ')}`);
    }
  };
  switch (tag) {
    case 'audio':
      if (a.src !== undefined && !AUDIO_SRC_PATTERN.test(a.src)) problems.push(`<audio src="${a.src}"> must be https:// or soundbank://`);
      break;
    case 'break':
      oneOf('strength', BREAK_STRENGTHS);
      if (a.time !== undefined) problems.push(...checkBreakTime(a.time));
      break;
    case 'emphasis':
      oneOf('level', EMPHASIS_LEVELS);
      break;
    case 'phoneme':
      oneOf('alphabet', PHONEME_ALPHABETS);
      break;
    case 'prosody':
      problems.push(...checkProsody(a));
      break;
    case 'say-as':
      oneOf('interpret-as', SAY_AS_INTERPRET_AS);
      if (a.format !== undefined && a['interpret-as'] !== 'date') problems.push('<say-as format> applies only to interpret-as="date"');
      break;
    case 'sub':
      if (a.alias !== undefined && a.alias.trim() === '') problems.push('<sub alias> must not be empty');
      break;
    case 'voice': {
      const voices = VOICES_BY_LOCALE[locale] ?? [];
      if (a.name !== undefined && !voices.includes(a.name)) problems.push(`voice "${a.name}" is not available in ${locale}`);
      break;
    }
    case 'w':
      oneOf('role', W_ROLES);
      break;
    case 'amazon:domain': {
      const locales = a.name === undefined ? undefined : DOMAIN_LOCALES[a.name];
      if (a.name !== undefined && locales === undefined) problems.push(`amazon:domain "${a.name}" does not exist`);
      else if (locales !== undefined && !locales.includes(locale)) problems.push(`amazon:domain "${a.name}" is not available in ${locale}`);
      break;
    }
    case 'amazon:effect':
      oneOf('name', EFFECT_NAMES);
      break;
    case 'amazon:emotion':
      if (!EMOTION_LOCALES.includes(locale)) problems.push(`<amazon:emotion> is not available in ${locale}`);
      oneOf('name', EMOTION_NAMES);
      oneOf('intensity', EMOTION_INTENSITIES);
      break;
  }
  return problems;
}

function checkBreakTime(time: string): string[] {
  const match = /^(\d+(?:\.\d+)?)(ms|s)$/.exec(time);
  if (match === null) return [`<break time="${time}"> must be a number of ms or s`];
  const ms = Number(match[1]) * (match[2] === 's' ? 1000 : 1);
  return ms > MAX_BREAK_MS ? [`<break time="${time}"> is longer than ${MAX_BREAK_MS / 1000}s`] : [];
}

function checkProsody(a: Record<string, string>): string[] {
  const problems: string[] = [];
  if (a.rate !== undefined && !(PROSODY_RATES as readonly string[]).includes(a.rate)) {
    const percent = /^(\d+(?:\.\d+)?)%$/.exec(a.rate);
    if (percent === null || Number(percent[1]) < MIN_PROSODY_RATE_PERCENT) {
      problems.push(`<prosody rate="${a.rate}"> must be a keyword or at least ${MIN_PROSODY_RATE_PERCENT}%`);
    }
  }
  if (a.pitch !== undefined && !(PROSODY_PITCHES as readonly string[]).includes(a.pitch)) {
    const percent = /^([+-]?\d+(?:\.\d+)?)%$/.exec(a.pitch);
    const value = percent === null ? Number.NaN : Number(percent[1]);
    if (!(value >= MIN_PROSODY_PITCH_PERCENT && value <= MAX_PROSODY_PITCH_PERCENT)) {
      problems.push(
        `<prosody pitch="${a.pitch}"> must be a keyword or between ${MIN_PROSODY_PITCH_PERCENT}% and +${MAX_PROSODY_PITCH_PERCENT}%`,
      );
    }
  }
  if (a.volume !== undefined && !(PROSODY_VOLUMES as readonly string[]).includes(a.volume) && !/^[+-]\d+(?:\.\d+)?dB$/.test(a.volume)) {
    problems.push(`<prosody volume="${a.volume}"> must be a keyword or +ndB / -ndB`);
  }
  return problems;
}
