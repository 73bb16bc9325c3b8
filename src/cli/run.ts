import type { Issue } from '../core/issue';
import { LOCALES, type Locale, type LocalizedText } from '../core/locale';
import { formatMessage } from '../core/message';
import { WORDS } from './words';
import { validateSchedule } from '../schedule';
import { jsonSchemas, parseCampaign, parseScoreCards, parseScoreSheets } from '../schema';
import {
  assessMembers,
  explainAssessment,
  MEMBER_TIERS_TONGMIN_2015,
  parseTierRule,
  type MemberAssessment,
  type NotGradedCause,
  type TierRule,
} from '../scoring';
import { issueLines } from './output';
import { demoLines } from './report/demoLines';

/** What the program touches outside itself: injected, so it is tested without a terminal or disk. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Reads a text file; throws as `fs.readFileSync` does. */
  readonly readText: (path: string) => string;
}

/** The locale the program speaks when `--lang` is not given, and in which it says `--lang` is wrong. */
const DEFAULT_LOCALE: Locale = 'zh-CN';

/** How to call the program, in `locale`. */
function usage(locale: Locale): string {
  const texts = WORDS[locale].cliTexts;
  return [texts.usageTitle, texts.usageDemo, texts.usageCheck, texts.usageScore, texts.usageSchema].join('\n');
}

/** Whether `value` names a locale the program speaks. */
const isLocale = (value: string | undefined): value is Locale => (LOCALES as readonly (string | undefined)[]).includes(value);

/** What the command line asks for: the locale, whether to print JSON, and the rest of the words. */
interface Options {
  readonly locale: Locale;
  readonly json: boolean;
  readonly positional: readonly string[];
}

/** Reads `--lang` and `--json` out of the arguments; `undefined` when `--lang` names no known locale. */
function readOptions(args: readonly string[]): Options | undefined {
  let locale: Locale = DEFAULT_LOCALE;
  let json = false;
  const positional: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    if (arg === '--lang') {
      const value = args[index + 1];
      if (!isLocale(value)) return undefined;
      locale = value;
      index += 1;
    } else if (arg === '--json') {
      json = true;
    } else {
      positional.push(arg);
    }
  }
  return { locale, json, positional };
}

/** Reads and parses a JSON file, or says on `err` why it cannot. */
function readJson(path: string, options: Options, io: Io): { readonly value: unknown } | undefined {
  let text: string;
  try {
    text = io.readText(path);
  } catch (error) {
    io.err(`${path}: ${error instanceof Error ? error.message : String(error)}\n`);
    return undefined;
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    // JSON.parse throws only a SyntaxError.
    const reason = (error as SyntaxError).message;
    io.err(`${formatMessage(WORDS[options.locale].cliTexts.notValidJson, { path, reason })}\n`);
    return undefined;
  }
}

/**
 * Prints a file's issues, or the result as JSON, and gives the exit code: 1 on any error, or when
 * the caller found the result itself failed (`failed`).
 */
function report(path: string, issues: readonly Issue[], lines: readonly string[], json: object, options: Options, io: Io, failedResult = false): number {
  const failed = failedResult || issues.some((issue) => issue.severity === 'error');
  if (options.json) {
    io.out(`${JSON.stringify({ file: path, valid: !failed, ...json, issues }, null, 2)}\n`);
  } else {
    const issueText = issueLines(issues, options.locale).map((line, index) => {
      const where = issues[index]?.path.join('.');
      return where ? `${line}  (${where})` : line;
    });
    io.out(`${[path, ...lines, ...issueText].join('\n')}\n`);
  }
  return failed ? 1 : 0;
}

/** `cxzy check FILE`: every problem of the file, as the schema and the schedule checks find them. */
function check(path: string, options: Options, io: Io): number {
  const file = readJson(path, options, io);
  if (file === undefined) return 1;
  const parsed = parseCampaign(file.value);
  const issues: readonly Issue[] = parsed.success ? validateSchedule(parsed.data) : parsed.issues;
  return report(path, issues, [], {}, options, io);
}

/** The issue of a score file whose `rule` is there but is not text: JSON's name for what it is instead. */
function ruleNotText(value: unknown): Issue {
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  const params = { type };
  const message = Object.fromEntries(
    LOCALES.map((locale) => [locale, formatMessage(WORDS[locale].cliMessages['cli.ruleNotText'], params)]),
  ) as unknown as LocalizedText;
  return { code: 'cli.ruleNotText', severity: 'error', path: ['rule'], message, params };
}

/** Where a score file's parts are, so an issue's path starts from the file's root. */
const under = (prefix: readonly (string | number)[], issues: readonly Issue[]): readonly Issue[] =>
  issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));

/**
 * `cxzy score FILE`: a branch's assessment from `{ "sheets": [...], "cards": [...], "rule"?: "…" }`,
 * the rule written as plans write it (the 2015 seed's rule when absent).
 */
function score(path: string, options: Options, io: Io): number {
  const file = readJson(path, options, io);
  if (file === undefined) return 1;
  const input = (typeof file.value === 'object' && file.value !== null ? file.value : {}) as Record<string, unknown>;
  const sheets = parseScoreSheets(input['sheets']);
  const cards = parseScoreCards(input['cards']);
  let rule: TierRule = MEMBER_TIERS_TONGMIN_2015;
  const issues: Issue[] = [];
  if (!sheets.success) issues.push(...under(['sheets'], sheets.issues));
  if (!cards.success) issues.push(...under(['cards'], cards.issues));
  if (input['rule'] !== undefined) {
    if (typeof input['rule'] === 'string') {
      const parsed = parseTierRule(input['rule']);
      if (parsed.success) rule = parsed.data;
      else issues.push(...under(['rule'], parsed.issues));
    } else {
      issues.push(ruleNotText(input['rule']));
    }
  }
  if (!sheets.success || !cards.success || issues.length > 0) return report(path, issues, [], {}, options, io);
  const assessment = assessMembers(cards.data, sheets.data, rule);
  const words = WORDS[options.locale];
  const notGraded = assessment.members.flatMap((member) => {
    const why = notGradedReason(member);
    return why === undefined ? [] : [{ memberId: member.memberId, cause: why.cause, reason: why.text }];
  });
  const why = new Map(notGraded.map((member) => [member.memberId, member.reason[options.locale]]));
  const lines = assessment.members.map((member) => {
    const reason = why.get(member.memberId);
    const tier =
      member.tier !== undefined
        ? words.memberTierLabels[member.tier]
        : reason === undefined
          ? words.cliTexts.notGraded
          : formatMessage(words.cliTexts.notGradedBecause, { reason });
    return `${member.memberId}\t${member.total === null ? words.cliTexts.noTotal : member.total.toFixed(2)}\t${tier}`;
  });
  // A member the data leaves ungraded fails the run; a probationary member the rule does not
  // grade does not.
  const ungraded = notGraded.filter((member) => member.cause !== 'probationary');
  if (ungraded.length > 0) {
    const members = ungraded.map((member) => member.memberId).join(words.demoTexts.listSeparator);
    lines.push(formatMessage(words.cliTexts.ungraded, { count: ungraded.length, members }));
  }
  // The branch's issues already point from the root; a member's point into its card, which comes
  // at the member's own place in the list.
  const all = [
    ...assessment.issues,
    ...assessment.members.flatMap((member, index) => under(['cards', index], member.issues)),
  ];
  return report(path, all, lines, { assessment, notGraded }, options, io, ungraded.length > 0);
}

/** Why a member has no tier, as the explanation words it: the cause and its sentence in every locale. */
function notGradedReason(member: MemberAssessment): { readonly cause: NotGradedCause; readonly text: LocalizedText } | undefined {
  if (member.tier !== undefined) return undefined;
  const at = member.reasons.findIndex((reason) => reason.code === 'notGraded');
  const reason = member.reasons[at];
  if (reason?.code !== 'notGraded') return undefined;
  // The first sentence says how the total was made; the reasons follow in order.
  return { cause: reason.cause, text: explainAssessment(member)[at + 1]! };
}

/** `cxzy schema [NAME]`: one entity's JSON Schema, or all of them keyed by name. */
function schema(name: string | undefined, options: Options, io: Io): number {
  const all = jsonSchemas();
  if (name === undefined) {
    io.out(`${JSON.stringify(all, null, 2)}\n`);
    return 0;
  }
  if (!Object.hasOwn(all, name)) {
    const known = Object.keys(all).join(', ');
    io.err(`${formatMessage(WORDS[options.locale].cliTexts.noSchemaNamed, { name, known })}\n`);
    return 1;
  }
  io.out(`${JSON.stringify(all[name as keyof typeof all], null, 2)}\n`);
  return 0;
}

/**
 * Runs the command line `args` (without `node` and the script) and returns the exit code. Output is
 * built whole and written once, so a failure never leaves half a report; problems go to `err` and
 * exit with 1.
 */
export function run(args: readonly string[], io: Io): number {
  const options = readOptions(args);
  if (options === undefined) {
    io.err(`--lang: ${LOCALES.join(' | ')}\n${usage(DEFAULT_LOCALE)}\n`);
    return 1;
  }
  const [command, ...rest] = options.positional;
  if (command === 'demo' && rest.length === 0) {
    io.out(`${demoLines(options.locale).join('\n')}\n`);
    return 0;
  }
  if (command === 'check' && rest.length === 1) return check(rest[0] as string, options, io);
  if (command === 'score' && rest.length === 1) return score(rest[0] as string, options, io);
  if (command === 'schema' && rest.length <= 1) return schema(rest[0], options, io);
  io.err(`${usage(options.locale)}\n`);
  return 1;
}
