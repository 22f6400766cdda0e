import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { upgrade } from '../../lambda/domain/userContext';
import { isForAnotherSkill } from '../../lambda/lastResort';
import { toSupportedLocale } from '../../lambda/locale';
import type { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { seededRandom } from '../seededRandom';
import { FUZZ_USERS, type Seed, seedEnvelopes } from './corpus';
import { mutate } from './mutate';
import { judgeAnswer, type OutcomeClass } from './outcome';

export type Handler = (event: RequestEnvelope, context: unknown) => Promise<ResponseEnvelope>;

export interface FuzzFailure {
  index: number;
  seed: string;
  applied: string[];
  problems: string[];
}

export interface FuzzReport {
  count: number;
  outcomes: Record<OutcomeClass, number>;
  failures: FuzzFailure[];
  /** How many cases each mutation took part in. */
  mutations: Record<string, number>;
  ms: number;
}

/** What a listener has before the fuzz case: it must still be there after (or be deleted only when they asked). */
function storedContext(userId: string) {
  return {
    schemaVersion: 2,
    revision: 12,
    visits: 40,
    firstVisitDate: '2026-01-02',
    lastVisitDate: '2026-05-13',
    series: { postmortems: { next: 3, cycle: 1, at: 1_700_000_000_000 } },
    quiz: { lastAnsweredDate: '2026-05-13', lastCorrect: true, streak: 9, answered: 30, correct: 21 },
    phrasings: {},
    user: userId.slice(-4),
  };
}

/**
 * A mutation that left the session's copy of the user context well-formed but with other values (a
 * count of 0 where it was 40, a field deleted that may be absent). The skill trusts the shape-checked
 * session state as its own (Alexa returns it unchanged), so such a copy may be saved: for those cases
 * only "still there and readable" is checked.
 */
function editsUserCopy(applied: string): boolean {
  return /\.session\.attributes\.(user|storedBase)\b|session (user|storedBase) =/.test(applied);
}

function lostData(store: MemoryUserStore, userId: string, envelope: unknown, trustedEdit: boolean): string | undefined {
  const stored = store.items.get(userId);
  const request = (envelope as { request?: { type?: unknown; body?: { userInformationPersistenceStatus?: unknown } } })?.request;
  const sameUser = (envelope as { context?: { System?: { user?: { userId?: unknown } } } })?.context?.System?.user?.userId === userId;
  const deletionAsked =
    sameUser && request?.type === 'AlexaSkillEvent.SkillDisabled' && request.body?.userInformationPersistenceStatus === 'NOT_PERSISTED';
  if (!stored) return deletionAsked ? undefined : 'stored context deleted';
  let context: ReturnType<typeof upgrade>;
  try {
    context = upgrade(stored);
  } catch {
    return 'stored context unreadable';
  }
  const before = storedContext(userId);
  if (trustedEdit) return undefined;
  if (context.visits < before.visits) return `visits ${before.visits} → ${context.visits}`;
  if (context.quiz.answered < before.quiz.answered) return `quiz answers ${before.quiz.answered} → ${context.quiz.answered}`;
  if (context.firstVisitDate !== before.firstVisitDate) return `first visit ${before.firstVisitDate} → ${context.firstVisitDate}`;
  return undefined;
}

/**
 * Session attributes the skill itself wrote, per seed: in-session seeds carry what a launch answered,
 * so mutations start from realistic state (last answer, pending offer, user copy, heard list).
 */
async function withRealSessions(handler: Handler, seeds: Seed[]): Promise<Seed[]> {
  const withSession: Seed[] = [];
  for (const seed of seeds) {
    if (!seed.inSession) {
      withSession.push(seed);
      continue;
    }
    const launch = structuredClone(seed.envelope) as unknown as { request: Record<string, unknown>; session: Record<string, unknown> };
    launch.request = { ...launch.request, type: 'LaunchRequest' };
    delete launch.request.intent;
    delete launch.request.reason;
    launch.session = { ...launch.session, new: true, attributes: {} };
    const answer = await handler(launch as unknown as RequestEnvelope, {});
    const envelope = structuredClone(seed.envelope) as unknown as { session: Record<string, unknown> };
    envelope.session.attributes = answer.sessionAttributes ?? {};
    withSession.push({ ...seed, envelope: envelope as unknown as RequestEnvelope });
  }
  return withSession;
}

/**
 * Runs `count` mutated envelopes through the handler, one at a time, checking each answer: no
 * rejection but for another skill's request, a response envelope, valid SSML under 8,000 characters,
 * under 24 KB, and the user's stored context still there.
 */
export async function runFuzz(handler: Handler, store: MemoryUserStore, options: { count: number; seed: number }): Promise<FuzzReport> {
  const started = performance.now();
  const random = seededRandom(options.seed);
  const reseed = () => {
    for (const userId of FUZZ_USERS) if (!store.items.has(userId)) store.items.set(userId, storedContext(userId));
  };
  reseed();
  const seeds = await withRealSessions(handler, seedEnvelopes());
  const report: FuzzReport = { count: 0, outcomes: { handled: 0, spokenError: 0, rejected: 0 }, failures: [], mutations: {}, ms: 0 };
  for (let index = 0; index < options.count; index++) {
    const seed = seeds[Math.floor(random() * seeds.length)]!;
    reseed();
    const { envelope, applied } = mutate(current(seed, store, random), random);
    for (const line of applied) {
      const name = line.slice(0, line.indexOf(':'));
      report.mutations[name] = (report.mutations[name] ?? 0) + 1;
    }
    const problems: string[] = [];
    let outcome: OutcomeClass = 'handled';
    try {
      const response = await handler(envelope as RequestEnvelope, {});
      const locale = (envelope as { request?: { locale?: unknown } })?.request?.locale;
      const judged = judgeAnswer(response, toSupportedLocale(typeof locale === 'string' ? locale : undefined));
      problems.push(...judged.problems);
      outcome = judged.outcome;
    } catch (error) {
      outcome = 'rejected';
      if (!isForAnotherSkill(envelope, seedSkillId(seed))) problems.push(`rejected: ${(error as Error)?.message ?? String(error)}`);
    }
    const lost = lostData(store, seed.userId, envelope, applied.some(editsUserCopy));
    if (lost) problems.push(`lost user data: ${lost}`);
    report.count += 1;
    report.outcomes[outcome] += 1;
    if (problems.length > 0) {
      const name = `${(seed.envelope.request as { type: string }).type} ${seed.envelope.request.locale}${seed.inSession ? ' in session' : ''}`;
      report.failures.push({ index, seed: name, applied, problems });
    }
  }
  report.ms = Math.round(performance.now() - started);
  return report;
}

/**
 * Most in-session seeds carry the user copy a session would hold now (read from the store at its
 * current revision), so saves land directly; the rest keep their older copy, which conflicts and merges.
 */
function current(seed: Seed, store: MemoryUserStore, random: () => number): Seed['envelope'] {
  const attributes = seed.envelope.session?.attributes;
  if (!seed.inSession || !attributes || random() < 0.2) return seed.envelope;
  const envelope = { ...seed.envelope, session: { ...seed.envelope.session!, attributes: { ...attributes } } };
  envelope.session.attributes.user = upgrade(store.items.get(seed.userId));
  delete envelope.session.attributes.storedBase;
  delete envelope.session.attributes.readOnly;
  return envelope;
}

function seedSkillId(seed: Seed): string {
  return seed.envelope.context.System.application.applicationId;
}
