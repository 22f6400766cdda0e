import { EXIT_PHRASES } from './builtins';
import { displayOf, keysOf, type Language, languageOfLocale, quoted, type Token, tokenize, vocabularyKey } from './text';

/**
 * What Alexa does with an utterance before the skill's model sees it: wake word, launch phrases,
 * one-shot phrases with connecting words, and utterances inside an open session.
 */
export type Route =
  /** "open fortune cookie": a LaunchRequest in a new session. */
  | { kind: 'launch'; pattern: string; restart: boolean }
  /**
   * "ask fortune cookie for a tip": an IntentRequest in a new session. `phrases` are the readings of
   * the request part to try, best first (with and without a connecting word such as "for").
   */
  | { kind: 'oneShot'; phrases: string[]; pattern: string; restart: boolean }
  /** A plain utterance inside an open session: the session's next request. */
  | { kind: 'inSession'; phrase: string }
  /** Nothing said. In a session: Alexa plays the reprompt, then ends the session (EXCEEDED_MAX_REPROMPTS). */
  | { kind: 'silence' }
  /** "exit" in a session: the platform ends the session (SessionEndedRequest, USER_INITIATED). */
  | { kind: 'exit'; phrase: string }
  /** Not addressed to this skill (no session open and no invocation name). */
  | { kind: 'unrouted'; reason: string };

export interface InvocationContext {
  locale: string;
  invocationName: string;
  inSession: boolean;
}

const WAKE_WORDS = new Set(['alexa', 'echo', 'computer', 'amazon', 'ziggy']);

interface Patterns {
  /** "<verb> <invocation>" alone launches; "<verb> <invocation> and <request>" is a one-shot. */
  launchVerbs: string[][];
  /** "<invocation> <verb>" (German "glückskeks öffnen"). */
  launchSuffixVerbs: string[][];
  /** "<verb> <invocation> [connector] <request>"; alone, it launches. */
  askVerbs: string[][];
  connectors: string[];
  /** "<request> <connector> <invocation>". */
  suffixConnectors: string[];
  /** Words that join a launch verb phrase and a request ("open fortune cookie and ..."). */
  and: string;
  /** Leading verbs of "<verb> <request> from <invocation>" that are not part of a sample ("get my fortune"). */
  requestVerbs: string[][];
  politeness: string[];
}

const PATTERNS: Record<Language, Patterns> = {
  en: {
    launchVerbs: [
      ['open'],
      ['start'],
      ['launch'],
      ['begin'],
      ['talk', 'to'],
      ['load'],
      ['run'],
      ['play'],
      ['use'],
      ['resume'],
      ['start', 'up'],
    ],
    launchSuffixVerbs: [],
    askVerbs: [['ask'], ['tell'], ['search'], ['use']],
    connectors: ['to', 'for', 'about', 'if', 'whether', 'that'],
    suffixConnectors: ['with', 'using', 'from', 'by'],
    and: 'and',
    requestVerbs: [['get'], ['get', 'me'], ['find'], ['fetch'], ['have'], ['hear']],
    politeness: ['please'],
  },
  de: {
    launchVerbs: [
      ['offne'],
      ['offnen'],
      ['starte'],
      ['start'],
      ['starten'],
      ['beginne'],
      ['aktiviere'],
      ['spiel'],
      ['spiele'],
      ['sprich', 'mit'],
      ['rede', 'mit'],
      ['lade'],
    ],
    launchSuffixVerbs: [['offnen'], ['starten'], ['aktivieren'], ['spielen']],
    askVerbs: [['frag'], ['frage'], ['sag'], ['sage'], ['bitte'], ['benutze'], ['nutze']],
    connectors: ['nach', 'ob', 'uber', 'zu', 'dass', 'wegen', 'um'],
    suffixConnectors: ['mit', 'von', 'bei'],
    and: 'und',
    requestVerbs: [['hol'], ['hole'], ['hol', 'mir'], ['hole', 'mir'], ['finde']],
    politeness: ['bitte'],
  },
};

/** Parses an utterance the way Alexa routes it: launch, one-shot, in-session request, silence or exit. */
export function parseInvocation(utterance: string, context: InvocationContext): Route {
  const language = languageOfLocale(context.locale);
  const patterns = PATTERNS[language];
  const invocation = keysOf(context.invocationName, context.locale);
  const vocabulary = new Set([...invocation, ...patternWords(patterns)]);
  let tokens: Token[] = tokenize(utterance, context.locale).map((t) => ({ display: t.display, key: vocabularyKey(t.key, vocabulary) }));

  if (tokens.length > 0 && WAKE_WORDS.has(tokens[0]!.key)) tokens = tokens.slice(1);
  while (tokens.length > 0 && patterns.politeness.includes(tokens[0]!.key) && tokens.length > 1) tokens = tokens.slice(1);

  if (tokens.length === 0) return { kind: 'silence' };

  const explicit = explicitInvocation(tokens, invocation, patterns, context.inSession);
  if (explicit) return explicit;

  if (!context.inSession) {
    return {
      kind: 'unrouted',
      reason: `no session is open and "${quoted(displayOf(tokens))}" does not name the skill: say "${example(language, 'launch', context.invocationName)}" or "${example(language, 'ask', context.invocationName)}"`,
    };
  }
  const phrase = displayOf(tokens);
  const exitKeys = EXIT_PHRASES[language].map((p) => keysOf(p, context.locale).join(' '));
  if (exitKeys.includes(tokens.map((t) => t.key).join(' '))) return { kind: 'exit', phrase };
  return { kind: 'inSession', phrase };
}

function patternWords(p: Patterns): string[] {
  return [...p.launchVerbs, ...p.launchSuffixVerbs, ...p.askVerbs, ...p.requestVerbs]
    .flat()
    .concat(p.connectors, p.suffixConnectors, p.and);
}

function example(language: Language, kind: 'launch' | 'ask', invocation: string): string {
  if (language === 'de') return kind === 'launch' ? `öffne ${invocation}` : `frag ${invocation} nach ...`;
  return kind === 'launch' ? `open ${invocation}` : `ask ${invocation} for ...`;
}

function said(tokens: readonly Token[], count: number): string {
  return displayOf(tokens.slice(0, count));
}

function startsWithAt(tokens: readonly Token[], words: readonly string[], at: number): boolean {
  if (at + words.length > tokens.length) return false;
  return words.every((w, i) => tokens[at + i]!.key === w);
}

function explicitInvocation(tokens: Token[], invocation: string[], p: Patterns, inSession: boolean): Route | undefined {
  const restart = inSession;
  // "<launch verb> <invocation>" and "<launch verb> <invocation> and <request>"
  for (const verb of p.launchVerbs) {
    if (!startsWithAt(tokens, verb, 0) || !startsWithAt(tokens, invocation, verb.length)) continue;
    const rest = tokens.slice(verb.length + invocation.length);
    const pattern = `${said(tokens, verb.length)} {invocation}`;
    if (rest.length === 0) return { kind: 'launch', pattern, restart };
    if (rest[0]!.key === p.and && rest.length > 1) {
      return { kind: 'oneShot', phrases: [displayOf(rest.slice(1))], pattern: `${pattern} ${p.and} {request}`, restart };
    }
    if (verb.join(' ') === 'use' && rest[0]!.key === 'to' && rest.length > 1) {
      return { kind: 'oneShot', phrases: [displayOf(rest.slice(1))], pattern: 'use {invocation} to {request}', restart };
    }
  }
  // "<invocation> öffnen"
  if (startsWithAt(tokens, invocation, 0)) {
    for (const verb of p.launchSuffixVerbs) {
      if (tokens.length === invocation.length + verb.length && startsWithAt(tokens, verb, invocation.length)) {
        return { kind: 'launch', pattern: `{invocation} ${displayOf(tokens.slice(invocation.length))}`, restart };
      }
    }
  }
  // "ask <invocation> [connector] <request>"; "ask <invocation>" alone launches.
  for (const verb of p.askVerbs) {
    if (!startsWithAt(tokens, verb, 0) || !startsWithAt(tokens, invocation, verb.length)) continue;
    const rest = tokens.slice(verb.length + invocation.length);
    const verbSaid = said(tokens, verb.length);
    if (rest.length === 0) return { kind: 'launch', pattern: `${verbSaid} {invocation}`, restart };
    const first = rest[0]!.key;
    if (p.connectors.includes(first) && rest.length > 1) {
      return {
        kind: 'oneShot',
        phrases: [displayOf(rest.slice(1)), displayOf(rest)],
        pattern: `${verbSaid} {invocation} ${rest[0]!.display} {request}`,
        restart,
      };
    }
    return { kind: 'oneShot', phrases: [displayOf(rest)], pattern: `${verbSaid} {invocation} {request}`, restart };
  }
  // "<request> with|using|from <invocation>"
  const at = tokens.length - invocation.length;
  if (at >= 2 && startsWithAt(tokens, invocation, at) && p.suffixConnectors.includes(tokens[at - 1]!.key)) {
    const request = tokens.slice(0, at - 1);
    const phrases = [displayOf(request)];
    for (const verb of p.requestVerbs) {
      if (startsWithAt(request, verb, 0) && request.length > verb.length) phrases.push(displayOf(request.slice(verb.length)));
    }
    return { kind: 'oneShot', phrases, pattern: `{request} ${tokens[at - 1]!.display} {invocation}`, restart };
  }
  return undefined;
}
