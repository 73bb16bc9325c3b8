/**
 * What the compilers refuse and how they build their text, without a database (the results
 * themselves are compared with the library's on PostgreSQL in postgresql.test-prop.ts).
 */
import { describe, expect, it } from 'vitest';
import { SCHOOL_FOUR_SIDED_EVALUATION, type AggregationPolicy } from '../../src/evaluation';
import { MEMBER_TIERS_TONGMIN_2015, type TierRule } from '../../src/scoring';
import {
  compileEvaluationQuery,
  compileTierExpression,
  compileTierQuery,
  InvalidInputError,
  POSTGRESQL,
  readEvaluationRows,
  type SqlDialect,
} from '../../src/sql';
import { thrownIssues } from '../_helpers/thrownIssues';

const POLICY: AggregationPolicy<'peer'> = { groups: { peer: { weight: 1, method: 'mean' } }, missingGroup: 'renormalize', duplicateBallot: 'unchecked', excludeSelfFromPeer: false, precision: 2 };
const codes = (issues: readonly { code: string }[]) => issues.map((issue) => issue.code);

describe('names of tables and columns', () => {
  it('refuses a name that is empty, holds a NUL, is longer than PostgreSQL keeps, or is not text', () => {
    const cases: [unknown, string][] = [
      ['', 'sql.emptyIdentifier'],
      ['ballots\u0000; drop table y', 'sql.identifierHasNul'],
      ['x'.repeat(64), 'sql.identifierTooLong'],
      ['评'.repeat(22), 'sql.identifierTooLong'],
      [42, 'input.expected'],
    ];
    for (const [table, code] of cases) {
      expect(codes(thrownIssues(() => compileTierQuery(MEMBER_TIERS_TONGMIN_2015, { table: table as string, score: 'total' }), InvalidInputError))).toEqual([code]);
      expect(codes(thrownIssues(() => compileEvaluationQuery(POLICY, { table: 'ballots', columns: { score: table as string } }), InvalidInputError))).toEqual([code]);
    }
  });

  it('says where the refused name was given, in zh-CN and en', () => {
    const [issue] = thrownIssues(() => compileEvaluationQuery(POLICY, { table: 'ballots', schema: 'x'.repeat(70) }), InvalidInputError);
    expect(issue?.path).toEqual(['options', 'schema']);
    expect(issue?.message).toEqual({ 'zh-CN': 'options.schema的名称长 70 字节,数据库最多保留名称的前 63 字节', en: 'The name given for options.schema is 70 bytes long; the database keeps at most 63 bytes of a name' });
  });

  it('keeps a name of 63 bytes, and quotes quotes, semicolons and comments into one name', () => {
    const query = compileTierQuery(MEMBER_TIERS_TONGMIN_2015, { schema: 'campaign', table: 'x"; drop table y; --', score: 'y'.repeat(63) });
    expect(query.text).toContain('FROM "campaign"."x""; drop table y; --" AS "t"');
    expect(query.text).toContain(`"t"."${'y'.repeat(63)}"`);
  });
});

describe('values are bound, never spliced into the text', () => {
  it('binds group codes, weights, drops and the scale of a policy', () => {
    const hostile = "peer'); drop table ballots; --";
    const policy = { ...POLICY, groups: { [hostile]: { weight: 0.3333, method: 'trimmedMean', dropHighest: 2, dropLowest: 3 } } } as AggregationPolicy<string>;
    const query = compileEvaluationQuery(policy, { table: 'ballots' });
    expect(query.text).not.toContain('drop table');
    expect(query.text).not.toContain('3333');
    expect(query.values).toContain(hostile);
    expect(query.values).toContain('3333');
    expect(query.groups).toEqual([{ group: hostile, value: 'group1_value', count: 'group1_count', status: 'group1_status' }]);
  });

  it('binds the minimum share of weights too large to add up as an infinite numeric, never a throw', () => {
    const huge = { ...POLICY, groups: { peer: { weight: 1e304, method: 'mean' }, masses: { weight: 1e304, method: 'mean' } }, minimum: { countedWeight: 0.5 } } as AggregationPolicy<string>;
    expect(compileEvaluationQuery(huge, { table: 'ballots' }).values).toContain('Infinity');
  });

  it('binds the bounds and tiers of a rule, from the placeholder asked for', () => {
    const { tier, band, values } = compileTierExpression(MEMBER_TIERS_TONGMIN_2015, { score: 'total', firstParameter: 3 });
    expect(tier).toContain('$3::numeric');
    expect(tier).not.toContain('$1');
    expect(band).toContain('THEN 0');
    expect(tier).not.toMatch(/100|80|60/);
    expect(values).toEqual(['100.00', 'excellent', '80.00', 'qualified', '60.00', 'basicallyQualified', 'unqualified']);
  });

  it('writes bounds with a third decimal rounded, and exclusive bounds a hundredth inside', () => {
    const rule: TierRule = { bands: [{ tier: 'excellent', min: { value: 90.005, inclusive: false } }, { tier: 'qualified', max: { value: -0.5, inclusive: true } }], overlap: 'lowerTier' };
    expect(compileTierExpression(rule, { score: 'total' }).values).toEqual(['-0.50', 'qualified', '90.02', 'excellent']);
  });
});

describe('rules and policies are checked as the library checks them', () => {
  it('refuses a policy aggregateEvaluations refuses, with its issues', () => {
    const policy = { ...POLICY, precision: 9, groups: { peer: { weight: -1, method: 'mean' } } } as AggregationPolicy<'peer'>;
    expect(codes(thrownIssues(() => compileEvaluationQuery(policy, { table: 'ballots' }), InvalidInputError))).toEqual(['evaluation.invalidWeight', 'evaluation.invalidPrecision']);
    expect(codes(thrownIssues(() => compileEvaluationQuery(null as unknown as AggregationPolicy<'peer'>, { table: 'ballots' }), InvalidInputError))).toEqual(['input.expected']);
  });

  it('needs a position column when duplicates are resolved in ballot order', () => {
    const [issue] = thrownIssues(() => compileEvaluationQuery(SCHOOL_FOUR_SIDED_EVALUATION, { table: 'ballots' }), InvalidInputError);
    expect(issue?.code).toBe('sql.positionRequired');
    expect(issue?.path).toEqual(['options', 'columns', 'position']);
    expect(compileEvaluationQuery(SCHOOL_FOUR_SIDED_EVALUATION, { table: 'ballots', columns: { position: 'id' } }).text).toContain('ORDER BY flagged.first_position');
  });

  it('refuses a tier rule classify refuses, and options that are not an object', () => {
    const rule = { bands: [{ tier: 'excellent', min: { value: Number.NaN, inclusive: true } }], overlap: 'higherTier' } as TierRule;
    expect(codes(thrownIssues(() => compileTierExpression(rule, { score: 'total' }), InvalidInputError))).toEqual(['input.expected']);
    expect(codes(thrownIssues(() => compileTierExpression(MEMBER_TIERS_TONGMIN_2015, { score: [] }), InvalidInputError))).toEqual(['sql.emptyIdentifier']);
    expect(codes(thrownIssues(() => compileTierExpression(MEMBER_TIERS_TONGMIN_2015, { score: 'total', firstParameter: 0 }), InvalidInputError))).toEqual(['input.tooSmall']);
    expect(codes(thrownIssues(() => compileTierQuery(MEMBER_TIERS_TONGMIN_2015, 'totals' as never), InvalidInputError))).toEqual(['input.expected']);
    expect(codes(thrownIssues(() => compileEvaluationQuery(POLICY, { table: 'ballots', columns: 'x' as never, dialect: 1 as never }), InvalidInputError))).toEqual(['input.expected', 'input.expected']);
  });

  it('refuses a rule, options or rows that are not objects at all', () => {
    expect(codes(thrownIssues(() => compileTierExpression(null as unknown as TierRule, null as never), InvalidInputError))).toEqual(['input.expected', 'input.expected']);
    expect(codes(thrownIssues(() => compileEvaluationQuery(POLICY, null as never), InvalidInputError))).toEqual(['input.expected']);
    expect(codes(thrownIssues(() => readEvaluationRows([], null as never), InvalidInputError))).toEqual(['input.expected']);
  });

  it('gives a band without bounds every finite score', () => {
    const rule: TierRule = { bands: [{ tier: 'qualified' }], overlap: 'higherTier' };
    expect(compileTierExpression(rule, { score: 'total' }).tier).toContain('WHEN TRUE THEN $1::text');
  });

  it('reads a qualified score column from its parts', () => {
    expect(compileTierExpression(MEMBER_TIERS_TONGMIN_2015, { score: ['s', 'totals', 'total'] }).tier).toContain('"s"."totals"."total"');
    expect(codes(thrownIssues(() => compileTierExpression(MEMBER_TIERS_TONGMIN_2015, { score: ['t', ''] }), InvalidInputError))).toEqual(['sql.emptyIdentifier']);
  });
});

describe('a second dialect is one more object', () => {
  it('builds the same queries with its own placeholders and quoting', () => {
    const questionMarks: SqlDialect = { ...POSTGRESQL, name: 'Example', parameter: () => '?', quoteIdentifier: (name) => `[${name}]` };
    const query = compileTierQuery(MEMBER_TIERS_TONGMIN_2015, { table: 'totals', score: 'total', dialect: questionMarks });
    expect(query.text).toContain('FROM [totals] AS [t]');
    expect(query.text).not.toContain('$');
  });
});

describe('rows read back', () => {
  it('accepts issues as JSON text and counts as big integers', () => {
    const query = compileEvaluationQuery(POLICY, { table: 'ballots' });
    const [subject] = readEvaluationRows([{ subject_id: 'm1', group1_value: '80.50', group1_count: 2n, group1_status: 'counted', combined: '80.50', issues: '[]' }], query);
    expect(subject).toEqual({ subjectId: 'm1', groups: { peer: { value: 80.5, count: 2, status: 'counted' } }, combined: 80.5, issues: [] });
  });

  it('reads a row without issues or counts as a subject without them', () => {
    const query = compileEvaluationQuery(POLICY, { table: 'ballots' });
    expect(readEvaluationRows([{ subject_id: 'm1', group1_value: null, group1_status: 'missing', combined: null, issues: null }], query)).toEqual([
      { subjectId: 'm1', groups: { peer: { value: null, count: 0, status: 'missing' } }, combined: null, issues: [] },
    ]);
  });

  it('refuses rows that are not a list of objects', () => {
    const query = compileEvaluationQuery(POLICY, { table: 'ballots' });
    expect(codes(thrownIssues(() => readEvaluationRows([1] as never, query), InvalidInputError))).toEqual(['input.expected']);
    expect(codes(thrownIssues(() => readEvaluationRows([], {} as never), InvalidInputError))).toEqual(['input.missing']);
  });
});

describe('rows that are not as the query gives them', () => {
  const query = compileEvaluationQuery(POLICY, { table: 'ballots' });
  const row = { subject_id: 'm1', group1_value: '80.50', group1_count: 2, group1_status: 'counted', combined: '80.50', issues: '[]' };

  it('refuses a figure that is no finite decimal rather than reading it as NaN', () => {
    expect(codes(thrownIssues(() => readEvaluationRows([{ ...row, group1_value: 'abc' }], query), InvalidInputError))).toEqual(['input.expected']);
    expect(codes(thrownIssues(() => readEvaluationRows([{ ...row, combined: Number.POSITIVE_INFINITY }], query), InvalidInputError))).toEqual(['input.expected']);
    expect(codes(thrownIssues(() => readEvaluationRows([{ ...row, group1_count: 'x' }], query), InvalidInputError))).toEqual(['input.expected']);
  });

  it('refuses a subject id that is no text and an unknown group status', () => {
    expect(codes(thrownIssues(() => readEvaluationRows([{ ...row, subject_id: undefined }], query), InvalidInputError))).toEqual(['input.missing']);
    expect(thrownIssues(() => readEvaluationRows([{ ...row, group1_status: { no: 1 } }], query), InvalidInputError)).toHaveLength(1);
  });

  it('refuses issues that are not JSON or not issues, instead of a SyntaxError or a TypeError', () => {
    expect(codes(thrownIssues(() => readEvaluationRows([{ ...row, issues: 'not json' }], query), InvalidInputError))).toEqual(['input.expected']);
    expect(thrownIssues(() => readEvaluationRows([{ ...row, issues: [null] }], query), InvalidInputError)).toHaveLength(1);
    expect(thrownIssues(() => readEvaluationRows([{ ...row, issues: [{ code: 'no.such', severity: 'error', path: [], params: {} }] }], query), InvalidInputError)).toHaveLength(1);
    const issue = { code: 'evaluation.missingGroup', severity: 'warning', path: ['policy', 'groups', 'peer'], params: { subjectId: 'm1', group: 'peer', count: 0, required: 1 } };
    expect(readEvaluationRows([{ ...row, issues: [issue] }], query)[0]?.issues[0]?.code).toBe('evaluation.missingGroup');
    const bad = { ...issue, severity: 'loud', path: [{}], params: { group: {} } };
    expect(thrownIssues(() => readEvaluationRows([{ ...row, issues: [bad] }], query), InvalidInputError).map((found) => found.path.slice(-2))).toEqual([
      [0, 'severity'],
      ['path', 0],
      ['params', 'group'],
    ]);
    expect(thrownIssues(() => readEvaluationRows([{ ...row, issues: 3 }], query), InvalidInputError)).toHaveLength(1);
  });

  it('refuses a query whose group columns are not objects', () => {
    expect(thrownIssues(() => readEvaluationRows([row], { ...query, groups: [null] } as never), InvalidInputError)).toHaveLength(1);
  });
});

describe('tier bounds a query can hold exactly', () => {
  it('refuses a bound whose hundredths would overflow instead of binding Infinity', () => {
    const rule: TierRule = { ...MEMBER_TIERS_TONGMIN_2015, bands: [...MEMBER_TIERS_TONGMIN_2015.bands.slice(0, 3), { tier: 'unqualified', min: { value: 1e308, inclusive: true } }] };
    expect(codes(thrownIssues(() => compileTierExpression(rule, { score: 'total' }), InvalidInputError))).toEqual(['input.tooLarge']);
    expect(codes(thrownIssues(() => compileTierQuery(rule, { table: 'totals', score: 'total' }), InvalidInputError))).toEqual(['input.tooLarge']);
  });
});
