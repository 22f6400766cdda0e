import type { TestLocale } from './prompts';

/** How each test locale speaks three topic words that the tip intent's slot must resolve. */
export const SPOKEN_TOPIC: Record<TestLocale, Record<string, string>> = {
  'en-US': { postmortems: 'postmortems', metrics: 'metrics', containers: 'containers' },
  'en-GB': { postmortems: 'postmortems', metrics: 'metrics', containers: 'containers' },
  'de-DE': { postmortems: 'Postmortems', metrics: 'Metriken', containers: 'Container' },
  'en-AU': { postmortems: 'postmortems', metrics: 'metrics', containers: 'containers' },
  'en-CA': { postmortems: 'postmortems', metrics: 'metrics', containers: 'containers' },
  'en-IN': { postmortems: 'postmortems', metrics: 'metrics', containers: 'containers' },
};
