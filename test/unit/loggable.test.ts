import { errorSummary } from '../../lambda/observability/errorSummary';
import { loggable } from '../../lambda/observability/loggable';

describe('loggable: request-supplied values as a log line may carry them', () => {
  test('short strings pass unchanged; undefined stays absent', () => {
    expect(loggable('en-US')).toBe('en-US');
    expect(loggable('')).toBe('');
    expect(loggable(undefined)).toBeUndefined();
  });

  test('a string over 64 characters is cut and says how long it was', () => {
    const long = 'a'.repeat(64) + 'b'.repeat(10_000);
    expect(loggable('a'.repeat(64))).toBe('a'.repeat(64));
    expect(loggable(long)).toBe(`${'a'.repeat(64)}…(10064 chars)`);
  });

  test('non-strings are named by their type, never serialised', () => {
    expect(loggable(42)).toBe('<number>');
    expect(loggable(null)).toBe('<null>');
    expect(loggable({ huge: 'x'.repeat(1000) })).toBe('<object>');
    expect(loggable(['en-US'])).toBe('<object>');
  });
});

describe('errorSummary', () => {
  test('keeps name and message, bounds a message that quotes a huge input at 300 characters', () => {
    expect(errorSummary(new TypeError('boom'))).toEqual({ name: 'TypeError', message: 'boom' });
    expect(errorSummary('plain')).toEqual({ name: 'Unknown', message: 'plain' });
    const summary = errorSummary(new Error(`Unexpected token in ${'y'.repeat(50_000)}`));
    expect(summary.message.length).toBeLessThan(330);
    expect(summary.message).toMatch(/…\(50020 chars\)$/);
  });
});
