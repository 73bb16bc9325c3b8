import type { LocalizedText } from '../core/locale';
import type { CadenceUnit } from './cadence';
import type { PhaseKind, PhaseStatus } from './types';

/**
 * Labels of each {@link PhaseKind}, in the seeds' wording.
 *
 * @example
 * ```ts
 * import { PHASE_KIND_LABELS } from 'cxzy/schedule';
 * PHASE_KIND_LABELS.mobilization['zh-CN']; // '动员部署'
 * ```
 */
export const PHASE_KIND_LABELS = {
  mobilization: { 'zh-CN': '动员部署', en: 'Mobilization' },
  implementation: { 'zh-CN': '全面争创', en: 'Implementation' },
  benchmarking: { 'zh-CN': '对标定位,晋档升级', en: 'Benchmarking and upgrading' },
  summary: { 'zh-CN': '系统总结,完善机制', en: 'Summary and institution-building' },
  rectificationAndCommendation: { 'zh-CN': '总结整改,评选表彰', en: 'Rectification and commendation' },
  custom: { 'zh-CN': '其他阶段', en: 'Other phase' },
} as const satisfies Record<PhaseKind, LocalizedText>;

/**
 * Labels of each {@link PhaseStatus}, as {@link phaseAt} reports it.
 *
 * @example
 * ```ts
 * import { PHASE_STATUS_LABELS } from 'cxzy/schedule';
 * PHASE_STATUS_LABELS.during['zh-CN']; // '进行中'
 * ```
 */
export const PHASE_STATUS_LABELS = {
  before: { 'zh-CN': '尚未开始', en: 'Not yet started' },
  during: { 'zh-CN': '进行中', en: 'Under way' },
  between: { 'zh-CN': '阶段之间', en: 'Between phases' },
  after: { 'zh-CN': '已结束', en: 'Finished' },
} as const satisfies Record<PhaseStatus, LocalizedText>;

/**
 * Labels of each {@link CadenceUnit}: how often a duty recurs.
 *
 * @example
 * ```ts
 * import { CADENCE_UNIT_LABELS } from 'cxzy/schedule';
 * CADENCE_UNIT_LABELS.halfYear['zh-CN']; // '每半年'
 * ```
 */
export const CADENCE_UNIT_LABELS = {
  month: { 'zh-CN': '每月', en: 'Monthly' },
  quarter: { 'zh-CN': '每季度', en: 'Quarterly' },
  halfYear: { 'zh-CN': '每半年', en: 'Every half year' },
  semester: { 'zh-CN': '每学期', en: 'Every semester' },
  year: { 'zh-CN': '每年', en: 'Yearly' },
} as const satisfies Record<CadenceUnit, LocalizedText>;
