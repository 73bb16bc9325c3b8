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
export const RECTIFICATION_SOURCE_LABELS = {
  massOpinion: { 'zh-CN': '群众意见', en: "The masses' opinions" },
  evaluation: { 'zh-CN': '民主评议', en: 'Democratic evaluation' },
  inspection: { 'zh-CN': '督查点评', en: 'Inspection' },
  selfExamination: { 'zh-CN': '自查', en: 'Self-examination' },
  assessment: { 'zh-CN': '考核', en: 'Assessment' },
  other: { 'zh-CN': '其他', en: 'Other' },
} as const satisfies Record<RectificationSource, LocalizedText>;

/**
 * Labels of each {@link RectificationItemStatus}.
 *
 * @example
 * ```ts
 * import { RECTIFICATION_STATUS_LABELS } from 'cxzy/rectification';
 * RECTIFICATION_STATUS_LABELS.completed['zh-CN']; // '已整改'
 * ```
 */
export const RECTIFICATION_STATUS_LABELS = {
  open: { 'zh-CN': '未整改', en: 'Open' },
  inProgress: { 'zh-CN': '整改中', en: 'In progress' },
  completed: { 'zh-CN': '已整改', en: 'Completed' },
} as const satisfies Record<RectificationItemStatus, LocalizedText>;
