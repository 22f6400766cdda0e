import type { TurnResult } from '../session';
import type { TurnSpec } from './types';

/** Checking a turn against its expectations. */

export function includesText(haystack: string, needle: string): boolean {
  const norm = (s: string) =>
    s
      .replace(/[\u2019\u2018]/g, "'")
      .replace(/\s+/g, ' ')
      .toLocaleLowerCase();
  return norm(haystack).includes(norm(needle));
}

/** `actual` contains `expected`: objects key by key (recursively), arrays element by element, null = absent. */
export function subsetMismatches(actual: unknown, expected: unknown, path = ''): string[] {
  if (expected === null)
    return actual === null || actual === undefined ? [] : [`${path || 'value'}: expected absent, got ${JSON.stringify(actual)}`];
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected a list, got ${JSON.stringify(actual)}`];
    if (actual.length !== expected.length) return [`${path}: expected ${expected.length} items, got ${actual.length}`];
    return expected.flatMap((e, i) => subsetMismatches(actual[i], e, `${path}[${i}]`));
  }
  if (typeof expected === 'object') {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual))
      return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(expected as Record<string, unknown>).flatMap(([k, v]) =>
      subsetMismatches((actual as Record<string, unknown>)[k], v, path ? `${path}.${k}` : k),
    );
  }
  return actual === expected ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

/** What a turn fails of its expectations. */
export function checkTurn(spec: TurnSpec, turn: TurnResult, stored: Record<string, unknown> | undefined, implicit: boolean): string[] {
  const failures: string[] = [];
  const speech = turn.speech?.plain ?? '';
  const heard = speech || '(nothing)';
  const routed = turn.route.kind !== 'unrouted';
  if (spec.routed === false) {
    if (routed) failures.push('expected Alexa not to send this to the skill, but it did');
    return failures;
  }
  if (!routed) return [turn.error ?? 'not routed to the skill'];
  if (turn.error) failures.push(turn.error);
  for (const p of turn.ssmlProblems) failures.push(`SSML: ${p}`);
  if (implicit && turn.request && turn.requestType !== 'SessionEndedRequest' && !speech) failures.push('the skill said nothing');
  for (const needle of [spec.says ?? []].flat())
    if (!includesText(speech, needle)) failures.push(`expected speech to contain "${needle}"; heard: ${heard}`);
  for (const needle of [spec.notSays ?? []].flat())
    if (includesText(speech, needle)) failures.push(`expected speech not to contain "${needle}"; heard: ${heard}`);
  for (const pattern of [spec.matches ?? []].flat())
    if (!new RegExp(pattern, 'i').test(speech)) failures.push(`expected speech to match /${pattern}/; heard: ${heard}`);
  if (spec.anyOf && !spec.anyOf.some((n) => includesText(speech, n)))
    failures.push(`expected speech to contain one of ${JSON.stringify(spec.anyOf)}; heard: ${heard}`);
  for (const needle of [spec.reprompt ?? []].flat()) {
    if (!includesText(turn.reprompt?.plain ?? '', needle))
      failures.push(`expected reprompt to contain "${needle}"; got: ${turn.reprompt?.plain ?? '(none)'}`);
  }
  for (const needle of [spec.card ?? []].flat()) {
    const card = `${turn.card?.title ?? ''}\n${turn.card?.text ?? turn.card?.content ?? ''}`;
    if (!includesText(card, needle))
      failures.push(`expected card to contain "${needle}"; got: ${turn.card ? card.replace('\n', ' | ') : '(no card)'}`);
  }
  if (spec.sessionOpen !== undefined && spec.sessionOpen !== turn.sessionOpen) {
    failures.push(
      `expected the session to be ${spec.sessionOpen ? 'open' : 'closed'} after the turn, but it is ${turn.sessionOpen ? 'open' : 'closed'}`,
    );
  }
  if (spec.intent !== undefined) {
    const actual = turn.intent ?? turn.requestType ?? '(no request)';
    if (actual !== spec.intent) failures.push(`expected ${spec.intent}, got ${actual}${turn.nlu ? ` (${turn.nlu.reason})` : ''}`);
  }
  for (const [name, expected] of Object.entries(spec.slots ?? {})) {
    const slot = turn.nlu?.slots[name];
    if (expected === null) {
      if (slot?.value !== undefined) failures.push(`expected slot ${name} to be empty, got "${slot.value}"`);
      continue;
    }
    const ids = slot?.resolution?.status === 'ER_SUCCESS_MATCH' ? slot.resolution.values.map((v) => v.id) : [];
    if (!slot?.value || ![slot.value, ...ids].includes(String(expected))) {
      failures.push(
        `expected slot ${name} = ${expected}, got ${slot?.value === undefined ? '(empty)' : `"${slot.value}"${ids.length ? ` -> ${ids.join('|')}` : slot.resolution ? ' (no match)' : ''}`}`,
      );
    }
  }
  if (spec.stored) failures.push(...subsetMismatches(stored ?? {}, spec.stored, 'stored').map((m) => `stored context: ${m}`));
  if (spec.attributes) {
    failures.push(...subsetMismatches(turn.sessionAttributes ?? {}, spec.attributes, 'attributes').map((m) => `session attributes: ${m}`));
  }
  return failures;
}
