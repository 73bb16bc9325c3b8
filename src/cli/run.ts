import type { Issue } from '../core/issue';
import type { Locale } from '../core/locale';
import { validateSchedule } from '../schedule/validateSchedule';
import { jsonSchemas } from '../schema/jsonSchemas';
import { parseCampaign } from '../schema/parsers';
import { MEMBER_TIER_LABELS } from '../core/tiers';
import { assessMembers } from '../scoring/assessMembers';
import { parseTierRule } from '../scoring/parseTierRule';
import { MEMBER_TIERS_TONGMIN_2015 } from '../scoring/rules';
import type { TierRule } from '../scoring/types';
import { parseScoreCards, parseScoreSheets } from '../schema/parsers';
import { demoLines } from './demo/index';
import { issueLines } from './demo/format';

/** What the program touches outside itself: injected, so it is tested without a terminal or disk. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Reads a text file; throws as `fs.readFileSync` does. */
  readonly readText: (path: string) => string;
}

const USAGE = {
  'zh-CN': [
    '用法:',
    '  cxzy demo [--lang zh-CN|en]            运行内置示例活动',
    '  cxzy check FILE [--lang …] [--json]    检查活动文件(JSON):字段、日期与阶段安排',
    '  cxzy score FILE [--lang …] [--json]    评定党员等次:{ "sheets", "cards", "rule"?(如“100分以上为优秀;…”)}',
    '  cxzy schema [NAME]                     输出 JSON Schema',
  ].join('\n'),
  en: [
    'Usage:',
    '  cxzy demo [--lang zh-CN|en]            run the embedded example campaign',
    '  cxzy check FILE [--lang …] [--json]    check a campaign file (JSON): fields, dates and phases',
    '  cxzy score FILE [--lang …] [--json]    assess members: { "sheets", "cards", "rule"? (as plans write it) }',
    '  cxzy schema [NAME]                     print the JSON Schemas',
  ].join('\n'),
} as const;

interface Options {
  readonly locale: Locale;
  readonly json: boolean;
  readonly positional: readonly string[];
}

function readOptions(args: readonly string[]): Options | undefined {
  let locale: Locale = 'zh-CN';
  let json = false;
  const positional: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    if (arg === '--lang') {
      const value = args[index + 1];
      if (value !== 'zh-CN' && value !== 'en') return undefined;
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
    const reason = error instanceof Error ? error.message : String(error);
    io.err(`${path}: ${options.locale === 'zh-CN' ? '不是有效的 JSON' : 'not valid JSON'}: ${reason}\n`);
    return undefined;
  }
}

/** Prints a file's issues, or the result as JSON, and gives the exit code: 1 on any error. */
function report(path: string, issues: readonly Issue[], lines: readonly string[], json: object, options: Options, io: Io): number {
  const failed = issues.some((issue) => issue.severity === 'error');
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
    const parsed = typeof input['rule'] === 'string' ? parseTierRule(input['rule']) : parseTierRule('');
    if (parsed.success) rule = parsed.data;
    else issues.push(...under(['rule'], parsed.issues));
  }
  if (!sheets.success || !cards.success || issues.length > 0) return report(path, issues, [], {}, options, io);
  const assessment = assessMembers(cards.data, sheets.data, rule);
  const notGraded = options.locale === 'zh-CN' ? '不评定' : 'not graded';
  const lines = assessment.members.map((member) => {
    const tier = member.tier === undefined ? notGraded : MEMBER_TIER_LABELS[member.tier][options.locale];
    return `${member.memberId}\t${member.total.toFixed(2)}\t${tier}`;
  });
  // The branch's issues already point from the root; a member's point into its card, which comes
  // at the member's own place in the list.
  const all = [
    ...assessment.issues,
    ...assessment.members.flatMap((member, index) => under(['cards', index], member.issues)),
  ];
  return report(path, all, lines, { assessment }, options, io);
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
    io.err(`${options.locale === 'zh-CN' ? '没有名为' : 'No schema named'} “${name}”: ${known}\n`);
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
    io.err(`--lang: zh-CN | en\n${USAGE['zh-CN']}\n`);
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
  io.err(`${USAGE[options.locale]}\n`);
  return 1;
}
