import type { RequestEnvelope } from 'ask-sdk-model';
import { logger } from '../../lambda/observability/logger';
import { backupKeyOf, type DynamoDbUserStore } from '../../lambda/persistence/dynamoDbStore';
import { RevisionConflictError } from '../../lambda/persistence/port';
import { launchRequest, skillDisabledEvent } from '../../tools/envelopes';
import { Dialog, T0 } from '../support/driver';
import { saysOneOf } from '../support/prompts';
import { DynamoFixture } from './support/dynamo';
import { daysAfter, en, servedItem, topicSlot } from './support/scenario';

let dynamo: DynamoFixture;
let store: DynamoDbUserStore;

beforeAll(async () => {
  dynamo = await DynamoFixture.start();
  store = dynamo.store();
});

afterAll(async () => {
  await dynamo?.close();
});

afterEach(() => jest.restoreAllMocks());

const envelopeFor = (userId: string): RequestEnvelope => launchRequest({ userId, timestamp: T0 });

describe('DynamoDbUserStore against the DynamoDB-compatible server', () => {
  test('an unknown user reads as empty', async () => {
    expect(await store.getAttributes(envelopeFor('adapter-nobody'))).toEqual({});
  });

  test('round trip: what is saved is read back, in the item shape {id, attributes, revision, updatedAt}', async () => {
    const envelope = envelopeFor('adapter-round-trip');
    const attributes = {
      schemaVersion: 1,
      revision: 1,
      visits: 3,
      lastHeard: { itemId: 'postmortems-blameless', at: 1_747_000_000_000 },
      series: { postmortems: { next: 4, cycle: 0, at: 1_747_000_000_000 } },
      quiz: { streak: 2, answered: 5, correct: 4, lastAnsweredDate: '2026-05-14', lastCorrect: true },
      notes: ['ü', 'ß', '<&>'],
    };
    await store.saveAttributes(envelope, attributes);
    expect(await store.getAttributes(envelope)).toEqual(attributes);
    const item = await dynamo.rawItem('adapter-round-trip');
    expect(item).toMatchObject({ id: 'adapter-round-trip', revision: 1, attributes });
    expect(Date.parse(String(item?.updatedAt))).not.toBeNaN();
  });

  test('undefined fields are dropped, not rejected', async () => {
    const envelope = envelopeFor('adapter-undefined');
    await store.saveAttributes(envelope, { schemaVersion: 1, revision: 1, lastHeard: undefined, visits: 1 });
    expect(await store.getAttributes(envelope)).toEqual({ schemaVersion: 1, revision: 1, visits: 1 });
  });

  test('writes are conditional on the revision: a stale write is a RevisionConflictError, the next revision succeeds', async () => {
    const envelope = envelopeFor('adapter-revision');
    await store.saveAttributes(envelope, { revision: 1, visits: 1 });
    await expect(store.saveAttributes(envelope, { revision: 1, visits: 99 })).rejects.toBeInstanceOf(RevisionConflictError);
    await expect(store.saveAttributes(envelope, { revision: 3, visits: 99 })).rejects.toBeInstanceOf(RevisionConflictError);
    await store.saveAttributes(envelope, { revision: 2, visits: 2 });
    expect(await store.getAttributes(envelope)).toEqual({ revision: 2, visits: 2 });
  });

  test('a write that expects a newer item than there is (revision 2 on nothing) is a conflict, not a blind create', async () => {
    await expect(store.saveAttributes(envelopeFor('adapter-missing'), { revision: 2 })).rejects.toBeInstanceOf(RevisionConflictError);
    expect(await dynamo.rawItem('adapter-missing')).toBeUndefined();
  });

  test('an item written before revisions existed (old adapter: {id, attributes}) counts as revision 0', async () => {
    await dynamo.putRaw({ id: 'adapter-legacy', attributes: { lastItemId: 'postmortems-blameless', visits: 4 } });
    const envelope = envelopeFor('adapter-legacy');
    expect(await store.getAttributes(envelope)).toEqual({ lastItemId: 'postmortems-blameless', visits: 4, revision: 0 });
    await store.saveAttributes(envelope, { schemaVersion: 1, revision: 1, visits: 5 });
    expect((await dynamo.rawItem('adapter-legacy'))?.revision).toBe(1);
  });

  test('backups of unreadable items accumulate in one item per user', async () => {
    const envelope = envelopeFor('adapter-backup');
    await store.backupAttributes(envelope, { schemaVersion: 99 }, 'unknown schema version 99');
    await store.backupAttributes(envelope, 'garbage', 'not an object');
    const backup = await dynamo.rawItem(backupKeyOf('adapter-backup'));
    expect(backup?.copies).toEqual([
      expect.objectContaining({ raw: JSON.stringify({ schemaVersion: 99 }), reason: 'unknown schema version 99' }),
      expect.objectContaining({ raw: JSON.stringify('garbage'), reason: 'not an object' }),
    ]);
  });

  test("delete removes the user's item and their backups, and nobody else's", async () => {
    const mine = envelopeFor('adapter-delete');
    await store.saveAttributes(mine, { revision: 1, visits: 1 });
    await store.backupAttributes(mine, { schemaVersion: 99 }, 'unknown schema version 99');
    await store.saveAttributes(envelopeFor('adapter-delete-other'), { revision: 1, visits: 1 });
    await store.deleteAttributes(mine);
    const ids = await dynamo.allIds();
    expect(ids.filter((id) => id.startsWith('adapter-delete'))).toEqual(['adapter-delete-other']);
    // deleting again is harmless
    await store.deleteAttributes(mine);
  });
});

describe('the skill on the DynamoDB-compatible server', () => {
  test('memory across sessions: a tip heard on Monday is replayed on Thursday, the series resumes', async () => {
    const dialog = new Dialog({ store: dynamo.store(), userId: 'skill-round-trip' });
    await dialog.launch();
    const tip = await dialog.intent('GetTipIntent', topicSlot('postmortems'));
    await dialog.intent('AMAZON.StopIntent');

    // a different skill instance (another Lambda container), the same table
    const later = new Dialog({ store: dynamo.store(), userId: 'skill-round-trip', at: daysAfter(T0, 3) });
    expect(servedItem(await later.oneShot('AMAZON.RepeatIntent')).id).toBe(servedItem(tip).id);
    expect(servedItem(await later.oneShot('ContinueIntent')).id).toBe(en.series('postmortems')[1]!.id);
    const stored = await dynamo.context('skill-round-trip');
    expect(stored).toMatchObject({ schemaVersion: 2, visits: 3, series: { postmortems: { next: 2 } } });
    expect((await dynamo.rawItem('skill-round-trip'))?.revision).toBe(stored.revision);
  });

  test('a v0 item is upgraded and written back as v1 with its data', async () => {
    const old = en.series('postmortems')[5]!;
    await dynamo.putRaw({ id: 'skill-v0', attributes: { lastItemId: old.id, visits: 4 } });
    const dialog = new Dialog({ store: dynamo.store(), userId: 'skill-v0' });
    expect(servedItem(await dialog.oneShot('AMAZON.RepeatIntent')).id).toBe(old.id);
    expect(await dynamo.context('skill-v0')).toMatchObject({ schemaVersion: 2, visits: 5, revision: 1, lastHeard: { itemId: old.id } });
    expect(await dynamo.rawItem(backupKeyOf('skill-v0'))).toBeUndefined();
  });

  test.each([
    ['a non-numeric schema version', { schemaVersion: 'two', revision: 7, visits: 3 }, 7],
    ['a string', 'not a context', undefined],
    ['a list', ['a', 'b'], undefined],
  ])('an unreadable item (%s) is logged and backed up before it is replaced', async (_, attributes, revision) => {
    const error = jest.spyOn(logger, 'error');
    const id = `skill-unreadable-${String(revision)}-${typeof attributes}-${Array.isArray(attributes)}`;
    await dynamo.putRaw({ id, attributes, ...(revision === undefined ? {} : { revision }) });
    const launch = await new Dialog({ store: dynamo.store(), userId: id }).launch();
    expect(launch.text.length).toBeGreaterThan(0);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/unreadable/), expect.anything());
    const backup = await dynamo.rawItem(backupKeyOf(id));
    expect(backup?.copies).toEqual([expect.objectContaining({ raw: JSON.stringify(attributes) })]);
    expect(await dynamo.context(id)).toMatchObject({ schemaVersion: 2, visits: 1 });
  });

  test('SkillDisabled with NOT_PERSISTED deletes the stored data (and backups); PERSISTED keeps it', async () => {
    const keep = new Dialog({ store: dynamo.store(), userId: 'skill-disable-keep' });
    const drop = new Dialog({ store: dynamo.store(), userId: 'skill-disable-drop' });
    await keep.oneShot('GetTipIntent', topicSlot('metrics'));
    await drop.oneShot('GetTipIntent', topicSlot('metrics'));
    await dynamo.store().backupAttributes(envelopeFor('skill-disable-drop'), 'old garbage', 'not an object');

    await keep.send(skillDisabledEvent('PERSISTED', { userId: 'skill-disable-keep', timestamp: T0 }));
    await drop.send(skillDisabledEvent('NOT_PERSISTED', { userId: 'skill-disable-drop', timestamp: T0 }));
    const ids = await dynamo.allIds();
    expect(ids).toContain('skill-disable-keep');
    expect(ids.filter((id) => id.startsWith('skill-disable-drop'))).toEqual([]);

    const again = await drop.setTime(daysAfter(T0, 1)).launch();
    expect(saysOneOf(again.text, 'en-US', 'welcome.first')).toBe(true);
  });
});
