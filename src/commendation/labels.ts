import type { LocalizedText } from '../i18n/locale';
import type { AwardTitle } from './types';

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
