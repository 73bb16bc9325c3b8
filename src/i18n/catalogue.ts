import { MASS_ORGANIZATION_KIND_LABELS, MEMBER_STATUS_LABELS, ORGANIZATION_KIND_LABELS, ROLE_LABELS } from '../organization/labels';
import { ORGANIZATION_MESSAGES } from '../organization/messages';
import { CADENCE_UNIT_LABELS, PHASE_KIND_LABELS, PHASE_STATUS_LABELS } from '../schedule/labels';
import { SCHEDULE_MESSAGES } from '../schedule/messages';
import { SCHEMA_MESSAGES } from '../schema/messages';

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
  ...SCHEMA_MESSAGES,
} as const;
