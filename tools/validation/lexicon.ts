/** The pronunciation lexicon (`content/<lang>/pronunciations.json`): term → exactly one of sayAs or sub. */
import { pluralOf } from '../../lambda/speech/pronunciation';
import { SAY_AS_INTERPRET_AS } from '../platformRules';
import { isNonEmptyString, isRecord, readJson } from './json';
import type { ValidationProblem } from './problem';

export function checkLexicon(absolute: string, file: string): { problems: ValidationProblem[]; terms: Set<string> } {
  const parsed = readJson(absolute);
  if (!parsed.ok) return { problems: [{ file, message: parsed.message }], terms: new Set() };
  if (!isRecord(parsed.value))
    return { problems: [{ file, message: 'must be an object of term → { sayAs } or { sub }' }], terms: new Set() };
  const problems: ValidationProblem[] = [];
  const add = (itemId: string, field: string | undefined, message: string): void => {
    problems.push({ file, itemId, ...(field === undefined ? {} : { field }), message });
  };
  for (const [term, entry] of Object.entries(parsed.value)) {
    if (term.trim() === '' || term !== term.trim()) add(term, undefined, 'term must be non-empty with no surrounding spaces');
    if (!isRecord(entry)) {
      add(term, undefined, 'must be { "sayAs": … } or { "sub": … }');
      continue;
    }
    const keys = Object.keys(entry);
    for (const key of keys) if (key !== 'sayAs' && key !== 'sub') add(term, key, 'is not a known field (sayAs or sub)');
    const hasSayAs = keys.includes('sayAs');
    const hasSub = keys.includes('sub');
    if (hasSayAs === hasSub) add(term, undefined, 'must have exactly one of sayAs or sub');
    if (hasSayAs && !(typeof entry.sayAs === 'string' && (SAY_AS_INTERPRET_AS as readonly string[]).includes(entry.sayAs))) {
      add(term, 'sayAs', `${JSON.stringify(entry.sayAs)} is not a say-as interpret-as value (${SAY_AS_INTERPRET_AS.join(', ')})`);
    }
    if (hasSub && !isNonEmptyString(entry.sub)) add(term, 'sub', 'must be a non-empty alias');
    const singular = term.slice(0, -1);
    if (Object.hasOwn(parsed.value, singular) && pluralOf(singular) === term) {
      add(term, undefined, `is the plural of "${singular}": the composer derives it (read as the letters and 's), remove it`);
    }
  }
  return { problems, terms: new Set(Object.keys(parsed.value)) };
}
