import type { Issue } from '../../core/issue';
import { LOCALES, type Locale, type LocalizedText } from '../../core/locale';
import { rank } from '../../core/rank';
import { formatMessage } from '../../core/message';
import { parseScoreCards } from '../../schema';
import {
  assessMembers,
  explainAssessment,
  MEMBER_TIERS_TONGMIN_2015,
  parseTierRule,
  type MemberAssessment,
  type NotGradedCause,
  type ScoreCard,
  type ScoreSheet,
  type TierRule,
} from '../../scoring';
import { assessmentTable, readScoreCards, TABLE_COLUMNS, type Row, type TableRow } from '../../tables';
import { oneFile, stringOption, type Args } from '../args';
import { EXIT } from '../failure';
import { formatOf } from '../files/tableFile';
import { writeTables } from '../files/writeTable';
import type { Io } from '../io';
import { ChunkedWriter, hasErrors, issueLines, jsonStream, writeEach, writeJsonObject } from '../output';
import { say, WORDS } from '../words';
import { allRowsOf, asObject, headerAmong, openTableOf, printIssues, readJsonOf, scoreSheetsOf, under } from './_shared';

/** The names of a workbook's sheet that holds the tier rule, in each locale. */
export const RULE_SHEET_NAMES: LocalizedText = { 'zh-CN': '评定规则', en: 'Tier rule' };

/** What `score` reads before it grades: the cards, the sheets, the rule text, members' names, and the issues so far. */
interface ScoreInput {
  readonly cards?: readonly ScoreCard[];
  readonly sheets?: readonly ScoreSheet[];
  readonly ruleText?: unknown;
  readonly names?: Readonly<Record<string, string>>;
  readonly issues: readonly Issue[];
}

/**
 * `cxzy score FILE`: each member's tier with the reasons, from a score table (.xlsx, .csv) or a
 * JSON file; the 公示 table to `--out`, or JSON to standard output, written as it is made.
 */
export async function score(args: Args, io: Io): Promise<number> {
  const path = oneFile(args);
  const outPath = stringOption(args, 'out');
  if (outPath !== undefined) formatOf(outPath);
  const input = formatOf(path) === 'json' ? await fromJson(path, args, io) : await fromTable(path, args, io);
  const issues: Issue[] = [...input.issues];
  let rule: TierRule = MEMBER_TIERS_TONGMIN_2015;
  const ruleText = stringOption(args, 'rule') ?? input.ruleText;
  if (ruleText !== undefined) {
    if (typeof ruleText === 'string') {
      const parsed = parseTierRule(ruleText);
      if (parsed.success) rule = parsed.data;
      else issues.push(...under(['rule'], parsed.issues));
    } else issues.push(ruleNotText(ruleText));
  }
  if (input.cards === undefined || input.sheets === undefined || hasErrors(issues)) return printIssues(path, [], issues, args, io, true);

  const assessment = assessMembers(input.cards, input.sheets, rule);
  const locale = args.locale;
  const notGraded = assessment.members.flatMap((member) => {
    const why = notGradedReason(member);
    return why === undefined ? [] : [{ memberId: member.memberId, cause: why.cause, reason: why.text }];
  });
  // A member the data leaves ungraded fails the run; a probationary member the rule does not grade does not.
  const ungraded = notGraded.filter((member) => member.cause !== 'probationary');
  const allIssues = [...issues, ...assessment.issues, ...assessment.members.flatMap((member, index) => under(['cards', index], member.issues))];
  const failed = ungraded.length > 0 || hasErrors(allIssues);
  const publicity = publicityRows(assessment.members, input.sheets, input.names, locale);
  const summary = summaryLines(assessment.members, ungraded.map((member) => member.memberId), locale);

  if (outPath !== undefined) {
    const rows = await writeTables(outPath, [{ name: publicity.name, headers: publicity.headers, rows: publicity.rows() }], io);
    if (args.json) {
      const out = new ChunkedWriter(io.stdout);
      await writeJsonObject(out, [['file', path], ['valid', !failed], ['out', outPath], ['rows', rows], ['distribution', assessment.distribution], ['notGraded', notGraded], ['issues', allIssues]]);
      await out.flush();
    } else {
      await io.stdout.write(`${[path, say(locale, 'wrote', { path: outPath, rows }), ...summary, ...issueLines(allIssues, locale, true)].join('\n')}\n`);
    }
    return failed ? EXIT.dataProblems : EXIT.clean;
  }
  const out = new ChunkedWriter(io.stdout);
  if (args.json) {
    const { members, ...branch } = assessment;
    await writeJsonObject(out, [
      ['file', path],
      ['valid', !failed],
      ['distribution', branch.distribution],
      ...(branch.quota === undefined ? [] : [['quota', branch.quota] as const]),
      ['members', jsonStream(members)],
      ['notGraded', notGraded],
      ['issues', allIssues],
    ]);
  } else {
    await out.write(`${path}\n${publicity.headers.join('\t')}\n`);
    await writeEach(out, publicity.rows(), (row) => `${publicity.headers.map((header) => row[header] ?? '').join('\t')}\n`);
    await out.write(`${[...summary, ...issueLines(allIssues, locale, true)].join('\n')}\n`);
  }
  await out.flush();
  return failed ? EXIT.dataProblems : EXIT.clean;
}

/** A JSON file: `{ "cards": [...], "sheets"?: [...], "rule"?: "…" }`. */
async function fromJson(path: string, args: Args, io: Io): Promise<ScoreInput> {
  const file = asObject(await readJsonOf(path, io), path);
  const sheets = await scoreSheetsOf(args, io, file['sheets']);
  const cards = parseScoreCards(file['cards']);
  return {
    ...(cards.success ? { cards: cards.data } : {}),
    ...(sheets.sheets === undefined ? {} : { sheets: sheets.sheets }),
    ruleText: file['rule'],
    issues: [...sheets.issues, ...(cards.success ? [] : under(['cards'], cards.issues))],
  };
}

/** A score table: one row per member, one column per item; a workbook's 评定规则 sheet holds the rule. */
async function fromTable(path: string, args: Args, io: Io): Promise<ScoreInput> {
  const sheets = await scoreSheetsOf(args, io, undefined);
  const source = await openTableOf(path, args, io);
  const rows = await allRowsOf(source, io, args.locale);
  const ruleSheet = LOCALES.map((locale) => RULE_SHEET_NAMES[locale]).find((name) => source.otherSheets[name] !== undefined);
  const ruleText = ruleSheet === undefined ? undefined : ruleInSheet(source.otherSheets[ruleSheet]!());
  if (sheets.sheets === undefined) return { issues: sheets.issues, ruleText };
  const read = readScoreCards(rows, sheets.sheets, { headers: source.headers });
  const nameHeader = headerAmong(source.headers, TABLE_COLUMNS.name);
  const idHeader = headerAmong(source.headers, TABLE_COLUMNS.memberId);
  const names: Record<string, string> = {};
  if (nameHeader !== undefined && idHeader !== undefined) {
    for (const row of rows) {
      const id = row[idHeader];
      const name = row[nameHeader];
      if (id !== undefined && id !== null && name !== undefined && name !== null) names[String(id).trim()] = String(name).trim();
    }
  }
  return {
    ...(read.success ? { cards: read.data } : {}),
    sheets: sheets.sheets,
    ...(ruleText === undefined ? {} : { ruleText }),
    ...(nameHeader === undefined ? {} : { names }),
    issues: read.issues,
  };
}

/** The rule a 评定规则 sheet holds: the first cell under its header, or the header itself when that is the rule. */
function ruleInSheet(rows: readonly Row[]): string | undefined {
  for (const row of rows) {
    for (const cell of Object.values(row)) if (typeof cell === 'string' && cell.trim() !== '') return cell.trim();
  }
  return undefined;
}

/** The 公示 table, its rows made one at a time: ranks over all members, each row by `assessmentTable`. */
function publicityRows(members: readonly MemberAssessment[], sheets: readonly ScoreSheet[], names: Readonly<Record<string, string>> | undefined, locale: Locale) {
  const options = { locale, sheets, ...(names === undefined ? {} : { names }) };
  const { headers } = assessmentTable([], options);
  const rankHeader = headers[0]!;
  return {
    name: WORDS[locale].cliTexts.publicitySheet,
    headers,
    *rows(): Generator<TableRow, void, undefined> {
      for (const { item, rank: position } of rank(members, (member) => member.total)) {
        const [row] = assessmentTable([item], options).rows;
        yield { ...row, [rankHeader]: position };
      }
    },
  };
}

/** The closing lines: how many members were graded in each tier, and who could not be graded. */
function summaryLines(members: readonly MemberAssessment[], ungraded: readonly string[], locale: Locale): string[] {
  const words = WORDS[locale];
  const counts = new Map<string, number>();
  for (const member of members) if (member.tier !== undefined) counts.set(member.tier, (counts.get(member.tier) ?? 0) + 1);
  const tiers = [...counts].map(([tier, count]) => say(locale, 'tierCount', { tier: (words.memberTierLabels as Readonly<Record<string, string>>)[tier] ?? tier, count })).join(words.demoTexts.listSeparator);
  const graded = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const lines = [say(locale, 'scored', { members: members.length, graded, tiers })];
  if (ungraded.length > 0) {
    const shown = ungraded.slice(0, 20).join(words.demoTexts.listSeparator) + (ungraded.length > 20 ? '…' : '');
    lines.push(say(locale, 'ungraded', { count: ungraded.length, members: shown }));
  }
  return lines;
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

/** The issue of a score file whose `rule` is there but is not text: JSON's name for what it is instead. */
function ruleNotText(value: unknown): Issue {
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  const params = { type };
  const message = Object.fromEntries(
    LOCALES.map((locale) => [locale, formatMessage(WORDS[locale].cliMessages['cli.ruleNotText'], params)]),
  ) as unknown as LocalizedText;
  return { code: 'cli.ruleNotText', severity: 'error', path: ['rule'], message, params };
}
