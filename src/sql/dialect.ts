/**
 * What changes from one SQL dialect to another, and nothing else: how a name is quoted, how a
 * bound value is written, and the few expressions of exact decimal arithmetic and JSON that the
 * compiled queries are built from. The queries themselves are standard SQL (common table
 * expressions, `FILTER`, window functions); a second dialect is one more object of this shape.
 */

/**
 * The SQL types the compiled queries bind values as: a dialect writes a placeholder for each.
 *
 * @example
 * ```ts
 * import { POSTGRESQL, type SqlValueType } from 'cxzy/sql';
 * const type: SqlValueType = 'numeric';
 * POSTGRESQL.parameter(1, type); // '$1::numeric'
 * ```
 */
export type SqlValueType = 'text' | 'numeric' | 'integer';

/**
 * A SQL dialect: how the compiled queries quote names, bind values and compute exactly. Every
 * method returns SQL text built from the SQL text it is given; none sees a user's value (values
 * are bound, see {@link SqlQuery}).
 *
 * @example
 * ```ts
 * import { POSTGRESQL } from 'cxzy/sql';
 * POSTGRESQL.quoteIdentifier('ballots'); // '"ballots"'
 * POSTGRESQL.parameter(1, 'numeric'); // '$1::numeric'
 * ```
 */
export interface SqlDialect {
  /** The dialect's name, as the TSDoc of each compiled query states what it was tried on. */
  readonly name: string;
  /** The most bytes (UTF-8) of a name the database keeps; a longer name is refused, never cut. */
  readonly maxIdentifierBytes: number;
  /**
   * A name (of a table, a schema or a column) quoted so that whatever it holds stays one name.
   *
   * @param name - a name already checked: not empty, no NUL, not too long.
   * @returns the quoted name.
   */
  quoteIdentifier(name: string): string;
  /**
   * The placeholder of the bound value at `index` (from 1), read as `type`.
   *
   * @param index - the value's place among the query's values, from 1.
   * @param type - the type to read it as.
   * @returns the placeholder.
   */
  parameter(index: number, type: SqlValueType): string;
  /**
   * What ends a subquery so that the planner computes its columns once per row, as a step of its
   * own, instead of copying its expressions into each place that uses them (PostgreSQL: ` OFFSET 0`).
   */
  readonly fence: string;
  /**
   * A text literal, for the library's own fixed words (issue codes, statuses): never a user's value.
   *
   * @param text - the text.
   * @returns the literal.
   */
  literal(text: string): string;
  /**
   * `expression` as an exact decimal.
   *
   * @param expression - SQL text.
   * @returns SQL text.
   */
  exact(expression: string): string;
  /**
   * `expression` as text.
   *
   * @param expression - SQL text.
   * @returns SQL text.
   */
  text(expression: string): string;
  /**
   * Whether the decimal `expression` is a finite number (not NaN, not ±Infinity); true or null
   * (unknown) for a null.
   *
   * @param expression - SQL text of an exact decimal.
   * @returns SQL text of a boolean.
   */
  isFinite(expression: string): string;
  /**
   * The whole number `numerator ÷ denominator` rounded half away from zero (四舍五入), computed
   * exactly, for whole-number decimals and a positive denominator.
   *
   * @param numerator - SQL text of a whole-number decimal.
   * @param denominator - SQL text of a positive whole-number decimal.
   * @returns SQL text of a whole-number decimal.
   */
  roundedDivision(numerator: string, denominator: string): string;
  /**
   * `value` rounded half away from zero to `places` decimals, and written with exactly that many.
   *
   * @param value - SQL text of an exact decimal.
   * @param places - SQL text of a whole number of decimals.
   * @returns SQL text of an exact decimal.
   */
  round(value: string, places: string): string;
  /**
   * A JSON object from pairs of a key (the library's own word) and SQL text of its value.
   *
   * @param pairs - the keys and the values' SQL text.
   * @returns SQL text of a JSON object.
   */
  jsonObject(pairs: readonly (readonly [string, string])[]): string;
  /**
   * A JSON list of SQL values.
   *
   * @param items - SQL text of each item.
   * @returns SQL text of a JSON list.
   */
  jsonList(items: readonly string[]): string;
  /**
   * The JSON list of the JSON items that are not null, in the order given.
   *
   * @param items - SQL text of each item, each a JSON value or null.
   * @returns SQL text of a JSON list.
   */
  jsonListOfPresent(items: readonly string[]): string;
  /**
   * The aggregate JSON list of `item` over a group's rows, ordered; null when there are none.
   *
   * @param item - SQL text of a JSON value.
   * @param orderBy - SQL text of the ordering.
   * @returns SQL text of an aggregate.
   */
  jsonAggregate(item: string, orderBy: string): string;
  /**
   * Two JSON lists one after the other.
   *
   * @param first - SQL text of a JSON list, or null for none.
   * @param second - SQL text of a JSON list.
   * @returns SQL text of a JSON list.
   */
  jsonConcat(first: string, second: string): string;
  /**
   * The aggregate list of `value` over the rows that pass `filter`, in ascending order.
   *
   * @param value - SQL text of a whole number.
   * @param filter - SQL text of a boolean.
   * @returns SQL text of an aggregate.
   */
  sortedList(value: string, filter: string): string;
  /**
   * The item of a list at a place counted from 1.
   *
   * @param list - SQL text of a list.
   * @param place - SQL text of a whole number from 1.
   * @returns SQL text.
   */
  listItem(list: string, place: string): string;
  /**
   * The sum of a list's items from place `from` to place `to` (counted from 1, both included).
   *
   * @param list - SQL text of a list.
   * @param from - SQL text of a whole number.
   * @param to - SQL text of a whole number.
   * @returns SQL text of a decimal.
   */
  listSum(list: string, from: string, to: string): string;
}

/**
 * SQL text with its values bound apart, in the shape `pg`'s `client.query(config)` and PGlite's
 * `db.query(text, values)` take: no value of a rule or a policy is ever spliced into `text`.
 *
 * @example
 * ```ts
 * import type { SqlQuery } from 'cxzy/sql';
 * const query: SqlQuery = { text: 'SELECT $1::numeric AS x', values: ['80.5'] };
 * ```
 */
export interface SqlQuery {
  /** The SQL text, with placeholders `$1`, `$2`… */
  readonly text: string;
  /** The values of the placeholders, in order: texts, and numbers written as exact decimal texts. */
  readonly values: readonly (string | number)[];
}
