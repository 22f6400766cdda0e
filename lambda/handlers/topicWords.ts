import { TOPIC_IDS, type TopicId } from '../content/types';
import { normaliseSpoken as normalise } from '../domain/spokenText';
import type { Turn } from '../turn';
import { topicForms } from './nextStep';

/**
 * The topic some stray words name ("postmortems" said while no question waits), matched against the
 * topic's own names in the locale (every grammatical form, with or without a plural s). Tips only:
 * fortunes are not a topic a stray word asks for.
 */
export function topicNamed(turn: Turn, candidates: readonly (string | undefined)[]): TopicId | undefined {
  const said = candidates.filter((text): text is string => text !== undefined).map(normalise);
  if (said.length === 0) return undefined;
  for (const topic of TOPIC_IDS) {
    if (topic === 'fortunes') continue;
    const names = Object.values(topicForms(turn, topic)).map(normalise);
    const words = names
      .flatMap((name) => [name, name.replace(/s$/, ''), name.split(' ').slice(1).join(' ')])
      .filter((name) => name.length > 2);
    if (said.some((text) => text === topic.replace(/-/g, ' ') || words.includes(text) || words.includes(text.replace(/s$/, ''))))
      return topic;
  }
  return undefined;
}
