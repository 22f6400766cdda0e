/**
 * Nothing private in logs (issue 10, finding 7). test/support/logScan.ts scans every log line of every
 * test file; this file checks that the scan itself works and drives the paths that log the most
 * (conflicts given up, store faults, unreadable items, error answers, skill events) with recognisable
 * ids, so a leak on any of them fails here first.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { logger } from '../../lambda/observability/logger';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { RevisionConflictError } from '../../lambda/persistence/port';
import { sessionEndedRequest, skillDisabledEvent } from '../../tools/envelopes';
import { ForwardingStore } from '../listenerMemory/support/stores';
import { Dialog, T0 } from '../support/driver';

interface Scan {
  lines: number;
  learned: Set<string>;
  leaks: { line: string; value: string }[];
}
const scan = (globalThis as { __logScan?: Scan }).__logScan!;

const USER = 'privacy-user-7f3a9c';
const DEVICE = 'amzn1.ask.device.PRIVACY-DEVICE';

/** Every save is a conflict: the repository merges, retries and finally gives up and logs it. */
class AlwaysConflicting extends ForwardingStore {
  override async saveAttributes(): Promise<void> {
    throw new RevisionConflictError();
  }
}

/** Every call fails with an error whose message names the user (as some SDK errors name keys). */
class FailingWithKey extends ForwardingStore {
  override async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    throw new Error(`no item for ${envelope.context.System.user.userId}`);
  }
}

function linesSince(start: number): number {
  return scan.lines - start;
}

describe('the log scan', () => {
  test('is installed, learns the ids of envelopes and catches a planted leak', async () => {
    expect(scan).toBeDefined();
    const before = scan.lines;
    await new Dialog({ userId: USER }).launch({ deviceId: DEVICE });
    expect(scan.learned.has(USER)).toBe(true);
    expect(scan.learned.has(DEVICE)).toBe(true);
    expect(linesSince(before)).toBeGreaterThan(0); // the request line

    // outside a request nothing is redacted but Alexa-shaped ids: a planted raw id is caught
    logger.resetKeys();
    logger.error('planted', { user: USER });
    expect(scan.leaks.map((leak) => leak.value)).toContain(USER);
    scan.leaks.length = 0;
  });

  test("during a request the logger redacts that request's ids, and Alexa-shaped ids always", async () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      logger.beginRequest({ context: { System: { user: { userId: USER }, device: { deviceId: 'device-1234567' } } } });
      logger.error(`failed for ${USER}`, { error: { message: `key device-1234567 and amzn1.ask.account.OTHER` } });
    } finally {
      spy.mockRestore();
      logger.resetKeys();
    }
    const line = written.join('');
    expect(line).toContain('failed for [redacted]');
    expect(line).toContain('key [redacted] and [redacted]');
    expect(line).not.toMatch(/privacy-user|device-1234567|OTHER/);
  });
});

describe('paths that log say nothing private', () => {
  afterEach(() => expect(scan.leaks).toEqual([]));

  test('a write given up after conflicts', async () => {
    const before = scan.lines;
    const dialog = new Dialog({ store: new AlwaysConflicting(new MemoryUserStore()), userId: USER });
    await dialog.launch({ deviceId: DEVICE });
    await dialog.intent('GetTipIntent');
    expect(linesSince(before)).toBeGreaterThan(2);
  });

  test('a store whose errors name the user', async () => {
    const before = scan.lines;
    await new Dialog({ store: new FailingWithKey(new MemoryUserStore()), userId: USER }).launch({ deviceId: DEVICE });
    expect(linesSince(before)).toBeGreaterThan(1);
  });

  test('an unreadable stored item, a session ended by an error, a skill disabled', async () => {
    const memory = new MemoryUserStore();
    memory.items.set(USER, 'garbage' as unknown as Record<string, unknown>);
    const dialog = new Dialog({ store: memory, userId: USER });
    const before = scan.lines;
    await dialog.launch({ deviceId: DEVICE });
    await dialog.send(sessionEndedRequest('ERROR', { userId: USER, deviceId: DEVICE, timestamp: T0 }));
    await dialog.send(skillDisabledEvent('NOT_PERSISTED', { userId: USER, deviceId: DEVICE, timestamp: T0 }));
    expect(linesSince(before)).toBeGreaterThan(4);
  });
});
