import { localizedTable } from '../core/locale';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';

/**
 * Message templates of the issues `cxzy/rectification` reports, keyed by issue code.
 *
 * @example
 * ```ts
 * import { RECTIFICATION_MESSAGES } from 'cxzy/rectification';
 * RECTIFICATION_MESSAGES['rectification.duplicateId']['zh-CN']; // '整改事项编号“{id}”重复,首次出现在第 {firstIndex|position} 项'
 * ```
 */
export const RECTIFICATION_MESSAGES = /* @__PURE__ */ localizedTable(zhCN.rectificationMessages, en.rectificationMessages);

/**
 * The codes of every issue `cxzy/rectification` reports.
 *
 * @example
 * ```ts
 * import type { RectificationIssueCode } from 'cxzy/rectification';
 * const code: RectificationIssueCode = 'rectification.completedWithoutDate';
 * ```
 */
export type RectificationIssueCode = keyof typeof RECTIFICATION_MESSAGES;
