/**
 * Turns the page sends without words: an intent with slots (no NLU: what a developer would pick in the
 * console's JSON tab), or a raw request envelope pasted as JSON. Both are checked here; an envelope must
 * pass the same checks as POST / (local/security/alexaEndpoint.ts), so the page cannot point the skill's
 * API token anywhere the skill endpoint would not.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import type { SlotValues } from '../../tools/envelopes';
import { ALEXA_API_ENDPOINTS, envelopeProblem } from '../security/alexaEndpoint';
import { loopbackHosts } from '../security/loopbackGuards';
import type { ModelSource } from '../simulator/model';
import type { TurnResult } from '../simulator/session';
import { InputError } from './api';
import type { ConversationEntry } from './conversations';

export const MAX_SLOT_CHARS = 200;

export type DirectTurn =
  | { kind: 'intent'; name: string; slots: SlotValues; label: string }
  | { kind: 'envelope'; envelope: RequestEnvelope; label: string };

/** The intents of a locale's model with their slots, for the page's intent form. */
export function intentsOf(models: ModelSource, locale: string): { name: string; slots: { name: string; type: string }[] }[] {
  return models
    .model(locale)
    .intents.map((intent) => ({ name: intent.name, slots: (intent.slots ?? []).map((s) => ({ name: s.name, type: s.type })) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Entity resolution as Alexa does it for a typed value: the slot type's value or synonym, case aside. */
function resolve(
  models: ModelSource,
  locale: string,
  type: string,
  value: string,
): Pick<SlotValues[string], 'resolvedId' | 'resolvedName'> {
  const slotType = models.model(locale).types?.find((t) => t.name === type);
  if (!slotType) return {}; // a built-in type (AMAZON.NUMBER, …): no resolutions
  const wanted = value.trim().toLocaleLowerCase(locale);
  for (const entry of slotType.values) {
    const names = [entry.name.value, ...(entry.name.synonyms ?? [])].map((n) => n.toLocaleLowerCase(locale));
    if (names.includes(wanted)) return { resolvedId: entry.id ?? entry.name.value, resolvedName: entry.name.value };
  }
  return { resolvedId: null };
}

function readIntent(raw: unknown, models: ModelSource, locale: string): DirectTurn {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new InputError('intent must be { name, slots }', 'intent');
  const { name, slots } = raw as { name?: unknown; slots?: unknown };
  const intents = intentsOf(models, locale);
  const intent = intents.find((i) => i.name === name);
  if (!intent) {
    throw new InputError(
      `unknown intent ${JSON.stringify(String(name ?? '')).slice(0, 80)} for ${locale}: choose one of the model's intents`,
      'intent',
    );
  }
  if (slots !== undefined && slots !== null && (typeof slots !== 'object' || Array.isArray(slots))) {
    throw new InputError('intent slots must be an object of slot name to value', 'intent');
  }
  const given = (slots ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!intent.slots.some((s) => s.name === key)) {
      throw new InputError(
        `${intent.name} has no slot "${key.slice(0, 40)}" (its slots: ${intent.slots.map((s) => s.name).join(', ') || 'none'})`,
        'intent',
      );
    }
  }
  const values: SlotValues = {};
  const said: string[] = [];
  for (const slot of intent.slots) {
    const value = given[slot.name];
    if (value !== undefined && value !== null && typeof value !== 'string')
      throw new InputError(`slot ${slot.name} must be a string`, 'intent');
    if (typeof value === 'string' && value.length > MAX_SLOT_CHARS) {
      throw new InputError(`slot ${slot.name} is ${value.length} characters; at most ${MAX_SLOT_CHARS}`, 'intent');
    }
    const text = (value ?? '').trim();
    if (!text) {
      values[slot.name] = { value: '', unfilled: true };
      continue;
    }
    values[slot.name] = { value: text, slotType: slot.type, ...resolve(models, locale, slot.type, text) };
    said.push(`${slot.name}=${text}`);
  }
  return { kind: 'intent', name: intent.name, slots: values, label: `(intent ${intent.name}${said.length ? ` ${said.join(', ')}` : ''})` };
}

function readEnvelope(raw: unknown, serverPort: number | undefined): DirectTurn {
  const own = serverPort ? loopbackHosts(serverPort).map((host) => `http://${host}`) : [];
  const problem = envelopeProblem(raw, [...ALEXA_API_ENDPOINTS, ...own]);
  if (problem) throw new InputError(problem, 'envelope');
  const envelope = raw as RequestEnvelope;
  const request = envelope.request as { type: string; intent?: { name?: string } };
  const what = request.type === 'IntentRequest' && request.intent?.name ? `IntentRequest ${request.intent.name}` : request.type;
  return { kind: 'envelope', envelope, label: `(envelope ${String(what).slice(0, 80)})` };
}

/** The intent or envelope of a turn request, or undefined for a spoken (utterance) turn. */
export function readDirectTurn(
  body: Record<string, unknown>,
  models: ModelSource,
  locale: string,
  serverPort: number | undefined,
): DirectTurn | undefined {
  const hasIntent = body.intent !== undefined && body.intent !== null;
  const hasEnvelope = body.envelope !== undefined && body.envelope !== null;
  if (hasIntent && hasEnvelope) throw new InputError('send an intent or an envelope, not both', 'envelope');
  const hasWords = typeof body.utterance === 'string' && body.utterance !== '';
  if ((hasIntent || hasEnvelope) && hasWords) throw new InputError('send words, an intent or an envelope: one of them', 'utterance');
  if (hasIntent) return readIntent(body.intent, models, locale);
  if (hasEnvelope) return readEnvelope(body.envelope, serverPort);
  return undefined;
}

/** Sends it in the conversation (its open session, its clock and user for an intent; the envelope as it is). */
export function sendDirect(entry: ConversationEntry, direct: DirectTurn): Promise<TurnResult> {
  const conversation = entry.conversation;
  if (direct.kind === 'intent') {
    return conversation.intent(direct.name, direct.slots).then((turn) => {
      turn.utterance = direct.label;
      return turn;
    });
  }
  return conversation.sendEnvelope(direct.envelope, direct.label).then((turn) => {
    turn.notes.push('a raw envelope: sent as pasted (its user, device, session and timestamp), checked as POST / checks it');
    return turn;
  });
}
