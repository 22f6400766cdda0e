import { findDialogFiles, loadDialog } from '../../local/simulator/dialogs/read';
import { runDialog } from '../../local/simulator/dialogs/run';

/**
 * Every scripted dialog passes with exact matching only, as it does with the generalising tier
 * (test/simulator/dialogs.test.ts runs the default mode): a dialog must not depend on generalisation.
 */
describe('scripted dialogs with --strict (exact matching only)', () => {
  for (const file of findDialogFiles()) {
    const spec = loadDialog(file);
    const run = spec.skip ? it.skip : it;
    run(`${spec.name} (${spec.locale})`, async () => {
      const result = await runDialog(spec, { strict: true });
      expect(result.failures).toEqual([]);
      expect(result.status).toBe('passed');
    });
  }
});
