import { type Skill, SkillBuilders } from 'ask-sdk-core';
import { contentCatalog } from './content/contentCatalog';
import { CanFulfillIntentHandler } from './handlers/canFulfillHandler';
import {
  ContinueHandler,
  GetFortuneHandler,
  GetTipHandler,
  NextHandler,
  PreviousHandler,
  StartOverHandler,
} from './handlers/contentHandlers';
import {
  FallbackHandler,
  HelpHandler,
  LaunchHandler,
  NoHandler,
  RepeatHandler,
  StopHandler,
  YesHandler,
} from './handlers/conversationHandlers';
import { errorHandler } from './handlers/errorHandler';
import { SessionEndedHandler, skillEventHandler, UnhandledRequestHandler } from './handlers/lifecycleHandlers';
import { NextQuestionHandler } from './handlers/nextQuestion';
import { DeclineQuestionHandler, GiveUpHandler, QuestionStaysHandler, SkipQuestionHandler } from './handlers/quizGiveUp';
import { AnswerHandler, DailyQuestionHandler } from './handlers/quizHandlers';
import { requestLogInterceptor } from './interceptors/requestLogInterceptor';
import { saveStateInterceptor } from './interceptors/saveStateInterceptor';
import { turnInterceptor } from './interceptors/turnInterceptor';
import { UserContextRepository } from './persistence/userContextRepository';
import { SettingsApi } from './services/settingsApi';
import { withCarriedAttributes } from './session/carriedAttributes';
import type { SkillDependencies } from './turn';

/** The Alexa Settings API's time-zone lookup, one client per skill. */
function settingsApiTimeZone(): SkillDependencies['timeZoneLookup'] {
  const api = new SettingsApi();
  return (input) => api.timeZone(input.requestEnvelope);
}

/** Store work per request (read, writes, merge retries): about 3 s to an answer whatever the store does. */
export const DEFAULT_ANSWER_BUDGET_MS = 2800;

export interface SkillOptions extends Partial<SkillDependencies> {
  /** When set, requests addressed to another skill are rejected. */
  skillId?: string;
}

/**
 * Wires the skill: interceptors build the turn context, exactly one handler answers, response
 * interceptors save state and log. Everything variable (store, clock, randomness, time-zone API) is
 * injected, so the Lambda, the local server and the tests build the same skill.
 */
export function buildSkill(options: SkillOptions = {}): Skill {
  const deps: SkillDependencies = {
    store: options.store,
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
    timeZoneLookup: options.timeZoneLookup ?? settingsApiTimeZone(),
    timeZoneTimeoutMs: options.timeZoneTimeoutMs ?? 400,
    answerBudgetMs: options.answerBudgetMs ?? DEFAULT_ANSWER_BUDGET_MS,
    catalogFor: options.catalogFor ?? contentCatalog,
  };
  const repository = deps.store ? new UserContextRepository(deps.store, deps.random) : undefined;

  const builder = SkillBuilders.custom()
    .addRequestInterceptors(turnInterceptor(deps, repository))
    .addRequestHandlers(
      CanFulfillIntentHandler,
      LaunchHandler,
      GetFortuneHandler,
      // Before the series handlers: "skip", "next" or "weiter" while a question waits skip the question;
      // "previous" and "start over" keep it.
      SkipQuestionHandler,
      QuestionStaysHandler,
      GetTipHandler,
      ContinueHandler,
      NextHandler,
      PreviousHandler,
      StartOverHandler,
      DailyQuestionHandler,
      NextQuestionHandler,
      // Before Yes/No: a yes or no while a question waits is an answer, and "no" to a question that is
      // not a yes/no one declines it.
      DeclineQuestionHandler,
      AnswerHandler,
      GiveUpHandler,
      RepeatHandler,
      YesHandler,
      NoHandler,
      HelpHandler,
      StopHandler,
      FallbackHandler,
      SessionEndedHandler,
      skillEventHandler(repository),
      UnhandledRequestHandler,
    )
    .addResponseInterceptors(saveStateInterceptor(repository), requestLogInterceptor())
    .addErrorHandlers(errorHandler(deps.random));
  if (options.skillId) builder.withSkillId(options.skillId);
  return withCarriedAttributes(builder.create());
}
