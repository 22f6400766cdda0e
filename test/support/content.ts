import type { Catalog } from '../../lambda/content/catalog';
import type { ContentItem, TopicId } from '../../lambda/content/types';
import type { LocalDay } from '../../lambda/domain/calendar';
import { itemOfTheDay } from '../../lambda/domain/rotation';
import type { SlotValues } from '../../tools/envelopes';

/** A TopicType slot as Alexa fills it when entity resolution matched `id`. */
export function topicSlot(id: TopicId, spoken: string = id): SlotValues {
  return { topic: { value: spoken, resolvedId: id, slotType: 'TopicType' } };
}

/** A TopicType slot Alexa heard but could not resolve (ER_SUCCESS_NO_MATCH). */
export function unmatchedTopicSlot(spoken: string): SlotValues {
  return { topic: { value: spoken, resolvedId: null, slotType: 'TopicType' } };
}

export function fortuneOfTheDay(catalog: Catalog, day: LocalDay): ContentItem {
  return itemOfTheDay(catalog.fortunes, day.dayNumber, 'fortune');
}

export function tipOfTheDay(catalog: Catalog, day: LocalDay): ContentItem {
  return itemOfTheDay(catalog.tips, day.dayNumber, 'tip');
}

/** The item the skill offers after `item`: its first related id that exists and is not itself. */
export function relatedOf(catalog: Catalog, item: ContentItem): ContentItem | undefined {
  return item.related.map((id) => catalog.item(id)).find((c): c is ContentItem => c !== undefined && c.id !== item.id);
}
