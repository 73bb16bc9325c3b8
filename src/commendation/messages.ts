import { localizedTable } from '../core/locale';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';

/**
 * Message templates of the issues `cxzy/commendation` reports, keyed by issue code.
 *
 * @example
 * ```ts
 * import { COMMENDATION_MESSAGES } from 'cxzy/commendation';
 * COMMENDATION_MESSAGES['commendation.invalidQuota'].en; // 'The quota of {title|awardTitle} must be a whole number, 0 or more; it is {quota}'
 * ```
 */
export const COMMENDATION_MESSAGES = /* @__PURE__ */ localizedTable(zhCN.commendationMessages, en.commendationMessages);

/**
 * The codes of every issue `cxzy/commendation` reports.
 *
 * @example
 * ```ts
 * import type { CommendationIssueCode } from 'cxzy/commendation';
 * const code: CommendationIssueCode = 'commendation.invalidWeights';
 * ```
 */
export type CommendationIssueCode = keyof typeof COMMENDATION_MESSAGES;

/**
 * Sentences for each reason a verdict can give, keyed by reason code, for 公示 of the list.
 *
 * @example
 * ```ts
 * import { SELECTION_REASON_MESSAGES } from 'cxzy/commendation';
 * SELECTION_REASON_MESSAGES.withinQuota['zh-CN']; // '综合得分排名第 {rank},在名额 {quota} 名以内'
 * ```
 */
export const SELECTION_REASON_MESSAGES = /* @__PURE__ */ localizedTable(zhCN.selectionReasonMessages, en.selectionReasonMessages);

/**
 * The codes of every reason a verdict can give.
 *
 * @example
 * ```ts
 * import type { SelectionReasonCode } from 'cxzy/commendation';
 * const code: SelectionReasonCode = 'outsideQuota';
 * ```
 */
export type SelectionReasonCode = keyof typeof SELECTION_REASON_MESSAGES;
