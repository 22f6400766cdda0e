/** `npm run validate`: checks content/ and skill-package/, prints every problem, exits 1 if there is any. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { readFlags } from '../local/cliFlags';
import { inspectContent } from '../tools/validation/content';
import { inspectModels } from '../tools/validation/models';
import { formatProblem, type ValidationProblem } from '../tools/validation/problem';

readFlags('npm run validate (no flags; CONTENT_DIR chooses the content folder)', { options: {} });
const root = path.resolve(__dirname, '..');
// CONTENT_DIR is where the skill reads content (README "Configuration"), so it is what gets checked.
const contentDir = process.env.CONTENT_DIR ? path.resolve(process.env.CONTENT_DIR) : path.join(root, 'content');
// A folder that is not there is one line, as npm start says it (it was 17 problems about its subfolders and files).
if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
  console.error(
    `validate: content folder ${contentDir} ${existsSync(contentDir) ? 'is a file' : 'does not exist'}${process.env.CONTENT_DIR ? ' (CONTENT_DIR)' : ''}`,
  );
  process.exit(1);
}
const content = inspectContent(contentDir);
const models = inspectModels(path.join(root, 'skill-package'));

const verdict = (problems: ValidationProblem[]): string =>
  problems.length === 0 ? 'OK' : `${problems.length} problem${problems.length === 1 ? '' : 's'}`;

for (const problem of [...content.problems, ...models.problems]) console.log(formatProblem(problem));
const c = content.stats;
console.log(
  `content${process.env.CONTENT_DIR ? ` (CONTENT_DIR ${contentDir})` : ''}: ${c.decks} decks x ${c.languages} languages, ${c.items} items, ${c.questions} questions: ${verdict(content.problems)}`,
);
const m = models.stats;
console.log(`models: ${m.locales} locales, ${m.intents} intents, ${m.samples} samples: ${verdict(models.problems)}`);
process.exitCode = content.problems.length + models.problems.length > 0 ? 1 : 0;
