import { DEFAULT_TIME_ZONE_TIMEOUT_MS, readConfig } from '../../lambda/config';
import { logger } from '../../lambda/observability/logger';

afterEach(() => {
  jest.restoreAllMocks();
});

describe('readConfig', () => {
  test('reads the skill id, the table and the time-zone bound', () => {
    expect(readConfig({ SKILL_ID: 'amzn1.ask.skill.x', TABLE_NAME: 'users', TIME_ZONE_TIMEOUT_MS: '250' })).toEqual({
      skillId: 'amzn1.ask.skill.x',
      tableName: 'users',
      timeZoneTimeoutMs: 250,
    });
  });

  test('empty or absent settings are the defaults, without a warning', () => {
    const warn = jest.spyOn(logger, 'warn').mockImplementation(() => undefined);
    expect(readConfig({ SKILL_ID: '', TABLE_NAME: '', TIME_ZONE_TIMEOUT_MS: '' })).toEqual({
      skillId: undefined,
      tableName: undefined,
      timeZoneTimeoutMs: DEFAULT_TIME_ZONE_TIMEOUT_MS,
    });
    expect(readConfig({}).timeZoneTimeoutMs).toBe(DEFAULT_TIME_ZONE_TIMEOUT_MS);
    expect(warn).not.toHaveBeenCalled();
  });

  test.each(['fast', '0', '-5', '1e3', '0x10', '12.5', 'Infinity'])('TIME_ZONE_TIMEOUT_MS=%j is logged and the default used', (raw) => {
    const warn = jest.spyOn(logger, 'warn').mockImplementation(() => undefined);
    expect(readConfig({ TIME_ZONE_TIMEOUT_MS: raw }).timeZoneTimeoutMs).toBe(DEFAULT_TIME_ZONE_TIMEOUT_MS);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('TIME_ZONE_TIMEOUT_MS'), expect.objectContaining({ value: raw }));
  });
});
