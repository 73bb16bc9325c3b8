import { localizedTable } from '../core/locale';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';

/**
 * Message templates of the issues `cxzy/evaluation` reports, keyed by issue code. `{group|evaluatorGroup}`
 * shows a group by its label (its code, quoted, for a group of the user's own).
 *
 * @example
 * ```ts
 * import { EVALUATION_MESSAGES } from 'cxzy/evaluation';
 * EVALUATION_MESSAGES['evaluation.unknownGroup'].en; // 'Ballot {ordinal} names group "{group}", which the policy does not have'
 * ```
 */
export const EVALUATION_MESSAGES = /* @__PURE__ */ localizedTable(zhCN.evaluationMessages, en.evaluationMessages);

/**
 * The codes of every issue `cxzy/evaluation` reports.
 *
 * @example
 * ```ts
 * import type { EvaluationIssueCode } from 'cxzy/evaluation';
 * const code: EvaluationIssueCode = 'evaluation.missingGroup';
 * ```
 */
export type EvaluationIssueCode = keyof typeof EVALUATION_MESSAGES;
