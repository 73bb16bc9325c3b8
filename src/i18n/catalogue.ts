import { ADMISSION_LABELS, AWARD_TITLE_LABELS, COMMENDATION_SCORE_LABELS } from '../commendation/labels';
import { COMMENDATION_MESSAGES } from '../commendation/messages';
import { COMMITMENT_AUDIENCE_LABELS, COMMITMENT_ITEM_STATUS_LABELS, COMMITMENT_LEVEL_LABELS } from '../commitment/labels';
import { COMMITMENT_MESSAGES } from '../commitment/messages';
import { RECTIFICATION_SOURCE_LABELS, RECTIFICATION_STATUS_LABELS } from '../rectification/labels';
import { RECTIFICATION_MESSAGES } from '../rectification/messages';
import {
  AGGREGATION_METHOD_LABELS,
  BALLOT_GRADE_LABELS,
  DUPLICATE_BALLOT_TREATMENT_LABELS,
  EVALUATOR_GROUP_LABELS,
  MISSING_GROUP_TREATMENT_LABELS,
  SATISFACTION_GRADE_LABELS,
} from '../evaluation/labels';
import { EVALUATION_MESSAGES } from '../evaluation/messages';
import { MASS_ORGANIZATION_KIND_LABELS, MEMBER_STATUS_LABELS, ORGANIZATION_KIND_LABELS, ROLE_LABELS } from '../organization/labels';
import { ORGANIZATION_MESSAGES } from '../organization/messages';
import { MEMBER_TIER_LABELS, ORGANIZATION_BAND_LABELS, SCORE_ITEM_KIND_LABELS } from '../scoring/labels';
import { SCORING_MESSAGES } from '../scoring/messages';
import { CADENCE_UNIT_LABELS, PHASE_KIND_LABELS, PHASE_STATUS_LABELS } from '../schedule/labels';
import { SCHEDULE_MESSAGES } from '../schedule/messages';
import { SCHEMA_MESSAGES } from '../schema/messages';
import { SQL_MESSAGES } from '../sql/messages';
import { FIELD_LABELS, INPUT_MESSAGES, VALUE_KIND_LABELS } from '../core/input';
import { TABLE_COLUMN_LABELS } from '../tables/columns';
import { TABLES_MESSAGES } from '../tables/messages';

/**
 * The labels of every enumerated value, by enumeration: `LABELS.memberStatus.full['zh-CN']` is
 * `正式党员`. Each table is also exported beside its type (`MEMBER_STATUS_LABELS`).
 *
 * @example
 * ```ts
 * import { LABELS } from 'cxzy/i18n';
 * LABELS.organizationKind.branch['zh-CN']; // '党支部'
 * LABELS.phaseKind.benchmarking.en; // 'Benchmarking and upgrading'
 * ```
 */
export const LABELS = {
  organizationKind: ORGANIZATION_KIND_LABELS,
  memberStatus: MEMBER_STATUS_LABELS,
  role: ROLE_LABELS,
  massOrganizationKind: MASS_ORGANIZATION_KIND_LABELS,
  phaseKind: PHASE_KIND_LABELS,
  phaseStatus: PHASE_STATUS_LABELS,
  cadenceUnit: CADENCE_UNIT_LABELS,
  memberTier: MEMBER_TIER_LABELS,
  scoreItemKind: SCORE_ITEM_KIND_LABELS,
  organizationBand: ORGANIZATION_BAND_LABELS,
  evaluatorGroup: EVALUATOR_GROUP_LABELS,
  aggregationMethod: AGGREGATION_METHOD_LABELS,
  missingGroupTreatment: MISSING_GROUP_TREATMENT_LABELS,
  duplicateBallotTreatment: DUPLICATE_BALLOT_TREATMENT_LABELS,
  satisfactionGrade: SATISFACTION_GRADE_LABELS,
  ballotGrade: BALLOT_GRADE_LABELS,
  commitmentLevel: COMMITMENT_LEVEL_LABELS,
  commitmentAudience: COMMITMENT_AUDIENCE_LABELS,
  commitmentItemStatus: COMMITMENT_ITEM_STATUS_LABELS,
  awardTitle: AWARD_TITLE_LABELS,
  admission: ADMISSION_LABELS,
  commendationScore: COMMENDATION_SCORE_LABELS,
  rectificationSource: RECTIFICATION_SOURCE_LABELS,
  rectificationStatus: RECTIFICATION_STATUS_LABELS,
  valueKind: VALUE_KIND_LABELS,
  field: FIELD_LABELS,
  tableColumn: TABLE_COLUMN_LABELS,
} as const;

/**
 * The message template of every issue code cxzy reports, in zh-CN and en, for apps that keep
 * their own copy of the texts or translate them further.
 *
 * @example
 * ```ts
 * import { MESSAGES } from 'cxzy/i18n';
 * MESSAGES['functionalGroup.memberInNone']['zh-CN']; // '党员“{memberId}”未加入任何功能党小组'
 * ```
 */
export const MESSAGES = {
  ...ORGANIZATION_MESSAGES,
  ...SCHEDULE_MESSAGES,
  ...SCORING_MESSAGES,
  ...EVALUATION_MESSAGES,
  ...COMMITMENT_MESSAGES,
  ...COMMENDATION_MESSAGES,
  ...RECTIFICATION_MESSAGES,
  ...SCHEMA_MESSAGES,
  ...SQL_MESSAGES,
  ...INPUT_MESSAGES,
  ...TABLES_MESSAGES,
} as const;
