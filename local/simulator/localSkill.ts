import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { UserStore } from '../../lambda/persistence/port';
import { buildSkill, type SkillOptions } from '../../lambda/skill';
import { launchRequest } from '../../tools/envelopes';

export interface LocalSkillOptions extends Partial<SkillOptions> {
  /** What the injected time-zone lookup answers (the Settings API is not called offline); a function is asked on every lookup. */
  timeZone?: string | (() => string);
}

/**
 * The skill in-process, with the Settings API replaced by a fixed (or changing) time zone: the one way the
 * simulator, the web simulator and the tests build it. A `timeZoneLookup` in the options wins over `timeZone`.
 */
export function buildLocalSkill(options: LocalSkillOptions = {}): Skill {
  const { timeZone = 'America/Los_Angeles', ...rest } = options;
  return buildSkill({
    timeZoneLookup: async () => (typeof timeZone === 'function' ? timeZone() : timeZone),
    ...rest,
  });
}

export { seededRandom } from '../../tools/seededRandom';

/** What the store holds for a user (the stored user context), read through the UserStore port. */
export async function readStoredContext(store: UserStore, userId: string): Promise<Record<string, unknown>> {
  return store.getAttributes(launchRequest({ userId }) as RequestEnvelope);
}
