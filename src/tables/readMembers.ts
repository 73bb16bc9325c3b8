import { MEMBER_STATUS_LABELS, ROLE_LABELS } from '../organization/labels';
import type { Member, MemberStatus, Role } from '../organization/types';
import { acceptedLabels, labelMap, readLabel, readLabelList, readText } from './_cells';
import { cellIssue, type ColumnSpec, failed, finish, layout } from './_read';
import { checkRows, finishRows, warnUnknown } from './_rows';
import type { ReadOptions, Row, TableResult } from './types';

/**
 * Options of {@link readMembers}.
 *
 * @example
 * ```ts
 * import type { ReadMembersOptions } from 'cxzy/tables';
 * const options: ReadMembersOptions = { organizationId: 'b1', columns: { memberId: '工号' } };
 * ```
 */
export interface ReadMembersOptions extends ReadOptions<'memberId' | 'name' | 'organizationId' | 'status' | 'roles'> {
  /**
   * The organization of every member whose row names none: for a roster of one branch, which has
   * no such column. Without it the column `所在党组织` is required.
   */
  readonly organizationId?: string;
}

const SPECS = (withOrganization: boolean): readonly ColumnSpec<'memberId' | 'name' | 'organizationId' | 'status' | 'roles'>[] => [
  { field: 'memberId', required: true },
  { field: 'name', required: true },
  { field: 'organizationId', required: !withOrganization },
  { field: 'status', required: true },
  { field: 'roles', required: false },
];

const STATUS_WORDS = { 正式: 'full', 预备: 'probationary' } as const satisfies Record<string, MemberStatus>;
const ROLE_WORDS = { 支部书记: 'secretary', 党支部书记: 'secretary', 支部副书记: 'deputySecretary', 支部委员: 'committeeMember', 组长: 'groupLeader', 党小组长: 'groupLeader' } as const satisfies Record<string, Role>;

/**
 * Reads a roster (党员名册): one row per member with 党员编号, 姓名, 所在党组织, 党员类别 and
 * 党内职务. Status and roles are read from their labels in zh-CN or en (`正式党员`, `预备党员`,
 * `Probationary member`; `书记、支委`) or their codes (`full`, `secretary`); roles in one cell are
 * separated by `、`, `,`, `;` or `/`, and an empty roles cell is no role. A member id written twice
 * is reported at its second row.
 *
 * @param rows - the data rows, keyed by header text, as a CSV or XLSX reader yields them.
 * @param options - the header row, column headers to read instead of the defaults, the organization
 *   of a one-branch roster.
 * @returns the members, or every problem with its row and column.
 *
 * @example
 * ```ts
 * import { readMembers } from 'cxzy/tables';
 * const result = readMembers([
 *   { 党员编号: 'm01', 姓名: '李明', 所在党组织: 'b1', 党员类别: '正式党员', 党内职务: '书记、党务工作者' },
 *   { 党员编号: 'm02', 姓名: '王芳', 所在党组织: 'b1', 党员类别: '预备党员', 党内职务: '' },
 * ]);
 * result.data?.[0]; // { id: 'm01', name: '李明', organizationId: 'b1', status: 'full', roles: ['secretary', 'partyAffairsWorker'] }
 * result.data?.[1]?.status; // 'probationary'
 * ```
 *
 * @example
 * ```ts
 * import { readMembers } from 'cxzy/tables';
 * const result = readMembers([{ 工号: 'm01', 姓名: '李明', 党员类别: '正式' }], { organizationId: 'b1', columns: { memberId: '工号' } });
 * result.data?.[0]?.organizationId; // 'b1'
 * const wrong = readMembers([{ 党员编号: 'm01', 姓名: '李明', 党员类别: '积极分子' }], { organizationId: 'b1' });
 * wrong.issues[0]?.message['zh-CN']; // '第 2 行“党员类别”列的“积极分子”不是可用的取值(可用:正式党员、预备党员 / full, probationary)'
 * wrong.issues[0]?.path; // ['rows', 2, '党员类别']
 * ```
 */
export function readMembers(rows: readonly Row[], options?: ReadMembersOptions): TableResult<readonly Member[]> {
  const organizationId = typeof options?.organizationId === 'string' && options.organizationId.trim() !== '' ? options.organizationId.trim() : undefined;
  const found = layout(rows, options, SPECS(organizationId !== undefined));
  if ('failed' in found) return found.failed;
  // A required column missing or an option of the wrong kind: reported once, the rows are not read.
  if (found.sink.errors > 0) return failed(found.sink);
  warnUnknown(found);
  const { columns, sink } = found;
  const statuses = labelMap(MEMBER_STATUS_LABELS, STATUS_WORDS);
  const roles = labelMap(ROLE_LABELS, ROLE_WORDS);
  const statusAccepted = acceptedLabels(MEMBER_STATUS_LABELS);
  const rolesAccepted = acceptedLabels(ROLE_LABELS);
  const firstRowOf = new Map<string, number>();
  const members: Member[] = [];
  checkRows(found, (row, number): void => {
    const id = columns.memberId && readText(row[columns.memberId.key], number, columns.memberId, sink, true);
    const name = columns.name && readText(row[columns.name.key], number, columns.name, sink, true);
    const organization = columns.organizationId === undefined ? organizationId : readText(row[columns.organizationId.key], number, columns.organizationId, sink, organizationId === undefined) ?? organizationId;
    const status = columns.status && readLabel(row[columns.status.key], number, columns.status, sink, true, statuses, statusAccepted);
    const memberRoles = columns.roles === undefined ? [] : readLabelList(row[columns.roles.key], number, columns.roles, sink, roles, rolesAccepted);
    if (id !== undefined && columns.memberId !== undefined) {
      const first = firstRowOf.get(id);
      if (first !== undefined) cellIssue(sink, 'tables.duplicateKey', number, columns.memberId, { value: id, firstRow: first });
      else firstRowOf.set(id, number);
    }
    if (id === undefined || name === undefined || organization === undefined || status === undefined || memberRoles === undefined) return;
    members.push({ id, name, organizationId: organization, status, roles: memberRoles });
  });
  return finishRows(found, members);
}
