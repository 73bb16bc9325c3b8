import type { LocalizedText } from '../i18n/locale';
import type { PhaseKind } from './types';

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
