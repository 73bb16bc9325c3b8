import type { Issue } from '../../core/issue';
import {
  addBallots,
  createAccumulator,
  DEMOCRATIC_APPRAISAL_VOTE_RULE,
  DEMOCRATIC_ASSESSMENT,
  finalizeAccumulator,
  SATISFACTION_SURVEY_RULE,
  SCHOOL_FOUR_SIDED_EVALUATION,
  summarizeVotes,
  THREE_SIDED_EVALUATION,
  type AggregationPolicy,
  type GradeBallot,
  type VoteRule,
} from '../../evaluation';
import { parseAggregationPolicy, parseVoteRule } from '../../schema';
import {
  evaluationTable,
  readGradeBallots,
  readGradeBallotsWide,
  readScoreBallots,
  readScoreBallotsWide,
  TABLE_COLUMNS,
  type Row,
  type Table,
  type TableResult,
} from '../../tables';
import { oneFile, stringOption, type Args } from '../args';
import { EXIT, usageFailure } from '../failure';
import { formatOf } from '../files/tableFile';
import { writeTables } from '../files/writeTable';
import type { Io } from '../io';
import { ChunkedWriter, hasErrors, issueLines, jsonStream, writeEach, writeJsonObject } from '../output';
import { progressLine } from '../progress';
import { say, WORDS } from '../words';
import { voteSummaryTable } from '../../tables';
import { asObject, headerAmong, openTableOf, printIssues, readJsonOf, under } from './_shared';

/** The aggregation policies shipped, by the name `--policy` takes. */
export const POLICIES: Readonly<Record<string, AggregationPolicy<string>>> = {
  'school-four-sided': SCHOOL_FOUR_SIDED_EVALUATION,
  'three-sided': THREE_SIDED_EVALUATION,
  'democratic-assessment': DEMOCRATIC_ASSESSMENT,
};

/** The vote rules shipped, by the name `--vote-rule` takes. */
export const VOTE_RULES: Readonly<Record<string, VoteRule>> = {
  'satisfaction-survey': SATISFACTION_SURVEY_RULE,
  'democratic-appraisal': DEMOCRATIC_APPRAISAL_VOTE_RULE,
};

/** The most issues kept from reading the rows; the rest are counted. */
const MAX_ISSUES = 1000;

/**
 * A shipped rule by name (any case), or one read from a JSON file by its parser; `undefined` when
 * not asked for. An unknown name that is not a .json file is a usage failure.
 */
async function namedOrFile<T>(
  name: string | undefined,
  shipped: Readonly<Record<string, T>>,
  parse: (value: unknown) => { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: readonly Issue[] },
  unknownKey: 'unknownPolicy' | 'unknownVoteRule',
  io: Io,
): Promise<{ readonly value?: T; readonly issues: readonly Issue[] } | undefined> {
  if (name === undefined) return undefined;
  const known = shipped[name.trim().toLowerCase()];
  if (known !== undefined) return { value: known, issues: [] };
  if (!name.toLowerCase().endsWith('.json')) throw usageFailure(unknownKey, { name, known: Object.keys(shipped).join(', ') });
  const parsed = parse(await readJsonOf(name, io));
  return parsed.success ? { value: parsed.data, issues: [] } : { issues: under([name], parsed.issues) };
}

/**
 * `cxzy evaluate FILE`: score ballots summed up under a policy (each group's figure, the combined
 * score, the rank with ties), or grade ballots counted under a vote rule (满意率 and the
 * recommended verdict). Rows are read in batches into an accumulator: a million ballots pass
 * without being held as one list.
 */
export async function evaluate(args: Args, io: Io): Promise<number> {
  const path = oneFile(args);
  const outPath = stringOption(args, 'out');
  if (outPath !== undefined) formatOf(outPath);
  const policy = (await namedOrFile(stringOption(args, 'policy'), POLICIES, parseAggregationPolicy as never, 'unknownPolicy', io)) ?? { value: SCHOOL_FOUR_SIDED_EVALUATION, issues: [] };
  const voteRule = (await namedOrFile(stringOption(args, 'vote-rule'), VOTE_RULES, parseVoteRule as never, 'unknownVoteRule', io)) ?? { value: SATISFACTION_SURVEY_RULE, issues: [] };
  const group = stringOption(args, 'group');
  const wide = args.options.wide === true;
  const issues: Issue[] = [];
  const keep = (found: readonly Issue[]) => {
    for (const issue of found) if (issues.length < MAX_ISSUES || issue.severity === 'error') issues.push(issue);
  };

  let table: Table;
  let count: number;
  let kind: 'evaluated' | 'summarized';
  const progress = progressLine(io, args.locale);
  if (formatOf(path) === 'json') {
    const file = asObject(await readJsonOf(path, io), path);
    const ballots = Array.isArray(file['ballots']) ? (file['ballots'] as readonly unknown[]) : [];
    const grades = args.options.grades === true || ballots.some((ballot) => typeof ballot === 'object' && ballot !== null && 'grade' in ballot);
    const rows = ballots as readonly Row[];
    const run = grades ? countGrades([{ rows, firstRow: 0 }], voteRule, issues, keep, args, true) : sumScores([{ rows, firstRow: 0 }], policy, issues, keep, args, true);
    ({ table, count, kind } = await run);
  } else {
    const source = await openTableOf(path, args, io);
    const grades = args.options.grades === true || (headerAmong(source.headers, TABLE_COLUMNS.grade) !== undefined && headerAmong(source.headers, TABLE_COLUMNS.score) === undefined);
    let read = 0;
    const batches = (async function* () {
      for await (const batch of source.batches) {
        yield batch;
        read += batch.rows.length;
        progress.update(read);
      }
    })();
    const options = { headers: source.headers, ...(group === undefined ? {} : { group }) };
    const run = grades ? countGrades(batches, voteRule, issues, keep, args, false, options, wide) : sumScores(batches, policy, issues, keep, args, false, options, wide);
    ({ table, count, kind } = await run);
  }
  await progress.done();

  const failed = hasErrors(issues);
  const locale = args.locale;
  if (table.headers.length === 0) return printIssues(path, [], issues, args, io, true);
  const summaryLine = say(locale, kind, { subjects: table.rows.length, ballots: count });
  if (outPath !== undefined) {
    const rows = await writeTables(outPath, [{ name: WORDS[locale].cliTexts.publicitySheet, headers: table.headers, rows: table.rows }], io);
    if (args.json) {
      const out = new ChunkedWriter(io.stdout);
      await writeJsonObject(out, [['file', path], ['valid', !failed], ['out', outPath], ['rows', rows], ['ballots', count], ['issues', issues]]);
      await out.flush();
    } else await io.stdout.write(`${[path, say(locale, 'wrote', { path: outPath, rows }), summaryLine, ...issueLines(issues, locale, true)].join('\n')}\n`);
    return failed ? EXIT.dataProblems : EXIT.clean;
  }
  const out = new ChunkedWriter(io.stdout);
  if (args.json) {
    await writeJsonObject(out, [['file', path], ['valid', !failed], ['ballots', count], ['headers', table.headers], ['rows', jsonStream(table.rows)], ['issues', issues]]);
  } else {
    await out.write(`${path}\n${table.headers.join('\t')}\n`);
    await writeEach(out, table.rows, (row) => `${table.headers.map((header) => row[header] ?? '').join('\t')}\n`);
    await out.write(`${[summaryLine, ...issueLines(issues, locale, true)].join('\n')}\n`);
  }
  await out.flush();
  return failed ? EXIT.dataProblems : EXIT.clean;
}

/** Batches of rows, and the spreadsheet row number of each batch's first. */
type Batches = Iterable<{ readonly rows: readonly Row[]; readonly firstRow: number }> | AsyncIterable<{ readonly rows: readonly Row[]; readonly firstRow: number }>;

/** What summing up or counting gave: the 公示 table, the ballots counted, and which kind it was. */
interface Outcome {
  readonly table: Table;
  readonly count: number;
  readonly kind: 'evaluated' | 'summarized';
}

const NO_TABLE: Table = { headers: [], rows: [] };

/** Score ballots, batch by batch, into an accumulator under the policy. */
async function sumScores(
  batches: Batches,
  policy: { readonly value?: AggregationPolicy<string>; readonly issues: readonly Issue[] },
  issues: Issue[],
  keep: (found: readonly Issue[]) => void,
  args: Args,
  json: boolean,
  options: { readonly headers?: readonly string[]; readonly group?: string } = {},
  wide = false,
): Promise<Outcome> {
  keep(policy.issues);
  if (policy.value === undefined) return { table: NO_TABLE, count: 0, kind: 'evaluated' };
  let accumulator = createAccumulator(policy.value);
  const groups = Object.keys(policy.value.groups);
  let count = 0;
  for await (const batch of batches) {
    let ballots: TableResult<readonly { subjectId: string; evaluatorId: string; group: string; score: number }[]>;
    if (json) ballots = { success: true, data: batch.rows as never, issues: [] };
    else {
      const readOptions = { ...options, groups, headerRow: batch.firstRow - 1 };
      ballots = wide ? readScoreBallotsWide(batch.rows, readOptions) : readScoreBallots(batch.rows, readOptions);
    }
    keep(ballots.issues);
    if (!ballots.success) continue;
    accumulator = addBallots(accumulator, ballots.data);
    count += ballots.data.length;
  }
  if (hasErrors(issues)) return { table: NO_TABLE, count, kind: 'evaluated' };
  const result = finalizeAccumulator(accumulator);
  keep(result.issues);
  keep(result.subjects.flatMap((subject) => subject.issues));
  return { table: evaluationTable(result, { locale: args.locale, groups }), count, kind: 'evaluated' };
}

/** Grade ballots, gathered from every batch, counted under the vote rule. */
async function countGrades(
  batches: Batches,
  rule: { readonly value?: VoteRule; readonly issues: readonly Issue[] },
  issues: Issue[],
  keep: (found: readonly Issue[]) => void,
  args: Args,
  json: boolean,
  options: { readonly headers?: readonly string[]; readonly group?: string } = {},
  wide = false,
): Promise<Outcome> {
  keep(rule.issues);
  if (rule.value === undefined) return { table: NO_TABLE, count: 0, kind: 'summarized' };
  const ballots: GradeBallot<string>[] = [];
  for await (const batch of batches) {
    if (json) {
      ballots.push(...(batch.rows as never as GradeBallot<string>[]));
      continue;
    }
    const readOptions = { ...options, grades: rule.value.grades, headerRow: batch.firstRow - 1 };
    const read = wide ? readGradeBallotsWide(batch.rows, readOptions) : readGradeBallots(batch.rows, readOptions);
    keep(read.issues);
    if (read.success) for (const ballot of read.data) ballots.push(ballot);
  }
  if (hasErrors(issues)) return { table: NO_TABLE, count: ballots.length, kind: 'summarized' };
  const summary = summarizeVotes(ballots, rule.value);
  keep(summary.issues);
  return { table: voteSummaryTable(summary, { locale: args.locale, grades: rule.value.grades }), count: ballots.length, kind: 'summarized' };
}
