import type { MessageCatalog } from '../core/message';

/**
 * Message templates of the issues `cxzy/rectification` reports, keyed by issue code.
 *
 * @example
 * ```ts
 * import { RECTIFICATION_MESSAGES } from 'cxzy/rectification';
 * RECTIFICATION_MESSAGES['rectification.duplicateId']['zh-CN']; // '整改事项编号“{id}”重复,首次出现在第 {firstIndex} 项'
 * ```
 */
export const RECTIFICATION_MESSAGES = {
  'rectification.duplicateId': {
    'zh-CN': '整改事项编号“{id}”重复,首次出现在第 {firstIndex} 项',
    en: 'Rectification item id "{id}" is used twice; first at index {firstIndex}',
  },
  'rectification.completedWithoutDate': {
    'zh-CN': '整改事项“{id}”标为已整改,但未填写完成日期,无法判断是否按期',
    en: 'Rectification item "{id}" is marked completed without a date, so whether it was on time is unknown',
  },
  'rectification.dateWithoutCompletion': {
    'zh-CN': '整改事项“{id}”填写了完成日期 {completedOn},但状态不是已整改,按未完成统计',
    en: 'Rectification item "{id}" has a completion date ({completedOn}) but is not marked completed; it is counted as open',
  },
  'rectification.invalidPeriod': {
    'zh-CN': '限期改正期限应为 1 至 {maxMonths} 个月的整月数,现为 {months}',
    en: 'A period for correction must be a whole number of months from 1 to {maxMonths}; it is {months}',
  },
} as const satisfies MessageCatalog;

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
