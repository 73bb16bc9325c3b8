/**
 * What every compiled query needs (private): bound values numbered once each, names checked and
 * quoted, and exact decimal texts for the values of a rule or a policy.
 */
import { expectObject, expectText, type InputIssues } from '../core/input';
import type { IssuePath } from '../core/issue';
import { createIssue } from '../core/message';
import type { SqlDialect, SqlValueType } from './dialect';
import { SQL_MESSAGES } from './messages';
import { POSTGRESQL } from './postgresql';

/** The values of a query being built: each distinct value and type bound once. */
export class Values {
  readonly list: (string | number)[] = [];
  private readonly known = new Map<string, string>();

  constructor(
    private readonly dialect: SqlDialect,
    private readonly first = 1,
  ) {}

  /** The placeholder of `value` read as `type`, binding it on first use. */
  bind(value: string | number, type: SqlValueType): string {
    const key = `${type}:${typeof value}:${value}`;
    const known = this.known.get(key);
    if (known !== undefined) return known;
    const placeholder = this.dialect.parameter(this.first + this.list.length, type);
    this.list.push(value);
    this.known.set(key, placeholder);
    return placeholder;
  }

  /** A whole number of units (hundredths, ten-thousandths) bound as an exact decimal text. */
  decimal(units: number, places: number): string {
    return this.bind(unitsText(units, places), 'numeric');
  }
}

/**
 * `units` ÷ 10^`places` written as an exact decimal text (`8001, 2` → `'80.01'`); an infinite
 * number of units (weights so large that their sum overflows) as `'Infinity'`, which `numeric` reads.
 */
export function unitsText(units: number, places: number): string {
  if (!Number.isFinite(units)) return 'Infinity';
  const negative = units < 0;
  const digits = BigInt(Math.abs(units)).toString().padStart(places + 1, '0');
  const whole = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return negative ? `-${whole}` : whole;
}

/**
 * Checks a name given for `field` (text, not empty, no NUL, not longer than the dialect keeps) and
 * returns it quoted, or `undefined` after adding its issues. A name is never cut or cleaned: one
 * that could not stay itself is refused.
 */
export function checkedIdentifier(name: unknown, path: IssuePath, issues: InputIssues, dialect: SqlDialect): string | undefined {
  if (!expectText(name, path, issues)) return undefined;
  const field = path.join('.');
  if (name === '') return report(issues, 'sql.emptyIdentifier', path, { field });
  if (name.includes('\u0000')) return report(issues, 'sql.identifierHasNul', path, { field });
  const length = new TextEncoder().encode(name).length;
  if (length > dialect.maxIdentifierBytes) return report(issues, 'sql.identifierTooLong', path, { field, length, max: dialect.maxIdentifierBytes });
  return dialect.quoteIdentifier(name);
}

function report(issues: InputIssues, code: keyof typeof SQL_MESSAGES, path: IssuePath, params: Record<string, string | number>): undefined {
  issues.push(createIssue(SQL_MESSAGES, code, 'error', path, params));
  return undefined;
}

/** Options every compiler takes: where the table is, and the dialect. */
export interface TableOptions {
  readonly table: string;
  readonly schema?: string;
  readonly dialect?: SqlDialect;
}

/** The dialect of the options (checked to be an object), PostgreSQL by default. */
export function dialectOf(options: Readonly<Record<string, unknown>>, issues: InputIssues): SqlDialect {
  const dialect = options['dialect'];
  if (dialect === undefined) return POSTGRESQL;
  return expectObject(dialect, ['options', 'dialect'], issues) ? (dialect as unknown as SqlDialect) : POSTGRESQL;
}

/** The quoted, schema-qualified table of the options, or `undefined` after adding its issues. */
export function checkedTable(options: Readonly<Record<string, unknown>>, issues: InputIssues, dialect: SqlDialect): string | undefined {
  const table = checkedIdentifier(options['table'], ['options', 'table'], issues, dialect);
  if (options['schema'] === undefined) return table;
  const schema = checkedIdentifier(options['schema'], ['options', 'schema'], issues, dialect);
  return table === undefined || schema === undefined ? undefined : `${schema}.${table}`;
}
