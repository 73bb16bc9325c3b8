import type { Locale } from '../core/locale';
import { preferences, readArgs, type Args, type Command } from './args';
import { check } from './commands/check';
import { demo } from './commands/demo';
import { evaluate } from './commands/evaluate';
import { schema } from './commands/schema';
import { score } from './commands/score';
import { template } from './commands/template';
import { CliFailure, EXIT } from './failure';
import type { Io } from './io';
import { say, type CliTextKey } from './words';

export type { Io, Writer, FileWriter } from './io';

/** Each command and the function that runs it. */
const COMMAND_RUNS: Readonly<Record<Exclude<Command, 'help'>, (args: Args, io: Io) => Promise<number>>> = { score, evaluate, check, schema, template, demo };

/** The help text of each command, by its key among the words. */
const HELP: Readonly<Record<Command, CliTextKey>> = {
  score: 'usageScore',
  evaluate: 'usageEvaluate',
  check: 'usageCheck',
  schema: 'usageSchema',
  template: 'usageTemplate',
  demo: 'usageDemo',
  help: 'usageMain',
};

/** The surroundings `run` needs besides the streams and files: the program's version. */
export interface RunOptions {
  readonly version: string;
}

/**
 * Runs the command line `argv` (without `node` and the script) and returns the exit code: 0 clean,
 * 1 problems in the data (or a file that cannot be read), 2 a usage error. Results go to standard
 * output as they are made; a failure is one line on standard error (`✗ …`), or under `--json` one
 * JSON object on standard output. Never a stack trace.
 */
export async function run(argv: readonly string[], io: Io, options: RunOptions = { version: '0.0.0' }): Promise<number> {
  const prefs = preferences(argv);
  try {
    const args = readArgs(argv);
    if (args.version) {
      await io.stdout.write(args.json ? `${JSON.stringify({ version: options.version })}\n` : `cxzy ${options.version}\n`);
      return EXIT.clean;
    }
    if (args.command === undefined || args.command === 'help') {
      const [topic] = args.command === 'help' ? args.positionals : [];
      const known = topic === undefined ? undefined : (Object.keys(HELP) as Command[]).find((name) => name === topic);
      if (topic !== undefined && known === undefined) throw new CliFailure('unknownCommand', { command: topic, known: Object.keys(COMMAND_RUNS).join(', ') }, EXIT.usage);
      const asked = args.command === 'help' || args.help;
      const text = `${say(args.locale, HELP[known ?? 'help'])}\n`;
      // `cxzy` alone is a usage error: the help goes to standard error.
      await (asked ? io.stdout : io.stderr).write(text);
      return asked ? EXIT.clean : EXIT.usage;
    }
    if (args.help) {
      await io.stdout.write(`${say(args.locale, HELP[args.command])}\n`);
      return EXIT.clean;
    }
    return await COMMAND_RUNS[args.command](args, io);
  } catch (error) {
    return fail(error, prefs.locale, prefs.json, io);
  }
}

/** Says why the run stopped, and gives its exit code. */
async function fail(error: unknown, locale: Locale, json: boolean, io: Io): Promise<number> {
  const failure = error instanceof CliFailure ? error : new CliFailure('unexpected', { reason: error instanceof Error ? error.message : String(error) }, EXIT.dataProblems);
  const message = say(locale, failure.key, failure.params);
  if (json) {
    await io.stdout.write(`${JSON.stringify({ valid: false, error: { code: `cli.${failure.key}`, message, params: failure.params }, exitCode: failure.exitCode }, null, 2)}\n`);
  } else {
    const hint = failure.exitCode === EXIT.usage ? `\n${say(locale, 'usageHint')}` : '';
    await io.stderr.write(`${say(locale, 'errorMark')} ${message}${hint}\n`);
  }
  return failure.exitCode;
}
