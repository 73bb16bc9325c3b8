import type { SqlDialect } from './dialect';

/**
 * The PostgreSQL dialect: names in double quotes (a quote doubled inside), `$n::type` placeholders,
 * `numeric` for exact decimals (its `div` and `round` are exact, and `round` rounds half away from
 * zero), `jsonb` for the issues, arrays for sorted scores. Needs PostgreSQL 14 or later (`numeric`
 * infinities); the compiled queries are tried by the test suite on PostgreSQL 18 (PGlite 0.5.17)
 * and by the benchmark on PostgreSQL 15.18 (Debian 12's server). A subquery ends in `OFFSET 0`, so
 * that each row's columns are computed once rather than copied into every aggregate's filter.
 *
 * @example
 * ```ts
 * import { POSTGRESQL } from 'cxzy/sql';
 * POSTGRESQL.quoteIdentifier('x"; drop table y; --'); // '"x""; drop table y; --"'
 * POSTGRESQL.roundedDivision('n', 'd'); // '(sign(n) * div(2 * abs(n) + d, 2 * d))'
 * ```
 */
export const POSTGRESQL: SqlDialect = {
  name: 'PostgreSQL',
  // NAMEDATALEN − 1: PostgreSQL silently cuts a longer name, so one is refused instead.
  maxIdentifierBytes: 63,
  quoteIdentifier: (name) => `"${name.replaceAll('"', '""')}"`,
  parameter: (index, type) => `$${index}::${type}`,
  fence: ' OFFSET 0',
  literal: (text) => `'${text.replaceAll("'", "''")}'`,
  exact: (expression) => `CAST(${expression} AS numeric)`,
  text: (expression) => `CAST(${expression} AS text)`,
  isFinite: (expression) => `(${expression} > '-Infinity'::numeric AND ${expression} < 'Infinity'::numeric)`,
  roundedDivision: (numerator, denominator) => `(sign(${numerator}) * div(2 * abs(${numerator}) + ${denominator}, 2 * ${denominator}))`,
  round: (value, places) => `round(${value}, ${places})`,
  jsonObject: (pairs) => `jsonb_build_object(${pairs.map(([key, value]) => `'${key}', ${value}`).join(', ')})`,
  jsonList: (items) => `jsonb_build_array(${items.join(', ')})`,
  jsonListOfPresent: (items) => `to_jsonb(array_remove(ARRAY[${items.join(', ')}]::jsonb[], NULL))`,
  jsonAggregate: (item, orderBy) => `jsonb_agg(${item} ORDER BY ${orderBy})`,
  jsonConcat: (first, second) => `(coalesce(${first}, '[]'::jsonb) || ${second})`,
  sortedList: (value, filter) => `array_agg(${value} ORDER BY ${value}) FILTER (WHERE ${filter})`,
  listItem: (list, place) => `${list}[${place}]`,
  listSum: (list, from, to) => `(SELECT coalesce(sum(item), 0) FROM unnest(${list}[${from}:${to}]) AS item)`,
};
