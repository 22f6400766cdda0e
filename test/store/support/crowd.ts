import type { TopicId } from '../../../lambda/content/types';
import type { UserStore } from '../../../lambda/persistence/port';
import type { DynamoFixture } from '../../listenerMemory/support/dynamo';
import { en, topicSlot } from '../../listenerMemory/support/scenario';
import { Dialog, type Reply, T0 } from '../../support/driver';

const TOPICS: TopicId[] = ['postmortems', 'metrics', 'continuous-delivery', 'containers', 'voice-design', 'batch-computing'];

export interface CrowdResult {
  /** Sessions that ended with changes the store did not take (their last write ran out of budget). */
  endedPending: number;
  sessions: number;
  /** Visits the sessions made that the stored item does not count. */
  lostVisits: number;
  /** Topics whose stored cursor is behind the furthest one a session reached. */
  cursorsBack: number;
  /** Turns that got speech (every one should). */
  answered: number;
}

/** The series index a reply served (its card), or -1. */
function indexServed(reply: Reply, topic: TopicId): number {
  return en.series(topic).findIndex((item) => item.card === reply.card?.text);
}

/**
 * `sessions` sessions of one listener open at the same instant, each on its own skill and its own
 * DynamoDB client (separate Lambda containers), each taking turns back to back: launch, a tip of its
 * topic, next, next, stop. Returns what the stored item lost.
 */
export async function crowd(
  dynamo: DynamoFixture,
  userId: string,
  sessions: number,
  wrap: (store: UserStore) => UserStore = (store) => store,
): Promise<CrowdResult> {
  // a returning listener: a visit a day earlier is stored
  await new Dialog({ store: dynamo.store(), userId, at: new Date(T0.getTime() - 86_400_000) }).oneShot('GetFortuneIntent');
  const before = ((await dynamo.rawItem(userId))?.attributes as { visits?: number } | undefined)?.visits ?? 0;
  const dialogs = Array.from(
    { length: sessions },
    // A generous answer budget: this scenario tests the merge (nothing lost, no cursor back), not how
    // fast a loaded 2-core machine gets 20 sessions through their retries; the budget itself is tested in
    // slowStore.test.ts, and a session whose budget ran out keeps its changes only until it ends.
    (_, i) =>
      new Dialog({
        store: wrap(dynamo.store()),
        userId,
        at: new Date(T0.getTime() + i),
        seed: i + 1,
        skillOptions: { answerBudgetMs: 30_000 },
      }),
  );
  const reached = new Map<TopicId, number>();
  let answered = 0;
  let endedPending = 0;
  await Promise.all(
    dialogs.map(async (dialog, i) => {
      const topic = TOPICS[i % TOPICS.length]!;
      const replies = [await dialog.launch(), await dialog.intent('GetTipIntent', topicSlot(topic))];
      replies.push(await dialog.intent('AMAZON.NextIntent'), await dialog.intent('AMAZON.NextIntent'));
      replies.push(await dialog.intent('AMAZON.StopIntent'));
      if ((replies[4]!.sessionAttributes as { storedBase?: unknown } | undefined)?.storedBase) endedPending += 1;
      answered += replies.filter((reply) => reply.text.length > 0).length;
      // the launch's fortune or tip of the day may come from any series: only the walk counts
      const furthest = Math.max(...replies.slice(1, 4).map((reply) => indexServed(reply, topic)));
      reached.set(topic, Math.max(reached.get(topic) ?? -1, furthest + 1));
    }),
  );
  const item = await dynamo.rawItem(userId);
  const stored = (item?.attributes ?? {}) as { visits?: number; series?: Record<string, { next: number }> };
  let cursorsBack = 0;
  for (const [topic, next] of reached) if ((stored.series?.[topic]?.next ?? 0) < next) cursorsBack += 1;
  return { endedPending, sessions, lostVisits: before + sessions - (stored.visits ?? 0), cursorsBack, answered };
}
