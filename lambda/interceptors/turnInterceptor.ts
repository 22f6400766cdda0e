import { getRequestType, type HandlerInput, type RequestInterceptor } from 'ask-sdk-core';
import { localDay } from '../domain/calendar';
import { resolveTimeZone } from '../domain/timeZone';
import { emptyUserContext } from '../domain/userContext';
import { Prompts } from '../i18n/prompts';
import { languageOf, toSupportedLocale } from '../locale';
import { logger } from '../observability/logger';
import { requestStats } from '../observability/requestStats';
import type { UserContextRepository } from '../persistence/userContextRepository';
import { SpeechBuilder } from '../speech/speechBuilder';
import { type SessionState, type SkillDependencies, setTurn, type Turn } from '../turn';

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
      const hasSession = envelope.session !== undefined;
      const session = readSessionState(hasSession ? input.attributesManager.getSessionAttributes() : {});
      const stats = requestStats(input);
      const now = requestInstant(envelope.request.timestamp, deps.now);
      const converses = CONVERSATION_REQUESTS.has(requestType);

      // The two network calls of a new session (time zone, user context) run side by side.
      const needsZone = converses && session.timeZone === undefined;
      const needsUser = converses && session.user === undefined && repository !== undefined;
      const [zone, loaded] = await Promise.all([
        needsZone ? resolveTimeZone(() => (deps.timeZoneLookup ?? settingsApiTimeZone)(input), deps.timeZoneTimeoutMs) : undefined,
        needsUser ? repository.load(envelope, stats) : undefined,
      ]);
      if (zone) {
        if (zone.fault) {
          stats.timeZoneFault = zone.fault;
          logger.warn('time zone lookup failed; using UTC', { fault: zone.fault });
        }
        session.timeZone = zone.timeZone;
      }
      const timeZone = session.timeZone ?? 'UTC';
      const day = localDay(now, timeZone);

      let user = loaded ? loaded.context : session.user;
      const userLoaded = loaded ? loaded.loaded : user !== undefined;
      user ??= emptyUserContext();
      // Without a store, memory lasts the session; with one, only a successful read may be saved over.
      const canSave = userLoaded || !repository;
      // What the store holds now; a save that failed last turn forces a retry this turn.
      const baseline = session.unsaved ? '' : JSON.stringify(user);

      const previousVisits = user.visits;
      const previousVisitDate = user.lastVisitDate;
      if (converses && envelope.session?.new) {
        user.visits += 1;
        user.firstVisitDate ??= day.date;
        user.lastVisitDate = day.date;
      }
      if (canSave) session.user = user;

      const turn: Turn = {
        locale,
        language,
        catalog: deps.catalogFor(language),
        prompts: new Prompts(locale, session.variants, deps.random, user.phrasings),
        now,
        timeZone,
        day,
        oneShot: requestType === 'IntentRequest' && envelope.session?.new === true,
        session,
        user,
        userLoaded: canSave,
        previousVisits,
        previousVisitDate,
        random: deps.random,
        speech() {
          return new SpeechBuilder(locale, this.catalog.pronounce);
        },
      };
      stats.baseline = canSave && repository ? baseline : undefined;
      setTurn(input, turn);
    },
  };
}

function readSessionState(attributes: Record<string, unknown>): SessionState {
  const state = attributes as Partial<SessionState>;
  return {
    ...state,
    variants: typeof state.variants === 'object' && state.variants !== null ? state.variants : {},
  };
}

/** "Now" is the request's timestamp, so a replayed or simulated request gets that date's content. */
function requestInstant(timestamp: string | undefined, fallback: () => number): number {
  const parsed = timestamp ? Date.parse(timestamp) : Number.NaN;
  return Number.isFinite(parsed) ? parsed : fallback();
}

async function settingsApiTimeZone(input: HandlerInput): Promise<string | undefined> {
  const deviceId = input.requestEnvelope.context?.System?.device?.deviceId;
  const factory = input.serviceClientFactory;
  if (!deviceId || !factory) return undefined;
  return factory.getUpsServiceClient().getSystemTimeZone(deviceId);
}
