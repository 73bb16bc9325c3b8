import { localizedTable, type LocalizedText } from '../core/locale';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';

/**
 * The default header text of every column the tables read and write, in zh-CN and en: what a
 * template writes, and what a missing-column message names.
 *
 * @example
 * ```ts
 * import { TABLE_COLUMN_LABELS } from 'cxzy/tables';
 * TABLE_COLUMN_LABELS.memberId['zh-CN']; // '党员编号'
 * TABLE_COLUMN_LABELS.memberId.en; // 'Member ID'
 * ```
 */
export const TABLE_COLUMN_LABELS = /* @__PURE__ */ localizedTable(zhCN.tableColumnLabels, en.tableColumnLabels);

/**
 * A column the tables know, by its stable name (`memberId`, `score`, …).
 *
 * @example
 * ```ts
 * import type { TableColumn } from 'cxzy/tables';
 * const column: TableColumn = 'evaluatorId';
 * ```
 */
export type TableColumn = keyof typeof TABLE_COLUMN_LABELS;

/**
 * The header texts each column is read under by default: its labels in zh-CN and en (see
 * {@link TABLE_COLUMN_LABELS}), its name (`memberId`), and the other headers sheets in use write
 * (`编号`, `工号`, `得分`, …). A header is matched ignoring spaces, case, full-width forms and a
 * leading or trailing `*` (a required-column mark). A `columns` option replaces a column's list.
 *
 * @example
 * ```ts
 * import { TABLE_COLUMNS } from 'cxzy/tables';
 * TABLE_COLUMNS.score; // ['分数', 'Score', 'score', '得分', '评分', '分值', 'points']
 * ```
 */
export const TABLE_COLUMNS: { readonly [Column in TableColumn]: readonly string[] } = /* @__PURE__ */ withLabels({
  memberId: ['编号', '工号', 'ID', 'member'],
  name: ['党员姓名', '名字', '被评价人姓名'],
  organizationId: ['所在支部', '党支部', '支部', '支部编号', '党组织编号', '党组织', 'organization'],
  status: ['类别', '党员状态', '状态', '身份'],
  roles: ['职务', '党内职务', '担任职务', 'role'],
  vetoes: ['一票否决项', 'veto'],
  subjectId: ['被评价人', '被评价对象', '被评人', '评价对象', '对象编号', '被测评人', 'subject'],
  evaluatorId: ['评价人', '评议人', '投票人', '测评人', 'evaluator'],
  group: ['评议组', '评价组', '评议主体', '评价类别', 'evaluatorGroup'],
  score: ['得分', '评分', '分值', 'points'],
  grade: ['等次', '评议等次', '评价结果', '测评等次', '评价'],
  commitmentId: ['承诺'],
  level: ['层级', '承诺级别'],
  makerId: ['承诺主体', '承诺人', 'maker'],
  audiences: ['对象', '承诺对象范围'],
  itemId: ['事项', '承诺事项编号', 'item'],
  title: ['事项内容', '承诺内容', '内容'],
  due: ['时限', '期限', '完成期限', '整改时限', '整改期限'],
  commitmentStatus: ['状态', '完成情况', '事项状态'],
  fulfilledOn: ['践诺时间', '兑现日期', '完成日期'],
  decomposedFrom: ['分解自事项', '来源事项'],
  own: ['自定', '是否自定', 'ownItem'],
  evidence: ['佐证', '证明材料'],
  rectificationId: ['编号', '事项编号', 'ID', 'id'],
  problem: ['问题', '问题描述'],
  source: ['来源'],
  measure: ['措施'],
  target: ['目标', '整改目标要求'],
  ownerId: ['责任人', '责任人员'],
  rectificationStatus: ['状态', '整改情况'],
  processDisclosed: ['过程已公示', '过程公示', '整改过程公示'],
  resultDisclosed: ['结果已公开', '结果公开', '整改结果公开'],
  completedOn: ['完成时间', '整改完成日期'],
  rank: ['名次'],
  total: ['得分', '合计'],
  tier: ['评定等次'],
  reasons: ['理由', '备注'],
  combined: ['综合分', '总评分'],
  valid: ['有效票'],
  invalid: ['无效票', '废票'],
  satisfactionRate: ['满意度'],
  recommendation: ['建议'],
});

/** Each column's labels in every locale and its name first, then the other headers. */
function withLabels(others: { readonly [Column in TableColumn]: readonly string[] }): { readonly [Column in TableColumn]: readonly string[] } {
  const columns: Record<string, readonly string[]> = {};
  for (const [column, label] of Object.entries(TABLE_COLUMN_LABELS) as [TableColumn, LocalizedText][]) {
    columns[column] = [...new Set([label['zh-CN'], label.en, column, ...others[column]])];
  }
  return columns as { readonly [Column in TableColumn]: readonly string[] };
}
