/** Configuration from the environment, read once. Documented in README ("Configuration"). */
export interface SkillConfig {
  /** When set, requests for any other skill id are rejected. */
  skillId?: string;
  /** DynamoDB table for user context; without it the skill keeps no memory across sessions. */
  tableName?: string;
  /** Hard bound on the time-zone lookup. */
  timeZoneTimeoutMs: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): SkillConfig {
  const timeout = Number(env.TIME_ZONE_TIMEOUT_MS ?? 400);
  return {
    skillId: env.SKILL_ID || undefined,
    tableName: env.TABLE_NAME || undefined,
    timeZoneTimeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 400,
  };
}
