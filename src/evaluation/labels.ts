import type { LocalizedText } from '../core/locale';
import { MEMBER_TIER_LABELS } from '../core/tiers';
import type {
  AggregationMethod,
  BallotGrade,
  DuplicateBallotTreatment,
  EvaluatorGroup,
  MissingGroupTreatment,
  SatisfactionGrade,
} from './types';

/**
 * Labels of each {@link EvaluatorGroup}, in the seeds' words.
 *
 * @example
 * ```ts
 * import { EVALUATOR_GROUP_LABELS } from 'cxzy/evaluation';
 * EVALUATOR_GROUP_LABELS.peer['zh-CN']; // '党内互评'
 * ```
 */
export const EVALUATOR_GROUP_LABELS = {
  leadership: { 'zh-CN': '领导点评', en: 'Leadership review' },
  peer: { 'zh-CN': '党内互评', en: 'Peer review among members' },
  self: { 'zh-CN': '自评', en: 'Self-assessment' },
  teachersStudents: { 'zh-CN': '师生评议', en: 'Review by teachers and students' },
  parents: { 'zh-CN': '家长评议', en: 'Review by parents' },
  masses: { 'zh-CN': '群众评议', en: 'Review by the public' },
} as const satisfies Record<EvaluatorGroup, LocalizedText>;

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
export const AGGREGATION_METHOD_LABELS = {
  mean: { 'zh-CN': '平均分', en: 'Mean' },
  trimmedMean: { 'zh-CN': '去掉最高分和最低分后取平均', en: 'Trimmed mean' },
  median: { 'zh-CN': '中位数', en: 'Median' },
} as const satisfies Record<AggregationMethod, LocalizedText>;

/**
 * Labels of each {@link MissingGroupTreatment}.
 *
 * @example
 * ```ts
 * import { MISSING_GROUP_TREATMENT_LABELS } from 'cxzy/evaluation';
 * MISSING_GROUP_TREATMENT_LABELS.zero.en; // 'Counts as zero'
 * ```
 */
export const MISSING_GROUP_TREATMENT_LABELS = {
  renormalize: { 'zh-CN': '按其余主体权重折算', en: 'Other weights renormalized' },
  zero: { 'zh-CN': '按零分计', en: 'Counts as zero' },
  error: { 'zh-CN': '不出综合分并报错', en: 'No combined score; an error' },
} as const satisfies Record<MissingGroupTreatment, LocalizedText>;

/**
 * Labels of each {@link DuplicateBallotTreatment}.
 *
 * @example
 * ```ts
 * import { DUPLICATE_BALLOT_TREATMENT_LABELS } from 'cxzy/evaluation';
 * DUPLICATE_BALLOT_TREATMENT_LABELS.lastWins['zh-CN']; // '以最后一张为准'
 * ```
 */
export const DUPLICATE_BALLOT_TREATMENT_LABELS = {
  error: { 'zh-CN': '重复票不计入并报错', en: 'Later duplicates rejected' },
  lastWins: { 'zh-CN': '以最后一张为准', en: 'The last ballot counts' },
  unchecked: { 'zh-CN': '由数据来源保证不重复', en: 'Unchecked (the source guarantees one ballot each)' },
} as const satisfies Record<DuplicateBallotTreatment, LocalizedText>;

/**
 * Labels of each {@link SatisfactionGrade}.
 *
 * @example
 * ```ts
 * import { SATISFACTION_GRADE_LABELS } from 'cxzy/evaluation';
 * SATISFACTION_GRADE_LABELS.basicallySatisfied['zh-CN']; // '基本满意'
 * ```
 */
export const SATISFACTION_GRADE_LABELS = {
  satisfied: { 'zh-CN': '满意', en: 'Satisfied' },
  basicallySatisfied: { 'zh-CN': '基本满意', en: 'Basically satisfied' },
  dissatisfied: { 'zh-CN': '不满意', en: 'Dissatisfied' },
} as const satisfies Record<SatisfactionGrade, LocalizedText>;

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
