import { resolveTimeZone } from '../../lambda/domain/timeZone';

describe('resolveTimeZone', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  test('a lookup that answers within the bound gives its zone and no fault', async () => {
    const result = await resolveTimeZone(async () => 'Asia/Kolkata', 400);
    expect(result).toEqual({ timeZone: 'Asia/Kolkata' });
    expect(result.fault).toBeUndefined();
  });

  test('a lookup that has answered already (cached, in-process) sets no timer; a pending one does', async () => {
    const setTimer = jest.spyOn(global, 'setTimeout');
    try {
      await expect(resolveTimeZone(async () => 'Asia/Kolkata', 400)).resolves.toEqual({ timeZone: 'Asia/Kolkata' });
      await expect(resolveTimeZone(() => Promise.resolve('Europe/Berlin'), 400)).resolves.toEqual({ timeZone: 'Europe/Berlin' });
      await expect(resolveTimeZone(async () => 'Mars/Base', 400)).resolves.toEqual({ timeZone: 'UTC', fault: 'invalid' });
      expect(setTimer).not.toHaveBeenCalled();
      await resolveTimeZone(() => new Promise((resolve) => setImmediate(() => resolve('Europe/Berlin'))), 400);
      expect(setTimer).toHaveBeenCalledTimes(1);
    } finally {
      setTimer.mockRestore();
    }
  });

  test('a lookup that answers after a short delay, still within the bound, is used', async () => {
    jest.useFakeTimers();
    const pending = resolveTimeZone(() => new Promise((resolve) => setTimeout(() => resolve('Europe/Berlin'), 100)), 400);
    await jest.advanceTimersByTimeAsync(100);
    await expect(pending).resolves.toEqual({ timeZone: 'Europe/Berlin' });
  });

  test('a slow lookup (fake timers) falls back to UTC with fault "timeout" exactly at the bound', async () => {
    jest.useFakeTimers();
    let settled = false;
    const pending = resolveTimeZone(() => new Promise((resolve) => setTimeout(() => resolve('Europe/Berlin'), 10_000)), 400);
    void pending.then(() => {
      settled = true;
    });
    await jest.advanceTimersByTimeAsync(399);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
    await expect(pending).resolves.toEqual({ timeZone: 'UTC', fault: 'timeout' });
    // The late answer changes nothing.
    await jest.advanceTimersByTimeAsync(10_000);
    await expect(pending).resolves.toEqual({ timeZone: 'UTC', fault: 'timeout' });
  });

  test('a real 500 ms lookup with a 50 ms bound returns UTC within the bound', async () => {
    let lateTimer: NodeJS.Timeout | undefined;
    const started = performance.now();
    const result = await resolveTimeZone(
      () =>
        new Promise((resolve) => {
          lateTimer = setTimeout(() => resolve('Europe/Berlin'), 500);
        }),
      50,
    );
    const elapsed = performance.now() - started;
    clearTimeout(lateTimer);
    expect(result).toEqual({ timeZone: 'UTC', fault: 'timeout' });
    expect(elapsed).toBeGreaterThanOrEqual(45);
    expect(elapsed).toBeLessThan(250);
  });

  test('a lookup that never settles still returns at the bound', async () => {
    jest.useFakeTimers();
    const pending = resolveTimeZone(() => new Promise<string>(() => undefined), 50);
    await jest.advanceTimersByTimeAsync(50);
    await expect(pending).resolves.toEqual({ timeZone: 'UTC', fault: 'timeout' });
  });

  test('a rejected lookup falls back to UTC with fault "error"', async () => {
    await expect(resolveTimeZone(() => Promise.reject(new Error('403 Forbidden')), 400)).resolves.toEqual({
      timeZone: 'UTC',
      fault: 'error',
    });
  });

  test('a lookup that throws before returning a promise falls back to UTC with fault "error"', async () => {
    const throwing = (): Promise<string> => {
      throw new Error('no service client');
    };
    await expect(resolveTimeZone(throwing, 400)).resolves.toEqual({ timeZone: 'UTC', fault: 'error' });
  });

  test.each([['Not/AZone'], [''], [undefined], ['Europe/Berlin\u0000']])(
    'an invalid answer %j falls back to UTC with fault "invalid"',
    async (zone) => {
      await expect(resolveTimeZone(async () => zone, 400)).resolves.toEqual({ timeZone: 'UTC', fault: 'invalid' });
    },
  );

  test('no timer is left behind after a quick answer', async () => {
    jest.useFakeTimers();
    await resolveTimeZone(async () => 'UTC', 400);
    expect(jest.getTimerCount()).toBe(0);
  });
});
