import { assertInput, expectNumber, expectObject, type InputIssues } from '../core/input';
import { compileBands } from '../scoring/tierRules/_bands';
import { checkTierRuleShape } from '../scoring/tierRules/checkTierRuleShape';
import type { TierRule } from '../scoring/tierRules/types';
import { checkedIdentifier, dialectOf, unitsText, Values } from './_build';
import type { SqlDialect } from './dialect';

/**
 * Compiles a tier rule into two SQL expressions over a score column: the tier (`'excellent'`…)
 * and the index of the band that matched in `rule.bands`, the same for every row as
 * `classify(score, rule)` gives — the score rounded half away from zero to hundredths first, each
 * bound inclusive or not as the rule says, and a score on a boundary two bands share given to the
 * band the rule's `overlap` chooses (the higher tier under `higherTier`, the lower under
 * `lowerTier`, in the rule's tier set; between bands of one tier, the first); a rule with
 * `wholeScores` is read as `classify` reads it. A null, NaN or infinite score, or one no
 * band contains, gives null for both, as `classify` gives `undefined`.
 *
 * The bounds and tiers are bound values (`$1`, `$2`… from `firstParameter`): the expressions can
 * go into a query of your own whose other values come before them. The column may be any number
 * type (`numeric`, `double precision`, `integer`); it is read as `numeric`.
 *
 * Supported: PostgreSQL 14 and later (the default dialect, {@link POSTGRESQL}). Tried on
 * PostgreSQL 18 (PGlite 0.5.17) by the test suite, against `classify` on random rules and scores,
 * boundaries included, and on PostgreSQL 15.18 (Debian 12's server) by the benchmark (`bench/sql.ts`).
 *
 * @param rule - the tier rule. Not modified.
 * @param options - the score column and where the query's values start.
 * @returns the two expressions and the values they bind.
 * @throws {@link InvalidInputError} when the rule is not shaped as a `TierRule` (as `classify`
 *   checks it), a bound lies beyond ±10^13 (beyond it, hundredths are no longer exact), or a column name is not text, empty, holds a NUL or is longer than the database
 *   keeps (`sql.*`); its `issues` say which.
 *
 * @example
 * ```ts
 * import { MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * import { compileTierExpression } from 'cxzy/sql';
 * const { tier, band, values } = compileTierExpression(MEMBER_TIERS_TONGMIN_2015, { score: ['totals', 'total'] });
 * const text = `SELECT member_id, ${tier} AS tier, ${band} AS band FROM totals`;
 * values; // ['100.00', 'excellent', '80.00', 'qualified', '60.00', 'basicallyQualified', 'unqualified']
 * tier.startsWith('CASE WHEN round(CAST("totals"."total" AS numeric), 2) IS NULL'); // true
 * ```
 */
export function compileTierExpression<T extends string>(rule: TierRule<T>, options: CompileTierExpressionOptions): TierExpression {
  const issues: InputIssues = [];
  checkRule(rule, issues);
  let column: string | undefined;
  let dialect: SqlDialect | undefined;
  let first = 1;
  if (expectObject(options, ['options'], issues)) {
    dialect = dialectOf(options, issues);
    column = checkedColumn(options['score'], issues, dialect);
    if (options.firstParameter !== undefined && expectNumber(options.firstParameter, ['options', 'firstParameter'], issues, { integer: true, min: 1, max: 65_535 })) {
      first = options.firstParameter;
    }
  }
  assertInput(issues);
  return tierExpression(rule, column!, dialect!, first);
}

/** The entry check `classify` makes of a rule, at `['rule']`. */
export function checkRule(rule: TierRule<string>, issues: InputIssues): void {
  if (!checkTierRuleShape(rule, ['rule'], issues)) return;
  rule.bands.forEach((band, index) => {
    if (band.min !== undefined) expectNumber(band.min.value, ['rule', 'bands', index, 'min', 'value'], issues, BOUND_RANGE);
    if (band.max !== undefined) expectNumber(band.max.value, ['rule', 'bands', index, 'max', 'value'], issues, BOUND_RANGE);
  });
}

/**
 * The bounds a query can hold exactly: in hundredths, whole numbers well within 2^53 (a bound of
 * 1e308 would overflow to Infinity in hundredths and no longer be the rule's bound).
 */
const BOUND_RANGE = { min: -1e13, max: 1e13 } as const;

/** A column name, or the parts of a qualified one (`['t', 'total']`), checked and quoted. */
function checkedColumn(score: unknown, issues: InputIssues, dialect: SqlDialect): string | undefined {
  if (!Array.isArray(score)) return checkedIdentifier(score, ['options', 'score'], issues, dialect);
  const parts = score.map((part: unknown, index) => checkedIdentifier(part, ['options', 'score', index], issues, dialect));
  if (parts.length === 0) return checkedIdentifier('', ['options', 'score'], issues, dialect);
  return parts.every((part) => part !== undefined) ? parts.join('.') : undefined;
}

/** The expressions for a checked rule over the quoted column `column`. */
export function tierExpression(rule: TierRule<string>, column: string, dialect: SqlDialect, first: number, values = new Values(dialect, first)): TierExpression {
  const score = dialect.round(dialect.exact(column), '2');
  // The bands as `classify` reads them: in hundredths, ranked in the rule's tier set, whole-score gaps closed.
  const bands = compileBands(rule).map((band, index) => ({ ...band, index, tier: rule.bands[index]!.tier }));
  // The band `classify` chooses is the first of these that contains the score: by tier as the
  // overlap says, then in the rule's order.
  const direction = rule.overlap === 'higherTier' ? 1 : -1;
  const order = [...bands].sort((a, b) => direction * (a.rank - b.rank) || a.index - b.index);
  const whens = order.map((band) => {
    const conditions: string[] = [];
    if (band.lo !== Number.NEGATIVE_INFINITY) conditions.push(`${score} >= ${values.bind(unitsText(band.lo, 2), 'numeric')}`);
    if (band.hi !== Number.POSITIVE_INFINITY) conditions.push(`${score} <= ${values.bind(unitsText(band.hi, 2), 'numeric')}`);
    return { condition: conditions.length === 0 ? 'TRUE' : conditions.join(' AND '), tier: values.bind(band.tier, 'text'), index: band.index };
  });
  const guard = `WHEN ${score} IS NULL OR NOT ${dialect.isFinite(score)} THEN NULL`;
  const tier = `CASE ${guard} ${whens.map((when) => `WHEN ${when.condition} THEN ${when.tier}`).join(' ')} END`;
  const band = `CASE ${guard} ${whens.map((when) => `WHEN ${when.condition} THEN ${when.index}`).join(' ')} END`;
  return { tier, band, values: values.list };
}

/**
 * Options of {@link compileTierExpression}.
 *
 * @example
 * ```ts
 * import type { CompileTierExpressionOptions } from 'cxzy/sql';
 * const options: CompileTierExpressionOptions = { score: 'total', firstParameter: 3 };
 * ```
 */
export interface CompileTierExpressionOptions {
  /** The score column: a name, or its qualified parts (`['t', 'total']`), each quoted. */
  readonly score: string | readonly string[];
  /**
   * The number of the first placeholder the expressions use, for a query whose own values come first.
   *
   * @defaultValue 1
   */
  readonly firstParameter?: number;
  /**
   * The SQL dialect.
   *
   * @defaultValue {@link POSTGRESQL}
   */
  readonly dialect?: SqlDialect;
}

/**
 * A tier rule as SQL expressions (see {@link compileTierExpression}).
 *
 * @example
 * ```ts
 * import type { TierExpression } from 'cxzy/sql';
 * const compiled: TierExpression = { tier: 'CASE … END', band: 'CASE … END', values: ['80.00', 'qualified'] };
 * ```
 */
export interface TierExpression {
  /** SQL text of the tier code (text), or null. */
  readonly tier: string;
  /** SQL text of the index of the matched band in the rule's `bands` (integer), or null. */
  readonly band: string;
  /** The values both expressions bind, from the first placeholder on. */
  readonly values: readonly (string | number)[];
}
