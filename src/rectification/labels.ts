import { localizedTable } from '../core/locale';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';
import type { LocalizedText } from '../core/locale';
import type { RectificationItemStatus, RectificationSource } from './types';

/**
 * Labels of each {@link RectificationSource}.
 *
 * @example
 * ```ts
 * import { RECTIFICATION_SOURCE_LABELS } from 'cxzy/rectification';
 * RECTIFICATION_SOURCE_LABELS.massOpinion['zh-CN']; // '群众意见'
 * ```
 */
export const RECTIFICATION_SOURCE_LABELS = /* @__PURE__ */ localizedTable(zhCN.rectificationSourceLabels, en.rectificationSourceLabels) satisfies Record<RectificationSource, LocalizedText>;

/**
 * Labels of each {@link RectificationItemStatus}.
 *
 * @example
 * ```ts
 * import { RECTIFICATION_STATUS_LABELS } from 'cxzy/rectification';
 * RECTIFICATION_STATUS_LABELS.completed['zh-CN']; // '已整改'
 * ```
 */
export const RECTIFICATION_STATUS_LABELS = /* @__PURE__ */ localizedTable(zhCN.rectificationStatusLabels, en.rectificationStatusLabels) satisfies Record<RectificationItemStatus, LocalizedText>;
