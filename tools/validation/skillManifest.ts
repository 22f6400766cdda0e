/** Checks skill.json's publishing information and events against the locales' interaction models. */
import { SUPPORTED_LOCALES } from '../../lambda/locale';
import type { ModelInfo } from './interactionModel';
import { isNonEmptyString, isRecord, readJson } from './json';
import { phraseCoverage } from './phraseCoverage';
import type { ValidationProblem } from './problem';

/** The developer console accepts at most three example phrases per locale. */
const MAX_EXAMPLE_PHRASES = 3;

export function checkSkillManifest(absolute: string, file: string, models: ReadonlyMap<string, ModelInfo>): ValidationProblem[] {
  const parsed = readJson(absolute);
  if (!parsed.ok) return [{ file, message: parsed.message }];
  const manifest = isRecord(parsed.value) ? parsed.value.manifest : undefined;
  if (!isRecord(manifest)) return [{ file, message: 'must have a manifest object' }];
  const problems: ValidationProblem[] = [];
  const add = (itemId: string | undefined, field: string | undefined, message: string): void => {
    problems.push({ file, ...(itemId === undefined ? {} : { itemId }), ...(field === undefined ? {} : { field }), message });
  };

  const events = isRecord(manifest.events) ? manifest.events : {};
  const subscriptions = Array.isArray(events.subscriptions) ? events.subscriptions : [];
  if (!subscriptions.some((s) => isRecord(s) && s.eventName === 'SKILL_DISABLED')) {
    add(undefined, 'events.subscriptions', 'must include SKILL_DISABLED (delete user data when the skill is disabled)');
  }

  const publishing = isRecord(manifest.publishingInformation) ? manifest.publishingInformation : {};
  const locales = isRecord(publishing.locales) ? publishing.locales : {};
  for (const locale of SUPPORTED_LOCALES) {
    const info = locales[locale];
    if (!isRecord(info)) {
      add(locale, 'publishingInformation', 'locale is missing');
      continue;
    }
    const phrases = info.examplePhrases;
    if (!Array.isArray(phrases) || phrases.length === 0 || !phrases.every(isNonEmptyString)) {
      add(locale, 'examplePhrases', 'must be a non-empty array of strings');
      continue;
    }
    if (phrases.length > MAX_EXAMPLE_PHRASES)
      add(locale, 'examplePhrases', `has ${phrases.length} phrases (at most ${MAX_EXAMPLE_PHRASES})`);
    const model = models.get(locale);
    phrases.forEach((phrase, index) => {
      const field = `examplePhrases[${index}]`;
      if (phrase.includes('{')) add(locale, field, `"${phrase}" must not contain {slot} placeholders`);
      if (index === 0 && !/\balexa\b/i.test(phrase)) add(locale, field, `"${phrase}" must include "Alexa"`);
      if (model === undefined) return; // the missing or broken model is reported on its own
      if (index === 0 && !phrase.toLocaleLowerCase().includes(model.invocationName.toLocaleLowerCase())) {
        add(locale, field, `"${phrase}" must include the invocation name "${model.invocationName}"`);
      }
      const coverage = phraseCoverage(phrase, model, locale);
      if (!coverage.covered) add(locale, field, `"${phrase}" is not covered: ${coverage.reason}`);
    });
  }
  return problems;
}
