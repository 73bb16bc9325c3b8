import { localizedTable } from '../core/locale';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';
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
export const PHASE_KIND_LABELS = /* @__PURE__ */ localizedTable(zhCN.phaseKindLabels, en.phaseKindLabels) satisfies Record<PhaseKind, LocalizedText>;

/**
 * Labels of each {@link PhaseStatus}, as {@link phaseAt} reports it.
 *
 * @example
 * ```ts
 * import { PHASE_STATUS_LABELS } from 'cxzy/schedule';
 * PHASE_STATUS_LABELS.during['zh-CN']; // '进行中'
 * ```
 */
export const PHASE_STATUS_LABELS = /* @__PURE__ */ localizedTable(zhCN.phaseStatusLabels, en.phaseStatusLabels) satisfies Record<PhaseStatus, LocalizedText>;

/**
 * Labels of each {@link CadenceUnit}: how often a duty recurs.
 *
 * @example
 * ```ts
 * import { CADENCE_UNIT_LABELS } from 'cxzy/schedule';
 * CADENCE_UNIT_LABELS.halfYear['zh-CN']; // '每半年'
 * ```
 */
export const CADENCE_UNIT_LABELS = /* @__PURE__ */ localizedTable(zhCN.cadenceUnitLabels, en.cadenceUnitLabels) satisfies Record<CadenceUnit, LocalizedText>;
