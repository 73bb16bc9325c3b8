import { localizedTable } from '../core/locale';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';
import type { LocalizedText } from '../core/locale';
import { MEMBER_TIER_LABELS } from '../core/tiers';
import type { AggregationMethod, DuplicateBallotTreatment, EvaluatorGroup, MissingGroupTreatment } from './policy/types';
import type { BallotGrade, SatisfactionGrade } from './votes/types';

/**
 * Labels of each {@link EvaluatorGroup}, in the seeds' words.
 *
 * @example
 * ```ts
 * import { EVALUATOR_GROUP_LABELS } from 'cxzy/evaluation';
 * EVALUATOR_GROUP_LABELS.peer['zh-CN']; // '党内互评'
 * ```
 */
export const EVALUATOR_GROUP_LABELS = /* @__PURE__ */ localizedTable(zhCN.evaluatorGroupLabels, en.evaluatorGroupLabels) satisfies Record<EvaluatorGroup, LocalizedText>;

/**
 * The built-in groups in the order the seeds list them.
 *
 * @example
 * ```ts
 * import { EVALUATOR_GROUPS } from 'cxzy/evaluation';
 * EVALUATOR_GROUPS[0]; // 'leadership'
 * ```
 */
export const EVALUATOR_GROUPS = [
  'leadership',
  'peer',
  'self',
  'teachersStudents',
  'parents',
  'masses',
] as const satisfies readonly EvaluatorGroup[];

/**
 * Labels of each {@link AggregationMethod}.
 *
 * @example
 * ```ts
 * import { AGGREGATION_METHOD_LABELS } from 'cxzy/evaluation';
 * AGGREGATION_METHOD_LABELS.trimmedMean['zh-CN']; // '去掉最高分和最低分后取平均'
 * ```
 */
export const AGGREGATION_METHOD_LABELS = /* @__PURE__ */ localizedTable(zhCN.aggregationMethodLabels, en.aggregationMethodLabels) satisfies Record<AggregationMethod, LocalizedText>;

/**
 * Labels of each {@link MissingGroupTreatment}.
 *
 * @example
 * ```ts
 * import { MISSING_GROUP_TREATMENT_LABELS } from 'cxzy/evaluation';
 * MISSING_GROUP_TREATMENT_LABELS.zero.en; // 'Counts as zero'
 * ```
 */
export const MISSING_GROUP_TREATMENT_LABELS = /* @__PURE__ */ localizedTable(zhCN.missingGroupTreatmentLabels, en.missingGroupTreatmentLabels) satisfies Record<MissingGroupTreatment, LocalizedText>;

/**
 * Labels of each {@link DuplicateBallotTreatment}.
 *
 * @example
 * ```ts
 * import { DUPLICATE_BALLOT_TREATMENT_LABELS } from 'cxzy/evaluation';
 * DUPLICATE_BALLOT_TREATMENT_LABELS.lastWins['zh-CN']; // '以最后一张为准'
 * ```
 */
export const DUPLICATE_BALLOT_TREATMENT_LABELS = /* @__PURE__ */ localizedTable(zhCN.duplicateBallotTreatmentLabels, en.duplicateBallotTreatmentLabels) satisfies Record<DuplicateBallotTreatment, LocalizedText>;

/**
 * Labels of each {@link SatisfactionGrade}.
 *
 * @example
 * ```ts
 * import { SATISFACTION_GRADE_LABELS } from 'cxzy/evaluation';
 * SATISFACTION_GRADE_LABELS.basicallySatisfied['zh-CN']; // '基本满意'
 * ```
 */
export const SATISFACTION_GRADE_LABELS = /* @__PURE__ */ localizedTable(zhCN.satisfactionGradeLabels, en.satisfactionGradeLabels) satisfies Record<SatisfactionGrade, LocalizedText>;

/**
 * Labels of each {@link BallotGrade}: the member tiers and the satisfaction grades.
 *
 * @example
 * ```ts
 * import { BALLOT_GRADE_LABELS } from 'cxzy/evaluation';
 * BALLOT_GRADE_LABELS.unqualified['zh-CN']; // '不合格'
 * BALLOT_GRADE_LABELS.dissatisfied.en; // 'Dissatisfied'
 * ```
 */
export const BALLOT_GRADE_LABELS = {
  ...MEMBER_TIER_LABELS,
  ...SATISFACTION_GRADE_LABELS,
} as const satisfies Record<BallotGrade, LocalizedText>;
