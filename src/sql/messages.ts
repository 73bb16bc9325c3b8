import { localizedTable } from '../core/locale';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';

/**
 * Message templates of the issues `cxzy/sql` reports about the names and columns it is given,
 * keyed by issue code. `{field}` is where the name was given, such as `columns.score`.
 *
 * @example
 * ```ts
 * import { SQL_MESSAGES } from 'cxzy/sql';
 * SQL_MESSAGES['sql.emptyIdentifier'].en; // 'The name given for {field} is empty: a table or a column needs a name'
 * ```
 */
export const SQL_MESSAGES = /* @__PURE__ */ localizedTable(zhCN.sqlMessages, en.sqlMessages);

/**
 * The codes of every issue `cxzy/sql` itself reports; a policy or a tier rule with problems is
 * reported with the codes of `cxzy/evaluation`, `cxzy/scoring` and the entry checks (`input.*`).
 *
 * @example
 * ```ts
 * import type { SqlIssueCode } from 'cxzy/sql';
 * const code: SqlIssueCode = 'sql.identifierTooLong';
 * ```
 */
export type SqlIssueCode = keyof typeof SQL_MESSAGES;
