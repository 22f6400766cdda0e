import { logger } from './observability/logger';

/** Configuration from the environment, read once. Documented in README ("Configuration"). */
export interface SkillConfig {
  /** When set, requests for any other skill id are rejected. */
  skillId?: string;
  /** DynamoDB table for user context; without it the skill keeps no memory across sessions. */
  tableName?: string;
  /** Hard bound on the time-zone lookup. */
  timeZoneTimeoutMs: number;
}

export const DEFAULT_TIME_ZONE_TIMEOUT_MS = 400;

export function readConfig(env: NodeJS.ProcessEnv = process.env): SkillConfig {
  return {
    skillId: env.SKILL_ID || undefined,
    tableName: env.TABLE_NAME || undefined,
    timeZoneTimeoutMs: timeZoneTimeout(env.TIME_ZONE_TIMEOUT_MS),
  };
}

/** Whole milliseconds above 0; anything else is logged (once, when the container starts) and the default used. */
function timeZoneTimeout(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_TIME_ZONE_TIMEOUT_MS;
  const value = Number(raw);
  if (/^\d+$/.test(raw.trim()) && value > 0) return value;
  logger.warn('TIME_ZONE_TIMEOUT_MS is not a number of milliseconds above 0; using the default', {
    value: raw.slice(0, 40),
    default: DEFAULT_TIME_ZONE_TIMEOUT_MS,
  });
  return DEFAULT_TIME_ZONE_TIMEOUT_MS;
}
