import { LOCALES, type Locale, SUPPORTED_LOCALES } from '../locale';
import { CLIPS } from '../speech/clips';
import { MAX_SSML_CHARS, SAY_AS_INTERPRET_AS } from '../speech/platform';

/**
 * A cheap check that a stored answer's inner SSML (session attribute `last`, replayed by "say that
 * again") has the shape SpeechBuilder gives it in this locale: only its tags, spelled exactly as it
 * writes them (emotion where the locale has it, the locale's quote voice, the skill's clips, say-as,
 * sub and lang), balanced, every `&` an entity, no stray `>`, and short enough. A replay must be as valid
 * as a fresh answer: the session may have been written in another locale, or not by this skill.
 * One pass with indexOf and set lookups: it runs on every turn that carries a stored answer.
 */

/** `<speak>` and `</speak>` are added by the SDK and count toward the limit too. */
const SPEAK_WRAPPER = 15;
const ENTITIES = ['&amp;', '&lt;', '&gt;', '&quot;', '&apos;'];

interface TagSet {
  /** Opening tag, exactly as written → its name. */
  opening: Map<string, string>;
  selfClosing: Set<string>;
}

const TAGS = new Map<Locale, TagSet>(SUPPORTED_LOCALES.map((locale) => [locale, tagsOf(locale)]));

function tagsOf(locale: Locale): TagSet {
  const opening = new Map<string, string>([[`<voice name="${LOCALES[locale].quoteVoice}">`, 'voice']]);
  if (LOCALES[locale].emotion) opening.set('<amazon:emotion name="excited" intensity="medium">', 'amazon:emotion');
  for (const value of SAY_AS_INTERPRET_AS) opening.set(`<say-as interpret-as="${value}">`, 'say-as');
  // Foreign terms (content/<lang>/english-terms.json) are read in their language.
  for (const other of SUPPORTED_LOCALES) opening.set(`<lang xml:lang="${other}">`, 'lang');
  return { opening, selfClosing: new Set(Object.values(CLIPS).map((src) => `<audio src="${src}"/>`)) };
}

export function isSkillSpeech(ssml: unknown, locale: Locale): ssml is string {
  if (typeof ssml !== 'string' || ssml.length === 0 || ssml.length + SPEAK_WRAPPER >= MAX_SSML_CHARS) return false;
  const tags = TAGS.get(locale)!;
  const open: string[] = [];
  let at = 0;
  for (;;) {
    const lt = ssml.indexOf('<', at);
    if (!isText(ssml, at, lt === -1 ? ssml.length : lt)) return false;
    if (lt === -1) return open.length === 0;
    const gt = ssml.indexOf('>', lt);
    if (gt === -1) return false;
    const tag = ssml.slice(lt, gt + 1);
    at = gt + 1;
    if (tag.startsWith('</')) {
      if (open.pop() !== tag.slice(2, -1)) return false;
    } else if (tags.opening.has(tag)) {
      open.push(tags.opening.get(tag)!);
    } else if (isSub(tag)) {
      open.push('sub');
    } else if (!tags.selfClosing.has(tag)) {
      return false;
    }
  }
}

/** Text between tags: no `>` and every `&` one of XML's entities (what escapeXml writes). */
function isText(ssml: string, from: number, to: number): boolean {
  const gt = ssml.indexOf('>', from);
  if (gt !== -1 && gt < to) return false;
  for (let amp = ssml.indexOf('&', from); amp !== -1 && amp < to; amp = ssml.indexOf('&', amp + 1)) {
    if (!ENTITIES.some((entity) => ssml.startsWith(entity, amp))) return false;
  }
  return true;
}

/** `<sub alias="…">` with an escaped, non-empty alias (the pronunciation lexicon's). */
function isSub(tag: string): boolean {
  const prefix = '<sub alias="';
  if (!tag.startsWith(prefix) || !tag.endsWith('">') || tag.length <= prefix.length + 2) return false;
  const alias = tag.slice(prefix.length, -2);
  return !alias.includes('"') && !alias.includes('<') && alias.trim().length > 0 && isText(alias, 0, alias.length);
}
