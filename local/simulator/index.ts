/**
 * The offline simulator as a library: the terminal dialog (scripts/dialog.ts), the scripted-dialog
 * runner (scripts/run-dialogs.ts), the tests and the web simulator all build on these modules.
 *
 *   parseInvocation  utterance -> launch | one-shot | in-session | silence | exit | not for the skill
 *   Nlu / nluFor     words -> intent + slots (entity resolution, AMAZON.NUMBER, built-ins, fallback)
 *   Conversation     utterances -> complete request envelopes -> skill.invoke -> readable turns
 *   runDialog(s)     scripted dialogs (ASK CLI replay files and YAML with expectations)
 *   CoverageTracker  intents, samples and slot values exercised; shadowed samples
 */
export * from './clock';
export * from './coverage';
export * from './dialogs';
export * from './format';
export * from './invocation';
export * from './localSkill';
export * from './model';
export * from './nlu';
export * from './numbers';
export * from './render';
export * from './session';
export * from './text';
