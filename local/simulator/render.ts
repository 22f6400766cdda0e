/**
 * SSML made readable for a terminal or a page: clips named ([clip: bell_short_chime_02]), other voices
 * shown as «Matthew: ...», breaks as …, emotion and whisper marked, <sub> read as its alias, entities
 * decoded. Pure string functions (no DOM, no Node APIs).
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** A short name for an audio clip: the sound library id without its amzn_sfx_ / amzn_ui_sfx_ prefix. */
export function clipName(src: string): string {
  const last = src.split(/[/]/).filter(Boolean).pop() ?? src;
  return last.replace(/\.(mp3|wav|ogg)$/i, '').replace(/^amzn_(ui_)?sfx_/, '');
}

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) attrs[m[1]!] = decodeEntities(m[3] ?? m[4] ?? '');
  return attrs;
}

interface Open {
  name: string;
  close: string;
  /** Text inside is not heard (the alias of <sub> is). */
  silent: boolean;
}

/** Readable rendering of SSML (with or without the <speak> wrapper). */
export function renderSsml(ssml: string | undefined): string {
  if (!ssml) return '';
  const out: string[] = [];
  const stack: Open[] = [];
  const silent = () => stack.some((o) => o.silent);
  for (const m of ssml.matchAll(/<[^>]*>|[^<]+/g)) {
    const piece = m[0];
    if (!piece.startsWith('<')) {
      if (!silent()) out.push(decodeEntities(piece));
      continue;
    }
    if (piece.startsWith('<!--') || piece.startsWith('<?')) continue;
    const closing = piece.startsWith('</');
    const selfClosing = piece.endsWith('/>');
    const name = (/^<\/?\s*([\w:-]+)/.exec(piece)?.[1] ?? '').toLowerCase();
    if (closing) {
      // Pop to the matching element (tolerates sloppy nesting).
      for (let i = stack.length - 1; i >= 0; i--) {
        if (stack[i]!.name === name) {
          const [open] = stack.splice(i, 1);
          if (open && !silent()) out.push(open.close);
          break;
        }
      }
      continue;
    }
    const attrs = attributes(piece);
    let opening = '';
    let close = '';
    let isSilent = false;
    switch (name) {
      case 'audio':
        if (!silent()) out.push(` [clip: ${clipName(attrs.src ?? '?')}] `);
        break;
      case 'break':
        if (!silent() && attrs.strength !== 'none') out.push(' … ');
        break;
      case 'voice':
        opening = ` «${attrs.name ?? 'voice'}: `;
        close = '» ';
        break;
      case 'amazon:emotion':
        opening = ` (${attrs.name ?? 'emotion'}: `;
        close = ') ';
        break;
      case 'amazon:effect':
        opening = ` (${attrs.name ?? 'effect'}: `;
        close = ') ';
        break;
      case 'sub':
        opening = attrs.alias ?? '';
        isSilent = attrs.alias !== undefined;
        break;
      case 'p':
        opening = ' ';
        close = ' ';
        break;
      case 's':
        opening = ' ';
        close = ' ';
        break;
      default:
        break;
    }
    if (selfClosing) continue;
    if (name === 'audio' || name === 'break') continue;
    if (!silent()) out.push(opening);
    stack.push({ name, close, silent: isSilent });
  }
  return tidy(out.join(''));
}

const INLINE_TAGS = /<\/?(?:lang|say-as|emphasis|prosody|phoneme|w)\b[^>]*>/gi;

/** What a listener hears, as plain text: no markers for clips, voices or breaks. */
export function plainSpeech(ssml: string | undefined): string {
  if (!ssml) return '';
  let text = ssml.replace(/<sub\b[^>]*\balias\s*=\s*"([^"]*)"[^>]*>[\s\S]*?<\/sub>/gi, '$1');
  // Marks inside a word (a <lang> English part of a German compound, say-as digits) join what is around
  // them: "<lang …>Docker</lang>-Container" is heard as "Docker-Container". Other tags separate.
  text = text.replace(INLINE_TAGS, '').replace(/<[^>]*>/g, ' ');
  return tidy(decodeEntities(text));
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?»)])/g, '$1')
    .replace(/([«(])\s+/g, '$1')
    .replace(/(…\s*){2,}/g, '… ')
    .trim();
}

/** The SSML from a response's outputSpeech or reprompt (PlainText is returned as is). */
export function ssmlOf(speech: { type?: string; ssml?: string; text?: string } | undefined): string | undefined {
  if (!speech) return undefined;
  if (speech.type === 'PlainText') return speech.text;
  return speech.ssml;
}
