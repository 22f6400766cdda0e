import type { IntentRequest } from 'ask-sdk-model';
import { TOPIC_IDS, type TopicId } from '../content/types';

export type SlotResolution =
  | { status: 'missing' }
  | { status: 'matched'; id: string; spoken: string }
  | { status: 'unmatched'; spoken: string };

/** Reads a custom slot through entity resolution: the id when Alexa matched a value or synonym. */
export function resolveSlot(request: IntentRequest, name: string): SlotResolution {
  const slot = request.intent?.slots?.[name];
  const spoken = typeof slot?.value === 'string' ? slot.value.trim() : '';
  if (!spoken) return { status: 'missing' };
  for (const authority of slot?.resolutions?.resolutionsPerAuthority ?? []) {
    const id = authority.status?.code === 'ER_SUCCESS_MATCH' ? authority.values?.[0]?.value?.id : undefined;
    if (id) return { status: 'matched', id, spoken };
  }
  return { status: 'unmatched', spoken };
}

export type TopicRequest = { kind: 'none' } | { kind: 'topic'; topic: TopicId } | { kind: 'unknown'; spoken: string };

export function requestedTopic(request: IntentRequest): TopicRequest {
  const resolution = resolveSlot(request, 'topic');
  if (resolution.status === 'missing') return { kind: 'none' };
  if (resolution.status === 'matched' && (TOPIC_IDS as readonly string[]).includes(resolution.id)) {
    return { kind: 'topic', topic: resolution.id as TopicId };
  }
  return { kind: 'unknown', spoken: resolution.spoken };
}
