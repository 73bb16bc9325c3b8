import { FIELD_LABELS } from '../core/input';
import { localizedTable } from '../core/locale';
import type { LabelTables } from '../core/message';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';
import { EVALUATOR_GROUP_LABELS } from './labels';

const BALLOT_FIELD_LABELS = /* @__PURE__ */ localizedTable(zhCN.ballotFieldLabels, en.ballotFieldLabels);
const MEETING_COUNT_LABELS = /* @__PURE__ */ localizedTable(zhCN.meetingCountLabels, en.meetingCountLabels);

/**
 * The label tables evaluation messages show values by: ballot fields, meeting counts, groups and
 * the fields of a policy. A group of the user's own has no label, so its message quotes its code
 * (“alumni”).
 */
export function evaluationTables(group?: string | number): LabelTables {
  const code = group === undefined ? undefined : String(group);
  const known = code === undefined || Object.hasOwn(EVALUATOR_GROUP_LABELS, code);
  return {
    ballotField: BALLOT_FIELD_LABELS,
    meetingCount: MEETING_COUNT_LABELS,
    field: FIELD_LABELS,
    evaluatorGroup: known ? EVALUATOR_GROUP_LABELS : { ...EVALUATOR_GROUP_LABELS, [code]: { 'zh-CN': `“${code}”`, en: `"${code}"` } },
  };
}
