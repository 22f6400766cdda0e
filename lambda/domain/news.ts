import type { TopicId } from '../content/types';
import type { LocalDay } from './calendar';
import { answeredToday, currentStreak } from './quiz';
import type { UserContext } from './userContext';

/** The one thing worth telling a returning listener, most motivating first. */
export type VisitNews = { kind: 'streak'; count: number } | { kind: 'series'; topic: TopicId } | { kind: 'newDay' } | { kind: 'none' };

export function newsSinceLastVisit(
  user: UserContext,
  previousVisitDate: string | undefined,
  day: LocalDay,
  seriesLength: (topic: TopicId) => number,
): VisitNews {
  const streak = currentStreak(user.quiz, day);
  if (streak >= 2 && !answeredToday(user.quiz, day)) return { kind: 'streak', count: streak };
  const topic = user.lastSeries?.topic;
  if (topic && topic !== 'fortunes') {
    const next = user.series[topic]?.next ?? 0;
    if (next > 0 && next < seriesLength(topic)) return { kind: 'series', topic };
  }
  if (previousVisitDate !== undefined && previousVisitDate < day.date) return { kind: 'newDay' };
  return { kind: 'none' };
}
