/**
 * npm run dialog -- [--locale en-US] [--user NAME] [--date YYYY-MM-DD|ISO] [--time-zone ZONE] [--explain] [--strict] [--json] [--memory]
 *
 * Talk to the skill in the terminal, the way an Alexa device would: "open fortune cookie",
 * "ask fortune cookie for a tip about docker", then plain utterances while the session is open; an empty
 * line is silence (the reprompt plays, then the session ends). The skill runs in-process with a
 * persistent store under .data/dialog, so streaks and series carry over between runs. Works with piped
 * input too: printf 'ask fortune cookie for a tip\n' | npm run dialog
 */
import '../local/simulator/quiet';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { isValidTimeZone } from '../lambda/domain/timeZone';
import { isSupportedLocale } from '../lambda/locale';
import { MemoryUserStore } from '../lambda/persistence/memoryStore';
import { assertContentFolder, contentWarning } from '../local/contentCheck';
import { parseDate, SimClock } from '../local/simulator/clock';
import { type DialogStore, openDialogStore } from '../local/simulator/dialogStore';
import { DialogFileRecorder } from '../local/simulator/dialogs/fileRecorder';
import { formatTurn } from '../local/simulator/format';
import { type Leaving, leavingUtterance, leftLine } from '../local/simulator/leaving';
import { DEFAULT_TIME_ZONE_BY_LOCALE, EXAMPLES_BY_LOCALE } from '../local/simulator/localeDefaults';
import { buildLocalSkill, readStoredContext } from '../local/simulator/localSkill';
import { defaultModels } from '../local/simulator/model';
import { swallowedFlagsHint } from '../local/simulator/npmArgs';
import { Conversation } from '../local/simulator/session';
import { DEFAULT_USER_ID, userIdOf } from '../tools/envelopes';

const HELP = `Talk to Fortune Cookie offline.

Flags:
  --locale L       en-US (default), en-GB, en-AU, en-CA, en-IN or de-DE
  --user NAME      the Alexa user (default ${DEFAULT_USER_ID}); "alice" becomes amzn1.ask.account.alice
  --date D         the skill's clock: YYYY-MM-DD (noon in --time-zone) or an ISO timestamp; default now
  --time-zone Z    what the device's time-zone setting answers (default: the locale's, e.g. Europe/Berlin for de-DE)
  --explain        show the intents considered for every utterance, which tier matched and why
  --strict         exact sample matching only (no generalising tier, no confidence threshold)
  --json           print each request and response envelope
  --memory         keep nothing between runs (in-memory store)

While talking (lines starting with a dot):
  .date D  .locale L  .user NAME  .tz ZONE  .explain  .json  .store  .session  .new  .help  .quit
  .record FILE     start recording the spoken turns as a dialog file (YAML, e.g. dialogs/en-US/my-journey.yaml)
  .stop            stop and write it (so do .record again, .quit and the end of input), with each turn's
                   intent, slots, speech and session state as expectations, replayed by the dialogs runner
                   first; run it with npm run dialogs. Use --memory so the recording starts from no stored context.
An empty line is silence. Leaving with a session open ends it as Alexa would: the end of input (Ctrl-D) and
Ctrl-C as silence (EXCEEDED_MAX_REPROMPTS), .quit as "exit" (USER_INITIATED); a recording is written.`;

const FLAGS = ['locale', 'user', 'date', 'time-zone', 'explain', 'strict', 'json', 'memory'];

async function main(): Promise<void> {
  const hint = swallowedFlagsHint('dialog', FLAGS);
  if (hint) process.stderr.write(`${hint}\n`);
  const { values } = parseArgs({
    options: {
      locale: { type: 'string', default: 'en-US' },
      user: { type: 'string' },
      date: { type: 'string' },
      'time-zone': { type: 'string' },
      explain: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      memory: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const models = defaultModels();
  if (!models.locales().includes(values.locale)) {
    throw new Error(`no interaction model for ${values.locale}; choose one of ${models.locales().join(', ')}`);
  }
  const locale = values.locale;
  let timeZone = values['time-zone'] ?? (isSupportedLocale(locale) ? DEFAULT_TIME_ZONE_BY_LOCALE[locale] : 'America/Los_Angeles');
  if (!isValidTimeZone(timeZone)) throw new Error(`unknown time zone: ${timeZone} (use an IANA name such as Europe/Berlin)`);
  // Checked before the store opens: a mistyped flag should end the run at once, not leave dynalite running.
  const startDate = values.date === undefined ? undefined : flagDate(values.date, timeZone);
  assertContentFolder();
  // The skill's own log of a file it left out is silenced here (quiet.ts): say it once, before the first turn.
  for (const line of contentWarning()) process.stderr.write(`${line}\n`);
  const opened: DialogStore = values.memory
    ? { store: new MemoryUserStore(), description: 'in-memory store (nothing is kept)', close: async () => {} }
    : await openDialogStore();
  const skill = buildLocalSkill({ store: opened.store, timeZone: () => timeZone });
  const conversation = new Conversation({
    skill,
    locale: values.locale,
    userId: values.user ? userIdOf(values.user) : undefined,
    timeZone,
    clock: new SimClock(),
    models,
    strict: values.strict,
  });
  if (startDate) conversation.clock.set(startDate);
  const recorder = new DialogFileRecorder(conversation, { models });
  let explain = values.explain;
  let json = values.json;
  const interactive = process.stdin.isTTY === true;
  const out = (text: string) => process.stdout.write(`${text}\n`);

  out(`Fortune Cookie, offline · ${conversation.locale} · user ${conversation.userId} · time zone ${timeZone}`);
  out(`clock: ${values.date ? conversation.clock.peek().toISOString() : 'now'} · store: ${opened.description}`);
  const examples = isSupportedLocale(conversation.locale) ? EXAMPLES_BY_LOCALE[conversation.locale] : EXAMPLES_BY_LOCALE['en-US'];
  out(`Try "${examples.join('" or "')}". Empty line = silence. .help for commands, .quit to leave.`);

  const rl = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive });
  rl.setPrompt(conversation.sessionOpen ? 'you (mic open)> ' : 'you> ');
  const prompt = () => {
    if (!interactive) return;
    rl.setPrompt(conversation.sessionOpen ? 'you (mic open)> ' : 'you> ');
    rl.prompt();
  };
  // A spoken turn, through the recorder (which wants to know whether the user had a stored context before it).
  const speak = async (line: string) => {
    for (const l of recorder.beforeTurn()) out(l);
    const storedBefore = recorder.wantsStoredBefore && Object.keys(await readStoredContext(opened.store, conversation.userId)).length > 0;
    const turn = await conversation.say(line);
    recorder.afterTurn(turn, storedBefore);
    return turn;
  };
  const settingNow = {
    date: () =>
      `.date D: YYYY-MM-DD or an ISO timestamp; the clock is ${conversation.clock.isSet ? conversation.clock.peek().toISOString() : 'now'}`,
    locale: () => `.locale L: one of ${models.locales().join(', ')}; the locale is ${conversation.locale}`,
    user: () => `.user NAME: e.g. .user alice; the user is ${conversation.userId}`,
    tz: () => `.tz ZONE: an IANA name such as Europe/Berlin; the time zone is ${timeZone}`,
  };
  let leaving: Leaving = 'end of input';
  // Ctrl-C leaves like the end of input (the open session ended, a recording written) instead of killing the
  // process with both lost; a second Ctrl-C means "now". readline reports it on a terminal, the process otherwise.
  let interrupted = false;
  const interrupt = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    leaving = 'Ctrl-C';
    rl.close();
  };
  rl.on('SIGINT', interrupt);
  process.on('SIGINT', interrupt);
  prompt();
  try {
    for await (const raw of rl) {
      const line = raw.replace(/\r$/, '');
      const command = /^\.(\w+)\s*(.*)$/.exec(line.trim());
      if (command) {
        if (!interactive) out(`you> ${line}`);
        const [, name, arg] = command;
        if (name === 'quit' || name === 'exit' || name === 'q') {
          leaving = '.quit';
          break;
        }
        if (name === 'record' || name === 'stop') {
          const lines = name === 'record' && (arg || !recorder.active) ? recorder.start(arg!) : await recorder.stop();
          for (const l of lines) out(l);
          prompt();
          continue;
        }
        // Typed without its value, a setting says what it takes and what it is now (`.user` alone set the user
        // to "amzn1.ask.account.", `.locale` alone named a model file that cannot exist).
        const setting = name === 'timezone' ? 'tz' : name!;
        if (!arg && setting in settingNow) {
          out(`  (${settingNow[setting as keyof typeof settingNow]()})`);
          prompt();
          continue;
        }
        try {
          switch (name) {
            case 'help':
              out(HELP);
              break;
            case 'date':
              conversation.setDate(arg!);
              out(`  (clock set to ${conversation.clock.peek().toISOString()})`);
              break;
            case 'locale':
              conversation.locale = arg!;
              out(`  (locale ${conversation.locale}; any open session was closed)`);
              break;
            case 'user':
              conversation.forgetSession();
              conversation.userId = userIdOf(arg!);
              out(`  (user ${conversation.userId}; any open session was forgotten)`);
              break;
            case 'tz':
            case 'timezone':
              if (!isValidTimeZone(arg)) throw new Error(`unknown time zone: ${arg} (use an IANA name such as Europe/Berlin)`);
              timeZone = arg;
              conversation.timeZone = arg;
              out(`  (time zone ${timeZone}, from the next session on)`);
              break;
            case 'explain':
              explain = !explain;
              out(`  (explain ${explain ? 'on' : 'off'})`);
              break;
            case 'json':
              json = !json;
              out(`  (json ${json ? 'on' : 'off'})`);
              break;
            case 'store':
              out(JSON.stringify(await readStoredContext(opened.store, conversation.userId), null, 2));
              break;
            case 'session':
              out(conversation.sessionOpen ? JSON.stringify(conversation.sessionAttributes, null, 2) : '  (no session open)');
              break;
            case 'new':
              conversation.forgetSession();
              out('  (session forgotten; the next utterance needs the invocation name)');
              for (const l of recorder.restart('.new forgot the session')) out(l);
              break;
            default:
              out(`  (unknown command .${name}; .help lists them)`);
          }
        } catch (error) {
          out(`  error: ${(error as Error).message}`);
        }
        prompt();
        continue;
      }
      out(formatTurn(await speak(line), { explain, json, echo: !interactive }));
      prompt();
    }
    // Leaving with a session open ends it the way Alexa would (leaving.ts says which reason, and why).
    if (conversation.sessionOpen) {
      const utterance = leavingUtterance(leaving, conversation.locale);
      const recorded = recorder.active;
      out(leftLine(leaving, await speak(utterance), utterance, recorded));
    }
    // .quit and the end of input (Ctrl-D, or the end of piped input) write a recording still going, rather than lose it.
    if (recorder.active) for (const l of await recorder.stop()) out(l);
  } finally {
    rl.close();
    await opened.close();
  }
}

/** The start date, or an error that names the flag and the forms it takes (as the dialogs runner does). */
function flagDate(text: string, timeZone: string): Date {
  try {
    return parseDate(text, timeZone);
  } catch {
    throw new Error(`--date ${JSON.stringify(text)} is not a date (YYYY-MM-DD that exists, or an ISO timestamp)`);
  }
}

// node:util's parseArgs names the bad flag but not where the good ones are listed.
const FLAG_ERRORS = new Set([
  'ERR_PARSE_ARGS_UNKNOWN_OPTION',
  'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
]);

main().catch((error) => {
  const hint = FLAG_ERRORS.has((error as { code?: string }).code ?? '') ? ' (npm run dialog -- --help lists the flags)' : '';
  process.stderr.write(`dialog: ${(error as Error).message}${hint}\n`);
  process.exitCode = 1;
});
