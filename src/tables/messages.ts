import { localizedTable } from '../core/locale';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';

/**
 * Message templates of the issues `cxzy/tables` reports, keyed by issue code. Cell problems name
 * the row as a spreadsheet shows it (`{row}`, the header row being 1) and the column by its header
 * text (`{column}`).
 *
 * @example
 * ```ts
 * import { TABLES_MESSAGES } from 'cxzy/tables';
 * TABLES_MESSAGES['tables.requiredCell'].en; // 'Row {row}, column "{column}" is empty, but it is required'
 * ```
 */
export const TABLES_MESSAGES = /* @__PURE__ */ localizedTable(zhCN.tablesMessages, en.tablesMessages);

/**
 * The codes of every issue `cxzy/tables` reports.
 *
 * @example
 * ```ts
 * import type { TablesIssueCode } from 'cxzy/tables';
 * const code: TablesIssueCode = 'tables.notANumber';
 * ```
 */
export type TablesIssueCode = keyof typeof TABLES_MESSAGES;
