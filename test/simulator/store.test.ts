import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SimClock } from '../../local/simulator/clock';
import { FileUserStore, openDialogStore } from '../../local/simulator/dialogStore';
import { buildLocalSkill, readStoredContext } from '../../local/simulator/localSkill';
import { Conversation } from '../../local/simulator/session';

async function twoVisits(store: import('../../lambda/persistence/port').UserStore) {
  for (const date of ['2026-05-14', '2026-05-15']) {
    const conversation = new Conversation({
      skill: buildLocalSkill({ store }),
      userId: 'amzn1.ask.account.store-test',
      clock: new SimClock({ stepMs: 1000 }),
      timeZone: 'America/Los_Angeles',
    });
    conversation.setDate(date);
    await conversation.say('ask fortune cookie for a docker tip');
  }
  return readStoredContext(store, 'amzn1.ask.account.store-test');
}

describe('the dialog store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dialog-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('when another run holds the local DynamoDB folder, a JSON file keeps the user context between runs', async () => {
    const holder = await openDialogStore({ dir });
    const opened = await openDialogStore({ dir });
    await holder.close();
    expect(holder.description).toMatch(/dynalite/);
    expect(opened.description).toMatch(/^file store /);
    expect(await twoVisits(opened.store)).toMatchObject({ visits: 2, series: { containers: { next: 2 } } });
    const again = new FileUserStore(join(dir, 'users.json'));
    expect(again.items.get('amzn1.ask.account.store-test')).toMatchObject({ visits: 2 });
    expect(JSON.parse(readFileSync(join(dir, 'users.json'), 'utf8')).items).toHaveProperty(['amzn1.ask.account.store-test']);
    await opened.close();
  });

  test('the DynamoDB-compatible local store keeps the context through DynamoDbUserStore', async () => {
    const opened = await openDialogStore({ dir });
    try {
      expect(opened.description).toMatch(/dynalite/);
      expect(await twoVisits(opened.store)).toMatchObject({ visits: 2, revision: 2, series: { containers: { next: 2 } } });
    } finally {
      await opened.close();
    }
  });
});
