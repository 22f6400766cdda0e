import type { Locale } from '../locale';
import { CLIPS, type ClipName } from './clips';
import { escapeXml } from './escape';
import { MAX_AUDIO_TAGS, MAX_SSML_CHARS, quoteVoiceOf, supportsEmotion } from './platform';
import type { Pronouncer } from './pronunciation';

export class SpeechTooLongError extends Error {
  constructor(length: number) {
    super(`speech is ${length} characters, the platform allows under ${MAX_SSML_CHARS}`);
    this.name = 'SpeechTooLongError';
  }
}

/**
 * The one owner of SSML. Every text goes through escaping and the pronunciation lexicon; clips are
 * capped at the platform's five audio tags; the quote voice and emotion are chosen per locale.
 * Produces the inner SSML: ask-sdk's speak()/reprompt() add the <speak> wrapper.
 */
export class SpeechBuilder {
  private readonly parts: string[] = [];
  private audioTags = 0;
  /** Clips refused because the response already had the maximum number of audio tags. */
  readonly droppedClips: ClipName[] = [];

  constructor(
    readonly locale: Locale,
    private readonly pronounce: Pronouncer,
  ) {}

  say(text: string): this {
    const trimmed = text.trim();
    if (trimmed) this.parts.push(this.pronounce(escapeXml(trimmed)));
    return this;
  }

  /** Brand moments sound excited where the locale supports emotion, and plain elsewhere. */
  sayExcited(text: string): this {
    if (!supportsEmotion(this.locale)) return this.say(text);
    const trimmed = text.trim();
    if (trimmed) {
      this.parts.push(`<amazon:emotion name="excited" intensity="medium">${this.pronounce(escapeXml(trimmed))}</amazon:emotion>`);
    }
    return this;
  }

  /** A quoted line in the locale's second voice. */
  quote(text: string): this {
    const trimmed = text.trim();
    if (trimmed) {
      this.parts.push(`<voice name="${quoteVoiceOf(this.locale)}">${this.pronounce(escapeXml(trimmed))}</voice>`);
    }
    return this;
  }

  clip(name: ClipName): this {
    if (this.audioTags >= MAX_AUDIO_TAGS) {
      this.droppedClips.push(name);
      return this;
    }
    this.audioTags += 1;
    this.parts.push(`<audio src="${CLIPS[name]}"/>`);
    return this;
  }

  build(): string {
    const ssml = this.parts.join(' ');
    // "<speak>" + "</speak>" are added by the SDK and count toward the limit too.
    if (ssml.length + 15 >= MAX_SSML_CHARS) throw new SpeechTooLongError(ssml.length + 15);
    return ssml;
  }
}
