/** Validates skill-package/: every locale's interaction model and skill.json's example phrases and events. */
import fs from 'node:fs';
import path from 'node:path';
import { SUPPORTED_LOCALES } from '../../lambda/locale';
import { checkInteractionModel, type ModelInfo } from './interactionModel';
import { displayPath, type ValidationProblem } from './problem';
import { checkSkillManifest } from './skillManifest';

export { formatProblem, type ValidationProblem } from './problem';

/** Intents the lambda has handlers for: each must exist in every locale's model. */
export const REQUIRED_INTENTS = [
  'GetFortuneIntent',
  'GetTipIntent',
  'DailyQuestionIntent',
  'AnswerIntent',
  'QuizGiveUpIntent',
  'NextQuestionIntent',
  'ContinueIntent',
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.FallbackIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.RepeatIntent',
  'AMAZON.NextIntent',
  'AMAZON.PreviousIntent',
  'AMAZON.StartOverIntent',
  'AMAZON.ResumeIntent',
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
] as const;

export type ModelStats = { locales: number; intents: number; samples: number };

export function validateModels(skillPackageRoot: string): ValidationProblem[] {
  return inspectModels(skillPackageRoot).problems;
}

export function inspectModels(skillPackageRoot: string): { problems: ValidationProblem[]; stats: ModelStats } {
  const problems: ValidationProblem[] = [];
  const models = new Map<string, ModelInfo>();
  for (const locale of modelLocales(skillPackageRoot)) {
    const absolute = path.join(modelDir(skillPackageRoot), `${locale}.json`);
    const result = checkInteractionModel(absolute, displayPath(skillPackageRoot, absolute), REQUIRED_INTENTS);
    problems.push(...result.problems);
    if (result.model !== undefined) models.set(locale, result.model);
  }
  const manifest = path.join(skillPackageRoot, 'skill.json');
  problems.push(...checkSkillManifest(manifest, displayPath(skillPackageRoot, manifest), models));
  const all = [...models.values()];
  const stats: ModelStats = {
    locales: models.size,
    intents: Math.max(0, ...all.map((m) => m.intents.length)),
    samples: all.reduce((sum, m) => sum + m.intents.reduce((n, i) => n + i.samples.length, 0), 0),
  };
  return { problems, stats };
}

const modelDir = (root: string): string => path.join(root, 'interactionModels', 'custom');

/** The required locales plus any other model file present, so an extra locale is checked too. */
function modelLocales(root: string): string[] {
  let present: string[] = [];
  try {
    present = fs
      .readdirSync(modelDir(root))
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -'.json'.length));
  } catch {
    // a missing folder shows up as missing model files below
  }
  return [...new Set<string>([...SUPPORTED_LOCALES, ...present])];
}
