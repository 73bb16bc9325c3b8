import { localizedTable } from '../core/locale';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';

/**
 * Message templates of the issues `cxzy/commitment` reports, keyed by issue code.
 *
 * @example
 * ```ts
 * import { COMMITMENT_MESSAGES } from 'cxzy/commitment';
 * COMMITMENT_MESSAGES['commitment.cycle'].en; // 'Item "{itemId}" is broken down from itself through {chain}'
 * ```
 */
export const COMMITMENT_MESSAGES = /* @__PURE__ */ localizedTable(zhCN.commitmentMessages, en.commitmentMessages);

/**
 * The codes of every issue `cxzy/commitment` reports.
 *
 * @example
 * ```ts
 * import type { CommitmentIssueCode } from 'cxzy/commitment';
 * const code: CommitmentIssueCode = 'commitment.groupItemUntraced';
 * ```
 */
export type CommitmentIssueCode = keyof typeof COMMITMENT_MESSAGES;
