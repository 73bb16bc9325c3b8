import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '../core/locale';
import { usageFailure } from './failure';

// The command line read with Node's `util.parseArgs`: the command, its file, and its options.

/** The commands, in the order the help lists them. */
export const COMMANDS = ['score', 'evaluate', 'check', 'schema', 'template', 'demo', 'help'] as const;

/** A command of the program. */
export type Command = (typeof COMMANDS)[number];

/** Every option the program knows, for `parseArgs`. */
const OPTIONS = {
  lang: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  out: { type: 'string', short: 'o' },
  encoding: { type: 'string' },
  sheet: { type: 'string' },
  sheets: { type: 'string' },
  rule: { type: 'string' },
  policy: { type: 'string' },
  'vote-rule': { type: 'string' },
  grades: { type: 'boolean' },
  wide: { type: 'boolean' },
  group: { type: 'string' },
  kind: { type: 'string' },
} as const;

/** An option's name. */
export type OptionName = keyof typeof OPTIONS;

/** The options each command takes besides the common ones (lang, json, help, version). */
const COMMAND_OPTIONS: Readonly<Record<Command, readonly OptionName[]>> = {
  score: ['out', 'encoding', 'sheet', 'sheets', 'rule'],
  evaluate: ['out', 'encoding', 'sheet', 'policy', 'vote-rule', 'grades', 'wide', 'group'],
  check: ['encoding', 'sheet', 'sheets', 'kind'],
  schema: [],
  template: ['out', 'sheets', 'policy', 'kind'],
  demo: [],
  help: [],
};

/** What the command line asks for. */
export interface Args {
  readonly command: Command | undefined;
  readonly positionals: readonly string[];
  readonly locale: Locale;
  readonly json: boolean;
  readonly help: boolean;
  readonly version: boolean;
  readonly options: Readonly<Partial<Record<OptionName, string | boolean>>>;
}

const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/**
 * The locale and `--json` of a command line, read leniently: what a failure to read the rest
 * should be said in, and whether as JSON.
 */
export function preferences(argv: readonly string[]): { readonly locale: Locale; readonly json: boolean } {
  let locale: Locale = 'zh-CN';
  argv.forEach((arg, index) => {
    const value = arg.startsWith('--lang=') ? arg.slice('--lang='.length) : arg === '--lang' ? argv[index + 1] : undefined;
    if (value !== undefined && isLocale(value)) locale = value;
  });
  return { locale, json: argv.includes('--json') };
}

/**
 * Reads the command line; a wrong option, value or command is a usage failure (exit code 2).
 *
 * @param argv - the arguments after `node` and the script.
 * @returns the command, its positionals and options.
 */
export function readArgs(argv: readonly string[]): Args {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageFailure('unknownOption', { reason: error instanceof Error ? error.message : String(error) });
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? 'zh-CN';
  if (!isLocale(lang)) throw usageFailure('unknownLocale', { locale: lang, known: LOCALES.join(', ') });
  const [first, ...rest] = positionals;
  let command: Command | undefined;
  if (first !== undefined) {
    if (!(COMMANDS as readonly string[]).includes(first)) throw usageFailure('unknownCommand', { command: first, known: COMMANDS.join(', ') });
    command = first as Command;
  }
  const options: Partial<Record<OptionName, string | boolean>> = {};
  for (const [name, value] of Object.entries(values) as [OptionName, string | boolean | undefined][]) {
    if (value === undefined || name === 'lang' || name === 'json' || name === 'help' || name === 'version') continue;
    if (command !== undefined && !COMMAND_OPTIONS[command].includes(name)) throw usageFailure('optionNotFor', { command, option: name });
    options[name] = value;
  }
  return { command, positionals: rest, locale: lang, json: values.json === true, help: values.help === true, version: values.version === true, options };
}

/** The one file a command reads: a usage failure when there is none or more than one. */
export function oneFile(args: Args): string {
  const [file, extra] = args.positionals;
  if (file === undefined) throw usageFailure('missingFile', { command: args.command ?? '' });
  if (extra !== undefined) throw usageFailure('tooManyFiles', { command: args.command ?? '', extra });
  return file;
}

/** A string option's value, if given. */
export const stringOption = (args: Args, name: OptionName): string | undefined => {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
};
