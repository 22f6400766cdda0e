/** Reading Alexa's lines aloud with the browser's speech synthesis (a nicety: it never breaks the page). */
import { ui } from './ui';
import type { Turn } from './wire';

const synth: SpeechSynthesis | null =
  'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function' ? window.speechSynthesis : null;

export const canSpeak = synth !== null;

function voiceFor(locale: string): SpeechSynthesisVoice | null {
  if (!synth || typeof synth.getVoices !== 'function') return null;
  const voices = synth.getVoices() || [];
  const lower = locale.toLowerCase();
  const language = lower.split('-')[0] ?? lower;
  const langOf = (v: SpeechSynthesisVoice) => (v.lang || '').toLowerCase().replace('_', '-');
  return voices.find((v) => langOf(v) === lower) ?? voices.find((v) => langOf(v).startsWith(language)) ?? null;
}

export function speakTurn(turn: Turn): void {
  if (!synth || !ui.speak.checked) return;
  const lines = [turn.repromptPlayed?.plain, turn.speech?.plain].filter((line): line is string => Boolean(line));
  try {
    synth.cancel();
    for (const text of lines) {
      const utterance = new window.SpeechSynthesisUtterance(text);
      utterance.lang = turn.locale;
      const voice = voiceFor(turn.locale);
      if (voice) utterance.voice = voice;
      synth.speak(utterance);
    }
  } catch {
    // speech is a nicety: never break the page
  }
}

export function stopSpeaking(): void {
  synth?.cancel();
}

/** Disables the toggle when the browser cannot speak; otherwise asks for the voice list early (some load it lazily). */
export function setUpSpeech(): void {
  if (!synth) {
    ui.speak.checked = false;
    ui.speak.disabled = true;
    ui.speakHint.textContent = 'Speech synthesis is not available in this browser.';
  } else if (typeof synth.getVoices === 'function') {
    synth.getVoices();
  }
}
