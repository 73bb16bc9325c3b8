import { assertInput, expectObject, type InputIssues } from '../core/input';
import type { TierRule } from '../scoring/tierRules/types';
import { checkedIdentifier, checkedTable, dialectOf } from './_build';
import { checkRule, tierExpression } from './compileTierExpression';
import type { SqlDialect, SqlQuery } from './dialect';

/**
 * Compiles a tier rule into a query over a table of totals: every row of the table, with two more
 * columns, `tier` and `band` (the index of the matched band in `rule.bands`), the same as
 * `classify(score, rule)` gives for the row's score (see {@link compileTierExpression}, which this
 * query is built on, for the rounding, the bounds and the overlaps).
 *
 * Supported: PostgreSQL 14 and later; tried on PostgreSQL 18 (PGlite 0.5.17) by the test suite and
 * on PostgreSQL 15.18 (Debian 12's server) by the benchmark (`bench/sql.ts`).
 *
 * @param rule - the tier rule. Not modified.
 * @param options - the table and its score column.
 * @returns the query and its values.
 * @throws {@link InvalidInputError} when the rule is not shaped as a `TierRule`, a bound lies beyond
 *   ±10^13, or a name is not
 *   text, empty, holds a NUL or is longer than the database keeps (`sql.*`); its `issues` say which.
 *
 * @example
 * ```ts
 * import { MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * import { compileTierQuery } from 'cxzy/sql';
 * const query = compileTierQuery(MEMBER_TIERS_TONGMIN_2015, { table: 'totals', score: 'total' });
 * query.text.startsWith('SELECT "t".*, CASE WHEN round(CAST("t"."total" AS numeric), 2) IS NULL'); // true
 * query.text.endsWith('AS "band" FROM "totals" AS "t"'); // true
 * query.values.length; // 7
 * ```
 */
export function compileTierQuery<T extends string>(rule: TierRule<T>, options: CompileTierQueryOptions): SqlQuery {
  const issues: InputIssues = [];
  checkRule(rule, issues);
  let table: string | undefined;
  let score: string | undefined;
  let dialect: SqlDialect | undefined;
  if (expectObject(options, ['options'], issues)) {
    dialect = dialectOf(options, issues);
    table = checkedTable(options, issues, dialect);
    score = checkedIdentifier(options['score'], ['options', 'score'], issues, dialect);
  }
  assertInput(issues);
  const q = dialect!.quoteIdentifier('t');
  const { tier, band, values } = tierExpression(rule, `${q}.${score!}`, dialect!, 1);
  return { text: `SELECT ${q}.*, ${tier} AS ${dialect!.quoteIdentifier('tier')}, ${band} AS ${dialect!.quoteIdentifier('band')} FROM ${table!} AS ${q}`, values };
}

/**
 * Options of {@link compileTierQuery}.
 *
 * @example
 * ```ts
 * import type { CompileTierQueryOptions } from 'cxzy/sql';
 * const options: CompileTierQueryOptions = { schema: 'campaign', table: 'totals', score: 'total' };
 * ```
 */
export interface CompileTierQueryOptions {
  /** The table of totals (quoted: the name exactly as created, case included). */
  readonly table: string;
  /**
   * The table's schema.
   *
   * @defaultValue none: the database's search path decides.
   */
  readonly schema?: string;
  /** The score column (quoted). */
  readonly score: string;
  /**
   * The SQL dialect.
   *
   * @defaultValue {@link POSTGRESQL}
   */
  readonly dialect?: SqlDialect;
}
