import type { LocalizedText } from '../core/locale';
import type { Admission, AwardTitle, TieBreakKey } from './types';

/**
 * Labels of each {@link AwardTitle}.
 *
 * @example
 * ```ts
 * import { AWARD_TITLE_LABELS } from 'cxzy/commendation';
 * AWARD_TITLE_LABELS.advancedOrganization['zh-CN']; // '先进基层党组织'
 * ```
 */
export const AWARD_TITLE_LABELS = {
  excellentMember: { 'zh-CN': '优秀共产党员', en: 'Outstanding Party member' },
  exemplaryTeacher: { 'zh-CN': '师德标兵', en: 'Model of teaching ethics' },
  advancedOrganization: { 'zh-CN': '先进基层党组织', en: 'Advanced grassroots Party organization' },
  excellentPartyWorker: { 'zh-CN': '优秀党务工作者', en: 'Outstanding Party affairs worker' },
} as const satisfies Record<AwardTitle, LocalizedText>;

/**
 * Labels of the two scores the seeds weigh, "注重工作实绩和社会公认度": each a {@link TieBreakKey}.
 *
 * @example
 * ```ts
 * import { COMMENDATION_SCORE_LABELS } from 'cxzy/commendation';
 * COMMENDATION_SCORE_LABELS.recognition['zh-CN']; // '社会公认度'
 * ```
 */
export const COMMENDATION_SCORE_LABELS = {
  performance: { 'zh-CN': '工作实绩', en: 'Work results' },
  recognition: { 'zh-CN': '社会公认度', en: 'Public recognition' },
} as const satisfies Record<TieBreakKey, LocalizedText>;

/**
 * Labels of each {@link Admission}.
 *
 * @example
 * ```ts
 * import { ADMISSION_LABELS } from 'cxzy/commendation';
 * ADMISSION_LABELS.ineligible['zh-CN']; // '不参评'
 * ```
 */
export const ADMISSION_LABELS = {
  eligible: { 'zh-CN': '可参评', en: 'Eligible' },
  ineligible: { 'zh-CN': '不参评', en: 'Not eligible' },
} as const satisfies Record<Admission, LocalizedText>;
