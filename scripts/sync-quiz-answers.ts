// Writes the QuizAnswerType slot type into every interaction model from the daily questions, so the
// words listeners may answer with are maintained in one place (content/<lang>/questions.json).
//
//   npx tsx scripts/sync-quiz-answers.ts [--content DIR] [--models DIR] [--check]
//
// --check writes nothing and exits 1 when a model is out of date (for CI). Only the QuizAnswerType
// entry of languageModel.types changes; the rest of each model is kept as parsed. Locales listed in
// tools/derivedModels.ts get a copy of their source locale's model.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Locale, languageOf, SUPPORTED_LOCALES } from '../lambda/locale';
import { readFlags } from '../local/cliFlags';
import { DERIVED_MODELS } from '../tools/derivedModels';
import { formatJson } from '../tools/formatJson';
import { buildQuizAnswerType, QUIZ_ANSWER_TYPE_NAME, type QuestionsInput, type SlotType } from '../tools/quizAnswerType';

interface InteractionModelFile {
  interactionModel: { languageModel: { types?: SlotType[] } & Record<string, unknown> } & Record<string, unknown>;
}

const repoRoot = resolve(import.meta.dirname, '..');
const { values: options } = readFlags('npm run models:sync -- [--content DIR] [--models DIR] [--check]', {
  options: {
    content: { type: 'string', default: join(repoRoot, 'content') },
    models: { type: 'string', default: join(repoRoot, 'skill-package', 'interactionModels', 'custom') },
    check: { type: 'boolean', default: false },
  },
});

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}`);
  }
}

// Reads one language's questions once (en feeds both en-US and en-GB); errors name the file.
const typeByLanguage = new Map<string, SlotType>();
function quizAnswersFor(language: string): SlotType {
  const cached = typeByLanguage.get(language);
  if (cached) return cached;
  const path = join(options.content, language, 'questions.json');
  const questions = readJson<QuestionsInput>(path);
  try {
    const built = buildQuizAnswerType(questions);
    typeByLanguage.set(language, built);
    return built;
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
}

/** Returns whether the locale's model was (or, with --check, would be) changed. */
function syncModel(locale: Locale): boolean {
  const quizAnswers = quizAnswersFor(languageOf(locale));
  const modelPath = join(options.models, `${locale}.json`);
  const before = readFileSync(modelPath, 'utf8');
  const model = readJson<InteractionModelFile>(modelPath);
  model.interactionModel.languageModel.types ??= [];
  const types = model.interactionModel.languageModel.types;
  const index = types.findIndex((type) => type.name === QUIZ_ANSWER_TYPE_NAME);
  // Replace in place so the type keeps its position in the file.
  if (index === -1) types.push(quizAnswers);
  else types[index] = quizAnswers;

  const after = formatJson(model, modelPath);
  if (after === before) return false;
  if (options.check) {
    console.error(`${modelPath}: ${QUIZ_ANSWER_TYPE_NAME} or formatting out of date; run npm run models:sync`);
  } else {
    writeFileSync(modelPath, after);
    console.log(`${modelPath}: ${QUIZ_ANSWER_TYPE_NAME} updated (${quizAnswers.values.length} answers)`);
  }
  return true;
}

/** Writes (or, with --check, compares) a derived locale's model: a copy of its source locale's file. */
function syncDerived(locale: Locale, source: Locale): boolean {
  const target = join(options.models, `${locale}.json`);
  const expected = readFileSync(join(options.models, `${source}.json`), 'utf8');
  let before = '';
  try {
    before = readFileSync(target, 'utf8');
  } catch {
    // a missing copy is written (or reported) below
  }
  if (before === expected) return false;
  if (options.check) console.error(`${target}: differs from ${source}.json, which it copies; run npm run models:sync`);
  else {
    writeFileSync(target, expected);
    console.log(`${target}: copied from ${source}.json`);
  }
  return true;
}

try {
  // Every model is synced even after the first change, so one run reports all of them.
  const own = SUPPORTED_LOCALES.filter((locale) => DERIVED_MODELS[locale] === undefined);
  const derived = SUPPORTED_LOCALES.flatMap((locale) => {
    const source = DERIVED_MODELS[locale];
    return source ? [{ locale, source }] : [];
  });
  const changed =
    own.map(syncModel).filter(Boolean).length + derived.map(({ locale, source }) => syncDerived(locale, source)).filter(Boolean).length;
  if (changed === 0) console.log(`${QUIZ_ANSWER_TYPE_NAME} is in sync in every model`);
  if (options.check && changed > 0) process.exitCode = 1;
} catch (error) {
  // Content mistakes are expected while editing: show the message, not a stack trace.
  console.error(`models:sync failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
