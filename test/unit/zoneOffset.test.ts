import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { offsetByIntl, zoneOffsetMinutes } from '../../lambda/domain/zoneOffset';

const ROOT = path.resolve(__dirname, '..', '..');

describe('zone offsets', () => {
  test('in a real process the TZ switch agrees with Intl all year, and leaves TZ as it found it', () => {
    const run = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(__dirname, 'fixtures', 'zoneOffsetProbe.ts')], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'America/Chicago' },
      timeout: 20_000,
    });
    expect(run.status).toBe(0);
    const probe = JSON.parse(run.stdout.trim().split('\n').pop()!);
    expect(probe.switchWorks).toBe(true);
    expect(probe.compared).toBeGreaterThan(20_000);
    expect(probe.mismatches).toEqual([]);
    // The same verdict as Intl for every name, odd ones included.
    expect(probe.validity).toEqual(probe.intlValidity);
    expect(probe.validity['Europe/Berlin']).toBe(true);
    expect(probe.validity['Not/AZone']).toBe(false);
    expect(probe.tzAfter).toBe('America/Chicago');
  });

  test('where process.env is a copy (as in jest) the offsets come from Intl', () => {
    const t = Date.parse('2026-07-01T12:00:00Z');
    expect(zoneOffsetMinutes('Europe/Berlin', t)).toBe(120);
    expect(zoneOffsetMinutes('America/St_Johns', t)).toBe(-150);
    expect(offsetByIntl('Asia/Kathmandu', t)).toBe(345);
  });
});
