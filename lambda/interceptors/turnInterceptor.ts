import { getRequestType, type HandlerInput, type RequestInterceptor } from 'ask-sdk-core';
import { localDay } from '../domain/calendar';
import { resolveTimeZone } from '../domain/timeZone';
import { emptyUserContext } from '../domain/userContext';
import { Prompts } from '../i18n/prompts';
import { languageOf, toSupportedLocale } from '../locale';
import { logger } from '../observability/logger';
import { requestStats } from '../observability/requestStats';
import { Deadline } from '../persistence/deadline';
import type { UserContextRepository } from '../persistence/userContextRepository';
import { carriedSessionAttributes } from '../session/carriedAttributes';
import { readSessionState } from '../session/sessionState';
import { SpeechBuilder } from '../speech/speechBuilder';
import { type SkillDependencies, setTurn, type Turn } from '../turn';

const CONVERSATION_REQUESTS = new Set(['LaunchRequest', 'IntentRequest']);

/**
 * Builds the turn context every handler reads: locale, catalog, the request's own time read in the
 * user's time zone (looked up at most once per session, bounded), phrasing history, and the user's
 * context (read at most once per session; later turns reuse the copy in session attributes).
 */
export function turnInterceptor(deps: SkillDependencies, repository: UserContextRepository | undefined): RequestInterceptor {
  return {
    async process(input: HandlerInput): Promise<void> {
      const envelope = input.requestEnvelope;
      // The skill is also invoked without the Lambda handler (local server, tests): start redacting here too.
      logger.beginRequest(envelope);
      const requestType = getRequestType(envelope);
      const locale = toSupportedLocale((envelope.request as { locale?: string }).locale);
      const language = languageOf(locale);
      // A session that is not an object (null, a string) is no session: ask-sdk refuses its attributes.
      const hasSession = typeof envelope.session === 'object' && envelope.session !== null;
      const session = readSessionState(hasSession ? carriedSessionAttributes(input) : undefined, locale);
      const stats = requestStats(input);
      const now = requestInstant(envelope.request.timestamp, deps.now);
      const converses = CONVERSATION_REQUESTS.has(requestType);

      const deadline = answerDeadline(input, deps.answerBudgetMs, stats.startedAt);
      const resumed = repository?.resume(session);

      // The two network calls of a new session (time zone, user context) run side by side.
      const needsZone = converses && session.timeZone === undefined;
      const needsUser = converses && repository !== undefined && resumed === undefined;
      const lookups = Promise.all([
        needsZone ? resolveTimeZone(() => deps.timeZoneLookup(input), deps.timeZoneTimeoutMs) : undefined,
        needsUser ? repository.load(envelope, stats, deadline) : undefined,
      ]);
      // The language's catalog is read while they are in flight: a container's first request builds it
      // (a few ms of CPU that would otherwise start only after both answers). A catalog that throws
      // fails the turn only once the lookups are in and recorded, as it did when it was read after them.
      const catalog = attempt(() => deps.catalogFor(language, locale));
      const [zone, loaded] = await lookups;
      if (zone) {
        if (zone.fault) {
          stats.timeZoneFault = zone.fault;
          logger.warn('time zone lookup failed; using UTC', { fault: zone.fault });
        }
        session.timeZone = zone.timeZone;
      }
      const timeZone = session.timeZone ?? 'UTC';
      const day = localDay(now, timeZone);

      // With a store, the repository decides what may be saved; without one, memory lasts the session.
      const memory = loaded ?? resumed;
      const user = memory ? memory.context : repository ? emptyUserContext() : (session.user ?? emptyUserContext());
      const canSave = memory ? memory.loaded : !repository;

      const previousVisits = user.visits;
      const previousVisitDate = user.lastVisitDate;
      if (converses && envelope.session?.new) {
        user.visits += 1;
        user.firstVisitDate ??= day.date;
        user.lastVisitDate = day.date;
      }
      if (!repository) session.user = user;

      const turn: Turn = {
        locale,
        language,
        catalog: catalog.value(),
        prompts: new Prompts(locale, session.variants, deps.random, user.phrasings),
        now,
        timeZone,
        day,
        oneShot: requestType === 'IntentRequest' && envelope.session?.new === true,
        session,
        user,
        userLoaded: canSave,
        memory,
        deadline,
        previousVisits,
        previousVisitDate,
        random: deps.random,
        speech() {
          return new SpeechBuilder(locale, this.catalog.pronounce);
        },
      };
      setTurn(input, turn);
    },
  };
}

/** A value computed now whose error, if any, is thrown when the value is asked for. */
function attempt<T>(compute: () => T): { value(): T } {
  try {
    const computed = compute();
    return { value: () => computed };
  } catch (error) {
    return {
      value: () => {
        throw error;
      },
    };
  }
}

/** Margin left to the Lambda runtime after the store's work: building and returning the answer. */
const LAMBDA_MARGIN_MS = 300;

/**
 * The request's one budget for store work: `budgetMs` from the handler's start, and never past the
 * Lambda context's remaining time (less a margin), so the answer comes whatever the store does.
 */
function answerDeadline(input: HandlerInput, budgetMs: number, startedAt: number): Deadline {
  const remaining = (input.context as { getRemainingTimeInMillis?: () => number } | undefined)?.getRemainingTimeInMillis?.();
  const byLambda =
    typeof remaining === 'number' && Number.isFinite(remaining) ? performance.now() + remaining - LAMBDA_MARGIN_MS : Infinity;
  return new Deadline(Math.min(startedAt + budgetMs, byLambda));
}

/** Requests dated outside these years use the clock: a date outside them is not a real request's, and would be stored. */
const EARLIEST_REQUEST = Date.parse('2000-01-01T00:00:00Z');
const LATEST_REQUEST = Date.parse('3000-01-01T00:00:00Z');

/**
 * "Now" is the request's timestamp, so a replayed or simulated request gets that date's content. One
 * that is not a string, does not parse, or lies outside 2000-2999 (a date there has no YYYY-MM-DD form,
 * and it would become the stored visit date) falls back to the clock.
 */
function requestInstant(timestamp: unknown, fallback: () => number): number {
  const parsed = typeof timestamp === 'string' ? Date.parse(timestamp) : Number.NaN;
  return Number.isFinite(parsed) && parsed >= EARLIEST_REQUEST && parsed < LATEST_REQUEST ? parsed : fallback();
}
