import { localizedTable } from '../core/locale';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';

/**
 * Message templates of the issues `cxzy/scoring` reports, keyed by issue code.
 *
 * @example
 * ```ts
 * import { SCORING_MESSAGES } from 'cxzy/scoring';
 * SCORING_MESSAGES['scoring.overMaximum']['zh-CN']; // '“{itemId}”得分 {points} 超过该项满分 {maxPoints}'
 * ```
 */
export const SCORING_MESSAGES = /* @__PURE__ */ localizedTable(zhCN.scoringMessages, en.scoringMessages);

/**
 * The codes of every issue `cxzy/scoring` reports.
 *
 * @example
 * ```ts
 * import type { ScoringIssueCode } from 'cxzy/scoring';
 * const code: ScoringIssueCode = 'scoring.overMaximum';
 * ```
 */
export type ScoringIssueCode = keyof typeof SCORING_MESSAGES;
