import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { SlotValues } from '../../tools/envelopes';
import { checkSsml } from '../../tools/ssmlCheck';
import type { SkillLike } from './alexaSession';
import type { Route } from './invocation';
import type { NluResult, SlotResult } from './nlu';
import { plainSpeech, renderSsml, ssmlOf } from './render';

export type SessionEndReason = 'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS';

export interface Speech {
  ssml: string;
  /** Readable: clips named, other voices and breaks marked. */
  text: string;
  /** What a listener hears, without markers. */
  plain: string;
}

/** One request the turn sent and what came back. */
export interface Exchange {
  request: RequestEnvelope;
  response?: ResponseEnvelope;
  error?: string;
}

export interface TurnResult {
  index: number;
  utterance: string;
  locale: string;
  route: Route;
  nlu?: NluResult;
  /** LaunchRequest, IntentRequest or SessionEndedRequest; undefined when nothing was sent. */
  requestType?: string;
  /** A request said without the skill's name: what the skill answered Alexa's CanFulfillIntentRequest. */
  canFulfill?: { intent: string; answer: string };
  /** The intent sent (IntentRequest only). */
  intent?: string;
  /** The main request and response. */
  request?: RequestEnvelope;
  response?: ResponseEnvelope;
  /** Every request this turn sent, in order (e.g. a SessionEndedRequest after an error). */
  exchanges: Exchange[];
  timestamp?: string;
  /** The request opened a new session. */
  newSession: boolean;
  sessionId?: string;
  /** A session is open after the turn (the microphone is open, waiting for the user). */
  sessionOpen: boolean;
  /** How the session ended in this turn, if it did. */
  sessionEnded?: { by: 'skill' | 'silence' | 'user' | 'error'; reason?: SessionEndReason };
  speech?: Speech;
  reprompt?: Speech;
  /** For silence: the reprompt Alexa played before giving up. */
  repromptPlayed?: Speech;
  card?: { type?: string; title?: string; text?: string; content?: string };
  sessionAttributes?: Record<string, unknown>;
  /** Platform rules the SSML breaks (tools/ssmlCheck). */
  ssmlProblems: string[];
  error?: string;
  notes: string[];
}

/** Sends one request of a turn and records it; a skill that throws is recorded as the exchange's error. */
export async function exchangeWith(skill: SkillLike, turn: TurnResult, request: RequestEnvelope): Promise<Exchange> {
  const exchange: Exchange = { request };
  turn.exchanges.push(exchange);
  try {
    exchange.response = await skill.invoke(request);
  } catch (error) {
    exchange.error = error instanceof Error ? error.message : String(error);
  }
  return exchange;
}

function speechOf(ssml: string | undefined): Speech | undefined {
  if (!ssml) return undefined;
  return { ssml, text: renderSsml(ssml), plain: plainSpeech(ssml) };
}

type OutputSpeech = { type?: string; ssml?: string; text?: string } | undefined;

/** What a turn shows of a response: speech and reprompt (readable and plain), card, attributes, SSML problems. */
export function readResponse(turn: TurnResult, response: ResponseEnvelope, locale: string): void {
  const body = response.response ?? {};
  turn.speech = speechOf(ssmlOf(body.outputSpeech as OutputSpeech));
  turn.reprompt = speechOf(ssmlOf(body.reprompt?.outputSpeech as OutputSpeech));
  turn.card = body.card as TurnResult['card'];
  turn.sessionAttributes = response.sessionAttributes as Record<string, unknown> | undefined;
  for (const [label, speech] of [
    ['speech', turn.speech],
    ['reprompt', turn.reprompt],
  ] as const) {
    if (speech) for (const problem of checkSsml(speech.ssml, locale)) turn.ssmlProblems.push(`${label}: ${problem}`);
  }
}

/** Slot values for tools/envelopes.ts from an NLU result: every slot of the intent, with entity resolution. */
export function slotValuesOf(slots: Record<string, SlotResult>): SlotValues {
  const values: SlotValues = {};
  for (const slot of Object.values(slots)) {
    if (slot.value === undefined) {
      values[slot.name] = { value: '', unfilled: true };
      continue;
    }
    const resolution = slot.resolution;
    if (!resolution) {
      values[slot.name] = { value: slot.value };
    } else if (resolution.status === 'ER_SUCCESS_NO_MATCH') {
      values[slot.name] = { value: slot.value, resolvedId: null, slotType: slot.type };
    } else {
      const [first, ...more] = resolution.values;
      values[slot.name] = {
        value: slot.value,
        resolvedId: first!.id,
        resolvedName: first!.name,
        moreResolved: more.map((v) => ({ id: v.id, name: v.name })),
        slotType: slot.type,
      };
    }
  }
  return values;
}
