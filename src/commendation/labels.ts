import { localizedTable } from '../core/locale';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';
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
export const AWARD_TITLE_LABELS = /* @__PURE__ */ localizedTable(zhCN.awardTitleLabels, en.awardTitleLabels) satisfies Record<AwardTitle, LocalizedText>;

/**
 * Labels of the two scores the seeds weigh, "注重工作实绩和社会公认度": each a {@link TieBreakKey}.
 *
 * @example
 * ```ts
 * import { COMMENDATION_SCORE_LABELS } from 'cxzy/commendation';
 * COMMENDATION_SCORE_LABELS.recognition['zh-CN']; // '社会公认度'
 * ```
 */
export const COMMENDATION_SCORE_LABELS = /* @__PURE__ */ localizedTable(zhCN.commendationScoreLabels, en.commendationScoreLabels) satisfies Record<TieBreakKey, LocalizedText>;

/**
 * Labels of each {@link Admission}.
 *
 * @example
 * ```ts
 * import { ADMISSION_LABELS } from 'cxzy/commendation';
 * ADMISSION_LABELS.ineligible['zh-CN']; // '不参评'
 * ```
 */
export const ADMISSION_LABELS = /* @__PURE__ */ localizedTable(zhCN.admissionLabels, en.admissionLabels) satisfies Record<Admission, LocalizedText>;
