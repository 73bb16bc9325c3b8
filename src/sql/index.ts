/**
 * Tier rules and aggregation policies compiled to SQL, with the library's exact results, for where
 * the ballots and totals already live in a database or outgrow one process. Pure: every function
 * returns SQL text and the values to bind, and never connects. PostgreSQL first; a dialect is a
 * small object ({@link SqlDialect}), so another is one more module.
 *
 * @packageDocumentation
 */
export type { SqlDialect, SqlQuery, SqlValueType } from './dialect';
export { POSTGRESQL } from './postgresql';
export { compileTierExpression, type CompileTierExpressionOptions, type TierExpression } from './compileTierExpression';
export { compileTierQuery, type CompileTierQueryOptions } from './compileTierQuery';
export {
  compileEvaluationQuery,
  type CompileEvaluationQueryOptions,
  type EvaluationColumns,
  type EvaluationGroupColumns,
  type EvaluationQuery,
} from './compileEvaluationQuery';
export { readEvaluationRows, type SqlGroupFigure, type SqlSubjectResult } from './readEvaluationRows';
export { SQL_MESSAGES, type SqlIssueCode } from './messages';
export { InvalidInputError } from '../core/input';
export type { Issue } from '../core/issue';
