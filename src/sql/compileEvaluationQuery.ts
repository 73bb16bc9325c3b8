import { assertInput, expectObject, type InputIssues } from '../core/input';
import { createIssue } from '../core/message';
import { compilePolicy, type CompiledGroup, type CompiledPolicy } from '../evaluation/policy/_compilePolicy';
import type { AggregationPolicy } from '../evaluation/policy/types';
import { checkedIdentifier, checkedTable, dialectOf, Values } from './_build';
import type { SqlDialect, SqlQuery } from './dialect';
import { SQL_MESSAGES } from './messages';

/**
 * Compiles an aggregation policy into one query over a table of score ballots that gives, per
 * subject, what `aggregateEvaluations` gives for the same ballots under the same policy: each
 * group's figure, count and status, the combined score, and the subject's issues — a duplicate
 * ballot (`evaluation.duplicateBallot`, or `evaluation.ballotReplaced` under `lastWins`), an
 * excluded self-ballot, a missing or under-filled group, no valid ballot or no counted group, a
 * subject below the policy's `minimum` — with the same codes, severities, paths and params. The
 * arithmetic is the library's: scores in whole hundredths, a trimmed mean as the sum less the
 * dropped extremes, the median as the middle score or the mean of the two middle ones, weights in
 * ten-thousandths, each figure rounded once, half away from zero, to the policy's precision, in
 * exact `numeric` — never a float. {@link readEvaluationRows} turns the rows into results with
 * messages in every locale.
 *
 * The table holds one ballot a row. Ballots that the library would not count are not counted here
 * either (and, as there, they are not a subject's issues): a null or empty subject or evaluator, a
 * group the policy does not have, a null score, one outside the policy's scale or with more than
 * two decimals. A subject named by any row is listed, as the library lists a subject named by any
 * ballot. "Ballot order" (which of an evaluator's duplicate ballots counts; the order of issues and
 * of subjects) is the order of the `position` column, whole numbers unique in the table (the
 * library's positions count from 0, so `ordinal` in the issues is `position + 1`); a policy that
 * resolves duplicates (`duplicateBallot` `error` or `lastWins`) needs it. Without it, subjects
 * come in the order of their ids.
 *
 * Rows: `subject_id` (text); for the policy's groups in their sorted order, numbered from 1,
 * `groupN_value` (numeric with the policy's decimals, or null), `groupN_count` (integer) and
 * `groupN_status` (`counted`, `underfilled` or `missing`) — {@link EvaluationQuery.groups} names
 * them; `combined` (numeric or null); `issues` (a JSON list of `{ code, severity, path, params }`).
 *
 * Every value of the policy (group codes, weights, drops, minimum counts, the scale, the precision)
 * is a bound value, never part of the text; table and column names are checked and quoted.
 *
 * Supported: PostgreSQL 14 and later (the default dialect, {@link POSTGRESQL}). Tried on
 * PostgreSQL 18 (PGlite 0.5.17) by the test suite, against `aggregateEvaluations` on random
 * policies and ballots (duplicates, self-ballots, missing groups, minimums included), and by the
 * benchmark (`bench/sql.ts`) on PostgreSQL 15.18 (Debian 12's server), all 100,000 subjects of 1M
 * ballots equal to the library's. No distributed engine has been tried yet. PostgreSQL's JIT
 * compiler (on by default) may spend longer compiling this expression-heavy query than running it;
 * `SET jit = off` for the session if it does.
 *
 * @param policy - the aggregation policy. Not modified.
 * @param options - the ballots table and its columns.
 * @returns the query, its values and the names of its group columns.
 * @throws {@link InvalidInputError} when the policy has problems (`input.*` and `evaluation.*`
 *   issues, as `aggregateEvaluations` reports them), a name is not text, empty, holds a NUL or is
 *   longer than the database keeps, or duplicates are resolved and there is no position column
 *   (`sql.*`); its `issues` say which.
 *
 * @example
 * ```ts
 * import { SCHOOL_FOUR_SIDED_EVALUATION } from 'cxzy/evaluation';
 * import { compileEvaluationQuery } from 'cxzy/sql';
 * const query = compileEvaluationQuery(SCHOOL_FOUR_SIDED_EVALUATION, {
 *   table: 'ballots',
 *   columns: { subjectId: 'member_id', evaluatorId: 'evaluator_id', group: 'side', score: 'score', position: 'id' },
 * });
 * query.groups.map((group) => group.group); // ['leadership', 'parents', 'peer', 'teachersStudents']
 * query.groups[0]?.value; // 'group1_value'
 * query.values.slice(0, 4); // ['leadership', 'parents', 'peer', 'teachersStudents']
 * query.text.includes('FROM "ballots" AS "t"'); // true
 * ```
 */
export function compileEvaluationQuery<G extends string>(policy: AggregationPolicy<G>, options: CompileEvaluationQueryOptions): EvaluationQuery<G> {
  const compiled = compilePolicy(policy as AggregationPolicy<string>);
  const issues: InputIssues = [...compiled.issues];
  let table: string | undefined;
  let dialect: SqlDialect | undefined;
  const names: Partial<Record<ColumnKey, string>> = {};
  if (expectObject(options, ['options'], issues)) {
    dialect = dialectOf(options, issues);
    table = checkedTable(options, issues, dialect);
    const columns = options.columns ?? {};
    if (expectObject(columns, ['options', 'columns'], issues)) {
      for (const key of COLUMN_KEYS) {
        const given = (columns as Readonly<Record<string, unknown>>)[key];
        if (given === undefined && key === 'position') continue;
        const name = checkedIdentifier(given ?? DEFAULT_COLUMNS[key], ['options', 'columns', key], issues, dialect);
        if (name !== undefined) names[key] = name;
      }
      if (compiled.valid && compiled.checked && (columns as Readonly<Record<string, unknown>>)['position'] === undefined) {
        issues.push(createIssue(SQL_MESSAGES, 'sql.positionRequired', 'error', ['options', 'columns', 'position'], { treatment: policy.duplicateBallot }));
      }
    }
  }
  assertInput(issues);
  return build<G>(compiled, table!, names as Record<ColumnKey, string>, dialect!);
}

const COLUMN_KEYS = ['subjectId', 'evaluatorId', 'group', 'score', 'position'] as const;
type ColumnKey = (typeof COLUMN_KEYS)[number];
const DEFAULT_COLUMNS: Record<ColumnKey, string> = { subjectId: 'subject_id', evaluatorId: 'evaluator_id', group: 'group', score: 'score', position: 'position' };

/** Hundredths in one point: scores have at most two decimals. */
const HUNDREDTHS = '100';

function build<G extends string>(compiled: CompiledPolicy, table: string, columns: Record<ColumnKey, string>, dialect: SqlDialect): EvaluationQuery<G> {
  const values = new Values(dialect);
  const { groups } = compiled;
  const treatment = compiled.policy.missingGroup;
  const word = (text: string) => dialect.literal(text);
  const t = dialect.quoteIdentifier('t');
  const column = (key: ColumnKey) => `${t}.${columns[key]}`;
  const codes = groups.map((group) => values.bind(group.code, 'text'));
  const scale = values.bind(String(compiled.scale), 'numeric');
  const precision = values.bind(compiled.policy.precision, 'integer');
  const hasPosition = columns.position !== undefined;
  const position = hasPosition ? column('position') : 'NULL';
  const peer = compiled.peerIndex;
  const self = peer >= 0;
  const checked = compiled.checked;
  const rdiv = (numerator: string, denominator: string) => dialect.roundedDivision(numerator, denominator);

  // 1. Every row naming a subject, with whether it is a ballot the library counts.
  // Each row's columns are computed once, in two fenced steps (see `SqlDialect.fence`): without the
  // fences the planner copies these expressions into every aggregate's filter below.
  const raw = `SELECT ${dialect.text(column('subjectId'))} AS subject_id, ${dialect.text(column('evaluatorId'))} AS evaluator_id, ${dialect.text(column('group'))} AS group_code, CASE ${dialect.text(column('group'))} ${codes.map((code, index) => `WHEN ${code} THEN ${index + 1}`).join(' ')} END AS group_index, ${dialect.exact(column('score'))} AS score, ${position} AS position FROM ${table} AS ${t} WHERE ${dialect.text(column('subjectId'))} <> ''${dialect.fence}`;
  const valid = [
    `evaluator_id <> ''`,
    'group_index IS NOT NULL',
    `score >= ${values.decimal(toHundredths(compiled.range.min), 2)}`,
    `score <= ${values.decimal(toHundredths(compiled.range.max), 2)}`,
    `${dialect.round('score', '2')} = score`,
  ].join(' AND ');
  const named = `named AS (SELECT subject_id, evaluator_id, group_code, group_index, CASE WHEN ${valid} THEN CAST(score * ${HUNDREDTHS} AS bigint) END AS hundredths, position FROM (${raw}) AS raw${dialect.fence})`;

  // 2. Which of the valid ballots count: not a 党内互评 ballot on oneself (if excluded), and the
  //    first (or last) of an evaluator's ballots on a subject in a group.
  const selfCondition = self ? `hundredths IS NOT NULL AND group_index = ${peer + 1} AND evaluator_id = subject_id` : 'FALSE';
  const marked = `marked AS (SELECT named.*, ${selfCondition} AS self${checked ? `, first_value(position) OVER (PARTITION BY hundredths IS NOT NULL, subject_id, group_index, evaluator_id ORDER BY position ${compiled.lastWins ? 'DESC' : 'ASC'}) AS kept` : ''} FROM named)`;
  const counts = `hundredths IS NOT NULL AND NOT self${checked ? ' AND position = kept' : ''}`;

  // 3. Per subject and group: the count and what the method needs (sum, extremes, sorted scores).
  const aggregates: string[] = ['subject_id', 'min(position) AS first_position'];
  const figures: string[] = ['sums.subject_id', 'sums.first_position'];
  groups.forEach((group, index) => {
    const n = index + 1;
    const filter = `${counts} AND group_index = ${n}`;
    aggregates.push(`count(*) FILTER (WHERE ${filter}) AS c${n}`);
    figures.push(`CAST(c${n} AS integer) AS c${n}`, `${unitsOf(group, n, values, scale, rdiv, dialect)} AS u${n}`);
    if (needsList(group)) aggregates.push(`${dialect.sortedList('hundredths', filter)} AS l${n}`);
    else aggregates.push(`sum(hundredths) FILTER (WHERE ${filter}) AS s${n}`);
    if (!needsList(group) && group.dropHighest > 0) aggregates.push(`max(hundredths) FILTER (WHERE ${filter}) AS hi${n}`);
    if (!needsList(group) && group.dropLowest > 0) aggregates.push(`min(hundredths) FILTER (WHERE ${filter}) AS lo${n}`);
  });
  const sums = `sums AS (SELECT ${aggregates.join(', ')} FROM marked GROUP BY subject_id)`;
  const figured = `figures AS (SELECT ${figures.join(', ')} FROM sums${dialect.fence})`;

  // 4. Which groups are counted, and the combined score's ingredients.
  const n = groups.length;
  const required = groups.map((group) => values.bind(group.required, 'integer'));
  const weights = groups.map((group) => values.decimal(group.weightUnits, 0));
  const isCounted = (index: number) => `c${index + 1} >= ${required[index]!}`;
  // A valid policy has at least one group, so no sum is empty.
  const sum = (parts: readonly string[]) => `(${parts.join(' + ')})`;
  const countedGroups = sum(groups.map((_, index) => `CASE WHEN ${isCounted(index)} THEN 1 ELSE 0 END`));
  const countedWeight = sum(groups.map((_, index) => `CASE WHEN ${isCounted(index)} THEN ${weights[index]!} ELSE 0 END`));
  const numerator = sum(groups.map((_, index) => `CASE WHEN ${isCounted(index)} THEN ${weights[index]!} * u${index + 1} ELSE 0 END`));
  const denominator = treatment === 'zero' ? sum(weights) : countedWeight;
  const { minimum } = compiled;
  const minimumChecks = [
    minimum.groups > 0 ? ['countedGroups', `counted_groups < ${values.bind(minimum.groups, 'integer')}`] : undefined,
    minimum.weightUnits > 0 ? ['countedWeight', `counted_weight < ${values.decimal(minimum.weightUnits, 0)}`] : undefined,
  ].filter((check): check is [string, string] => check !== undefined);
  const blocked = treatment === 'error' ? `(counted_groups = 0 OR counted_groups < ${n})` : '(counted_groups = 0)';
  const totals = `totals AS (SELECT figures.*, ${countedGroups} AS counted_groups, ${countedWeight} AS counted_weight, ${numerator} AS numerator, ${denominator} AS denominator, ${sum(groups.map((_, index) => `c${index + 1}`))} AS ballots FROM figures${dialect.fence})`;
  const flagged = `flagged AS (SELECT totals.*, ${blocked} AS blocked${minimumChecks.map(([key, condition]) => `, (NOT ${blocked} AND ${condition}) AS below_${key}`).join('')} FROM totals${dialect.fence})`;

  // 5. The subject's issues, in the library's order: its ballots' (by position), its groups', then
  //    no counted group, then the minimum.
  const records = recordsQuery(self, checked, dialect, word);
  const groupIssues = groups.map((group, index) =>
    `CASE WHEN NOT ${isCounted(index)} THEN ${dialect.jsonObject([
      ['code', `CASE WHEN c${index + 1} = 0 THEN ${word('evaluation.missingGroup')} ELSE ${word('evaluation.underfilledGroup')} END`],
      ['severity', word(treatment === 'error' ? 'error' : 'warning')],
      ['path', dialect.jsonList([word('policy'), word('groups'), codes[index]!])],
      ['params', dialect.jsonObject([['subjectId', 'subject_id'], ['group', codes[index]!], ['count', `c${index + 1}`], ['required', required[index]!]])],
    ])} END`,
  );
  const noneCounted = `CASE WHEN counted_groups = 0 THEN ${dialect.jsonObject([
    ['code', `CASE WHEN ballots = 0 THEN ${word('evaluation.noValidBallots')} ELSE ${word('evaluation.noCountedGroup')} END`],
    ['severity', word('error')],
    ['path', dialect.jsonList([])],
    ['params', dialect.jsonObject([['subjectId', 'subject_id']])],
  ])} END`;
  const minimumIssues = minimumChecks.map(([key]) => {
    // The share the subject had, in percent rounded down to two decimals, as the library shows it.
    const share = dialect.round(`div(counted_weight * 10000, ${values.decimal(minimum.totalWeightUnits, 0)}) / 100`, '2');
    const requiredValue = key === 'countedGroups' ? values.bind(minimum.groups, 'integer') : values.decimal(minimum.share, 2);
    return `CASE WHEN below_${key} THEN ${dialect.jsonObject([
      ['code', word(key === 'countedGroups' ? 'evaluation.belowMinimumGroups' : 'evaluation.belowMinimumWeight')],
      ['severity', word('error')],
      ['path', dialect.jsonList([word('policy'), word('minimum'), word(key)])],
      ['params', dialect.jsonObject([['subjectId', 'subject_id'], ['counted', 'counted_groups'], ['share', share], ['required', requiredValue]])],
    ])} END`;
  });
  const ownIssues = dialect.jsonListOfPresent([...groupIssues, noneCounted, ...minimumIssues]);

  // 6. The rows.
  const blockedAll = ['blocked', ...minimumChecks.map(([key]) => `below_${key}`), 'denominator = 0'].join(' OR ');
  const select = [
    'flagged.subject_id',
    ...groups.flatMap((_, index) => {
      const at = index + 1;
      return [
        `${dialect.round(`u${at} / ${scale}`, precision)} AS group${at}_value`,
        `c${at} AS group${at}_count`,
        `CASE WHEN c${at} = 0 THEN ${word('missing')} WHEN ${isCounted(index)} THEN ${word('counted')} ELSE ${word('underfilled')} END AS group${at}_status`,
      ];
    }),
    `CASE WHEN ${blockedAll} THEN NULL ELSE ${dialect.round(`${rdiv('numerator', 'denominator')} / ${scale}`, precision)} END AS combined`,
    `${records === undefined ? ownIssues : dialect.jsonConcat('records.issues', ownIssues)} AS issues`,
  ];
  const ctes = [named, marked, sums, figured, totals, flagged, ...(records === undefined ? [] : [records])];
  const from = records === undefined ? 'flagged' : 'flagged LEFT JOIN records ON records.record_subject_id = flagged.subject_id';
  const order = hasPosition ? 'flagged.first_position, flagged.subject_id' : 'flagged.subject_id';
  const text = `WITH ${ctes.join(', ')} SELECT ${select.join(', ')} FROM ${from} ORDER BY ${order}`;
  return {
    text,
    values: values.list,
    groups: groups.map((group, index) => ({
      group: group.code as G,
      value: `group${index + 1}_value`,
      count: `group${index + 1}_count`,
      status: `group${index + 1}_status`,
    })),
  };
}

/** Whether a group's figure needs its sorted scores rather than running sums and extremes. */
function needsList(group: CompiledGroup): boolean {
  return group.method === 'median' || group.dropHighest > 1 || group.dropLowest > 1;
}

/** The SQL of a group's figure in units of 1 ÷ 10^precision, or null (see the rule in `evaluation`). */
function unitsOf(group: CompiledGroup, n: number, values: Values, scale: string, rdiv: (a: string, b: string) => string, dialect: SqlDialect): string {
  const count = `c${n}`;
  if (group.method === 'mean') return `CASE WHEN ${count} > 0 THEN ${rdiv(`s${n} * ${scale}`, `${count} * ${HUNDREDTHS}`)} END`;
  if (group.method === 'median') {
    const middle = `(${dialect.listItem(`l${n}`, `CAST((${count} + 1) / 2 AS integer)`)} + ${dialect.listItem(`l${n}`, `CAST(${count} / 2 + 1 AS integer)`)})`;
    return `CASE WHEN ${count} > 0 THEN ${rdiv(`${middle} * ${scale}`, `2 * ${HUNDREDTHS}`)} END`;
  }
  const drops = values.bind(group.dropHighest + group.dropLowest, 'integer');
  let kept: string;
  if (needsList(group)) {
    const from = `${values.bind(group.dropLowest, 'integer')} + 1`;
    const to = `CAST(${count} AS integer) - ${values.bind(group.dropHighest, 'integer')}`;
    kept = dialect.listSum(`l${n}`, from, to);
  } else {
    kept = `(s${n}${group.dropHighest > 0 ? ` - hi${n}` : ''}${group.dropLowest > 0 ? ` - lo${n}` : ''})`;
  }
  return `CASE WHEN ${count} > ${drops} THEN ${rdiv(`${kept} * ${scale}`, `(${count} - ${drops}) * ${HUNDREDTHS}`)} END`;
}

/**
 * The common table of each subject's ballot issues (excluded self-ballots, duplicates), as a JSON
 * list ordered by position, or `undefined` when the policy records none.
 */
function recordsQuery(self: boolean, checked: boolean, dialect: SqlDialect, word: (text: string) => string): string | undefined {
  if (!self && !checked) return undefined;
  const ordinal = 'position + 1';
  const parts: string[] = [];
  if (self) {
    const issue = dialect.jsonObject([
      ['code', word('evaluation.selfBallotExcluded')],
      ['severity', word('info')],
      ['path', dialect.jsonList([word('ballots'), 'position', word('evaluatorId')])],
      ['params', dialect.jsonObject([['position', 'position'], ['subjectId', 'subject_id'], ['ordinal', ordinal]])],
    ]);
    parts.push(`SELECT subject_id, position, ${issue} AS issue FROM marked WHERE self`);
  }
  if (checked) {
    // `kept` is the counted ballot's position: an earlier one under `error`, a later one under `lastWins`.
    const issue = (code: string, severity: string) =>
      dialect.jsonObject([
        ['code', word(code)],
        ['severity', word(severity)],
        ['path', dialect.jsonList([word('ballots'), 'position', word('evaluatorId')])],
        [
          'params',
          dialect.jsonObject([
            ['position', 'position'],
            ['keptPosition', 'kept'],
            ['keptOrdinal', 'kept + 1'],
            ['subjectId', 'subject_id'],
            ['evaluatorId', 'evaluator_id'],
            ['group', 'group_code'],
            ['ordinal', ordinal],
          ]),
        ],
      ]);
    parts.push(
      `SELECT subject_id, position, CASE WHEN kept < position THEN ${issue('evaluation.duplicateBallot', 'error')} ELSE ${issue('evaluation.ballotReplaced', 'info')} END AS issue FROM marked WHERE hundredths IS NOT NULL AND NOT self AND position <> kept`,
    );
  }
  return `records AS (SELECT subject_id AS record_subject_id, ${dialect.jsonAggregate('issue', 'position')} AS issues FROM (${parts.join(' UNION ALL ')}) AS ballot_issues GROUP BY subject_id)`;
}

/** A score bound in whole hundredths (the policy check has made sure it has at most two decimals). */
function toHundredths(value: number): number {
  return Math.round(value * 100);
}



/**
 * Options of {@link compileEvaluationQuery}: where the ballots are. Names are quoted, so they are
 * matched exactly, case included.
 *
 * @example
 * ```ts
 * import type { CompileEvaluationQueryOptions } from 'cxzy/sql';
 * const options: CompileEvaluationQueryOptions = { schema: 'review', table: 'ballots', columns: { position: 'id' } };
 * ```
 */
export interface CompileEvaluationQueryOptions {
  /** The ballots table. */
  readonly table: string;
  /**
   * The table's schema.
   *
   * @defaultValue none: the database's search path decides.
   */
  readonly schema?: string;
  /**
   * The columns of a ballot, each read as text but the score (any number type) and the position.
   *
   * @defaultValue `subject_id`, `evaluator_id`, `group`, `score`, and no position column.
   */
  readonly columns?: EvaluationColumns;
  /**
   * The SQL dialect.
   *
   * @defaultValue {@link POSTGRESQL}
   */
  readonly dialect?: SqlDialect;
}

/**
 * The columns of the ballots table, by the `ScoreBallot` (`cxzy/evaluation`) field each holds.
 *
 * @example
 * ```ts
 * import type { EvaluationColumns } from 'cxzy/sql';
 * const columns: EvaluationColumns = { subjectId: 'member_id', group: 'side', position: 'id' };
 * ```
 */
export interface EvaluationColumns {
  /**
   * Who is evaluated.
   *
   * @defaultValue `'subject_id'`
   */
  readonly subjectId?: string;
  /**
   * Who evaluated.
   *
   * @defaultValue `'evaluator_id'`
   */
  readonly evaluatorId?: string;
  /**
   * The evaluator group's code.
   *
   * @defaultValue `'group'`
   */
  readonly group?: string;
  /**
   * The score.
   *
   * @defaultValue `'score'`
   */
  readonly score?: string;
  /**
   * The ballot's place in the collection: whole numbers, unique, from 0 as the library counts
   * (a serial id does as well, its issues' ordinals then count from it). Needed when the policy
   * resolves duplicates.
   *
   * @defaultValue none
   */
  readonly position?: string;
}

/**
 * The columns of one group in the rows of an {@link EvaluationQuery}.
 *
 * @typeParam G - the policy's group codes.
 *
 * @example
 * ```ts
 * import type { EvaluationGroupColumns } from 'cxzy/sql';
 * const peer: EvaluationGroupColumns<'peer'> = { group: 'peer', value: 'group3_value', count: 'group3_count', status: 'group3_status' };
 * ```
 */
export interface EvaluationGroupColumns<G extends string = string> {
  /** The group's code. */
  readonly group: G;
  /** The column of the group's figure. */
  readonly value: string;
  /** The column of its counted ballots. */
  readonly count: string;
  /** The column of its status. */
  readonly status: string;
}

/**
 * An aggregation policy compiled to SQL (see {@link compileEvaluationQuery}).
 *
 * @typeParam G - the policy's group codes.
 *
 * @example
 * ```ts
 * import type { EvaluationQuery } from 'cxzy/sql';
 * const query: EvaluationQuery<'peer'> = {
 *   text: 'WITH …',
 *   values: ['peer'],
 *   groups: [{ group: 'peer', value: 'group1_value', count: 'group1_count', status: 'group1_status' }],
 * };
 * ```
 */
export interface EvaluationQuery<G extends string = string> extends SqlQuery {
  /** Each group's columns, in the policy's sorted group order. */
  readonly groups: readonly EvaluationGroupColumns<G>[];
}
