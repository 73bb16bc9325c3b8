import type { Issue } from '../../core/issue';
import { validateSchedule } from '../../schedule';
import { parseCampaign } from '../../schema';
import { readGradeBallots, readMembers, readScoreBallots, readScoreCards, TABLE_COLUMNS } from '../../tables';
import { oneFile, stringOption, type Args } from '../args';
import { usageFailure } from '../failure';
import { formatOf } from '../files/tableFile';
import type { Io } from '../io';
import { say } from '../words';
import { allRowsOf, headerAmong, openTableOf, printIssues, readJsonOf, scoreSheetsOf } from './_shared';

/** The kinds of table `check --kind` reads. */
export const TABLE_KINDS = ['members', 'cards', 'ballots', 'grades'] as const;

/** A kind of table. */
type TableKindName = (typeof TABLE_KINDS)[number];

/** The kind a table is, told from its headers: ballots have an evaluator, a score table has more than a roster's columns. */
function kindOf(headers: readonly string[]): TableKindName {
  if (headerAmong(headers, TABLE_COLUMNS.evaluatorId) !== undefined || headerAmong(headers, TABLE_COLUMNS.subjectId) !== undefined) {
    return headerAmong(headers, TABLE_COLUMNS.grade) !== undefined && headerAmong(headers, TABLE_COLUMNS.score) === undefined ? 'grades' : 'ballots';
  }
  const roster = [TABLE_COLUMNS.memberId, TABLE_COLUMNS.name, TABLE_COLUMNS.status, TABLE_COLUMNS.organizationId, TABLE_COLUMNS.roles, TABLE_COLUMNS.vetoes];
  return headers.every((header) => roster.some((accepted) => headerAmong([header], accepted) !== undefined)) ? 'members' : 'cards';
}

/**
 * `cxzy check FILE`: every problem of the file. A JSON file is a campaign (schema and schedule
 * checks); a table is read as a roster, a score table or ballots, each problem by row and column.
 */
export async function check(args: Args, io: Io): Promise<number> {
  const path = oneFile(args);
  if (formatOf(path) === 'json') {
    const parsed = parseCampaign(await readJsonOf(path, io));
    const issues: readonly Issue[] = parsed.success ? validateSchedule(parsed.data) : parsed.issues;
    return printIssues(path, [], issues, args, io);
  }
  const asked = stringOption(args, 'kind');
  if (asked !== undefined && !(TABLE_KINDS as readonly string[]).includes(asked)) throw usageFailure('unknownKind', { kind: asked, known: TABLE_KINDS.join(', ') });
  const source = await openTableOf(path, args, io);
  const kind = (asked as TableKindName | undefined) ?? kindOf(source.headers);
  const rows = await allRowsOf(source, io, args.locale);
  const options = { headers: source.headers };
  let issues: readonly Issue[];
  if (kind === 'cards') {
    const sheets = await scoreSheetsOf(args, io, undefined);
    issues = sheets.sheets === undefined ? sheets.issues : readScoreCards(rows, sheets.sheets, options).issues;
  } else if (kind === 'members') issues = readMembers(rows, options).issues;
  else if (kind === 'ballots') issues = readScoreBallots(rows, options).issues;
  else issues = readGradeBallots(rows, options).issues;
  return printIssues(path, [say(args.locale, 'checked', { rows: rows.length })], issues, args, io);
}
