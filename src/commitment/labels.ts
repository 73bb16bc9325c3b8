import { localizedTable } from '../core/locale';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';
import type { LocalizedText } from '../core/locale';
import type { CommitmentAudience, CommitmentItemStatus, CommitmentLevel } from './types';


/**
 * Labels of each {@link CommitmentLevel}.
 *
 * @example
 * ```ts
 * import { COMMITMENT_LEVEL_LABELS } from 'cxzy/commitment';
 * COMMITMENT_LEVEL_LABELS.group['zh-CN']; // '功能党小组'
 * ```
 */
export const COMMITMENT_LEVEL_LABELS = /* @__PURE__ */ localizedTable(zhCN.commitmentLevelLabels, en.commitmentLevelLabels) satisfies Record<CommitmentLevel, LocalizedText>;

/**
 * Labels of each {@link CommitmentAudience}.
 *
 * @example
 * ```ts
 * import { COMMITMENT_AUDIENCE_LABELS } from 'cxzy/commitment';
 * COMMITMENT_AUDIENCE_LABELS.superiorCommittee['zh-CN']; // '上级党组织'
 * ```
 */
export const COMMITMENT_AUDIENCE_LABELS = /* @__PURE__ */ localizedTable(zhCN.commitmentAudienceLabels, en.commitmentAudienceLabels) satisfies Record<CommitmentAudience, LocalizedText>;

/**
 * Labels of each {@link CommitmentItemStatus}.
 *
 * @example
 * ```ts
 * import { COMMITMENT_ITEM_STATUS_LABELS } from 'cxzy/commitment';
 * COMMITMENT_ITEM_STATUS_LABELS.fulfilled['zh-CN']; // '已践诺'
 * ```
 */
export const COMMITMENT_ITEM_STATUS_LABELS = /* @__PURE__ */ localizedTable(zhCN.commitmentItemStatusLabels, en.commitmentItemStatusLabels) satisfies Record<CommitmentItemStatus, LocalizedText>;
