import { describe, expect, it } from 'vitest';
import { readMembers, TABLE_COLUMN_LABELS, type Row } from '../../src/tables';
import { deepFreeze } from '../_helpers/deepFreeze';

const roster: readonly Row[] = deepFreeze([
  { 党员编号: 'm01', 姓名: '李明', 所在党组织: 'b1', 党员类别: '正式党员', 党内职务: '书记、党务工作者' },
  { 党员编号: 'm02', 姓名: '王芳', 所在党组织: 'b1', 党员类别: '预备党员', 党内职务: '' },
  { 党员编号: 'm03', 姓名: '张强', 所在党组织: 'b1', 党员类别: 'full', 党内职务: 'committeeMember; groupLeader' },
]);

describe('readMembers: a 党员名册 as rows', () => {
  it('reads status and role labels in zh-CN, in en and as codes, and an empty roles cell as no role', () => {
    const result = readMembers(roster);
    expect(result.success).toBe(true);
    expect(result.data).toEqual([
      { id: 'm01', name: '李明', organizationId: 'b1', status: 'full', roles: ['secretary', 'partyAffairsWorker'] },
      { id: 'm02', name: '王芳', organizationId: 'b1', status: 'probationary', roles: [] },
      { id: 'm03', name: '张强', organizationId: 'b1', status: 'full', roles: ['committeeMember', 'groupLeader'] },
    ]);
    expect(result.issues).toEqual([]);
  });

  it('reads English headers and labels', () => {
    const result = readMembers([{ 'Member ID': 'm01', Name: 'Li Ming', 'Organization ID': 'b1', Status: 'Probationary member', Roles: 'Secretary, Party group leader' }]);
    expect(result.data?.[0]).toEqual({ id: 'm01', name: 'Li Ming', organizationId: 'b1', status: 'probationary', roles: ['secretary', 'groupLeader'] });
  });

  it('matches headers ignoring spaces, case, full-width forms and a required-column mark', () => {
    const result = readMembers([{ ' 党员编号 ': 'm01', '*姓名': '李明', 'ORGANIZATIONID': 'b1', '党员 类别': '正式党员' }]);
    expect(result.data?.[0]?.id).toBe('m01');
  });

  it('names the row as a spreadsheet shows it (header row 1, first data row 2) and the column by its header', () => {
    const result = readMembers([roster[0]!, { ...roster[1]!, 党员类别: '积极分子' }]);
    expect(result.success).toBe(false);
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue?.code).toBe('tables.unknownLabel');
    expect(issue?.path).toEqual(['rows', 3, '党员类别']);
    expect(issue?.params).toMatchObject({ row: 3, column: '党员类别', value: '积极分子' });
    expect(issue?.message['zh-CN']).toBe('第 3 行“党员类别”列的“积极分子”不是可用的取值(可用:正式党员、预备党员 / full, probationary)');
    expect(issue?.message.en).toBe('Row 3, column "党员类别": "积极分子" is not one of the accepted values (正式党员、预备党员 / full, probationary)');
  });

  it('numbers rows from the header row given, and from startRow for a chunk', () => {
    const wrong = [{ ...roster[0]!, 姓名: '' }];
    expect(readMembers(wrong, { headerRow: 3 }).issues[0]?.path).toEqual(['rows', 4, '姓名']);
    expect(readMembers(wrong, { startRow: 1001 }).issues[0]?.params.row).toBe(1001);
  });

  it('reports a required column missing once, not once per row', () => {
    const rows = roster.map(({ 党员类别: _status, ...rest }) => rest);
    const result = readMembers(rows);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([['tables.missingColumn', ['columns', 'status']]]);
    expect(result.issues[0]?.message['zh-CN']).toMatch(/^表格缺少“党员类别”列\(可用的列名:党员类别 \/ Status \/ status/);
    expect(result.issues[0]?.message.en).toMatch(/^The table has no column "Status"/);
  });

  it('reports a header written twice, with both positions', () => {
    const result = readMembers(roster, { headers: ['党员编号', '姓名', '所在党组织', '党员类别', '党内职务', '姓名 '] });
    expect(result.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ['tables.duplicateColumn', ['headers', 6], { column: '姓名', position: 6, firstPosition: 2 }],
    ]);
    expect(result.success).toBe(false);
  });

  it('ignores an unknown column with a warning, once', () => {
    const result = readMembers(roster.map((row) => ({ ...row, 性别: '男' })));
    expect(result.success).toBe(true);
    expect(result.issues.map((issue) => [issue.code, issue.severity, issue.path])).toEqual([['tables.unknownColumn', 'warning', ['headers', '性别']]]);
  });

  it('warns of an empty header in the header row and leaves its column out', () => {
    const result = readMembers(roster, { headers: ['党员编号', '姓名', '所在党组织', '党员类别', '党内职务', ''] });
    expect(result.issues.map((issue) => [issue.code, issue.severity])).toEqual([['tables.emptyHeader', 'warning']]);
    expect(result.success).toBe(true);
  });

  it('reads a column under the header a mapping names, instead of the defaults', () => {
    const rows = [{ 工号: 'm01', 姓名: '李明', 支部: 'b1', 身份: '正式党员' }];
    const result = readMembers(rows, { columns: { memberId: '工号', status: ['身份'] } });
    expect(result.data?.[0]).toMatchObject({ id: 'm01', organizationId: 'b1', status: 'full' });
    // The mapping replaces the defaults: 党员编号 is no longer read as the id.
    expect(readMembers(roster, { columns: { memberId: '工号' } }).issues[0]?.code).toBe('tables.missingColumn');
  });

  it('takes the organization of a one-branch roster from the options', () => {
    const rows = [{ 党员编号: 'm01', 姓名: '李明', 党员类别: '正式' }];
    expect(readMembers(rows, { organizationId: 'b1' }).data?.[0]?.organizationId).toBe('b1');
    expect(readMembers(rows).issues[0]?.code).toBe('tables.missingColumn');
  });

  it('reports a member id written twice at its second row', () => {
    const result = readMembers([roster[0]!, roster[1]!, { ...roster[2]!, 党员编号: 'm01' }]);
    expect(result.issues.map((issue) => [issue.code, issue.params])).toEqual([['tables.duplicateKey', { row: 4, column: '党员编号', value: 'm01', firstRow: 2 }]]);
  });

  it('reads an id a spreadsheet stored as a whole number, and refuses a boolean or a date as text', () => {
    const base = { 姓名: '李明', 所在党组织: 'b1', 党员类别: '正式党员' };
    expect(readMembers([{ ...base, 党员编号: 1001 }]).data?.[0]?.id).toBe('1001');
    expect(readMembers([{ ...base, 党员编号: true }]).issues[0]?.message.en).toBe('Row 2, column "党员编号": "true" should be text');
    expect(readMembers([{ ...base, 党员编号: 10.5 }]).issues[0]?.code).toBe('tables.notText');
    expect(readMembers([{ ...base, 党员编号: new Date(Date.UTC(2024, 0, 1)) }]).issues[0]?.params.value).toBe('2024-01-01T00:00:00.000Z');
  });

  it('reports an unknown role by itself, keeping the known ones quiet', () => {
    const result = readMembers([{ ...roster[0]!, 党内职务: '书记、宣传委员' }]);
    expect(result.issues.map((issue) => issue.params.value)).toEqual(['宣传委员']);
  });

  it('skips a blank row, as readers yield for an empty line', () => {
    const result = readMembers([roster[0]!, { 党员编号: '', 姓名: ' ', 所在党组织: null }, roster[1]!]);
    expect(result.data?.map((member) => member.id)).toEqual(['m01', 'm02']);
  });

  it('reports rows that are not a list, and a row that is not a record, never throwing', () => {
    expect(readMembers('rows' as never).issues.map((issue) => issue.code)).toEqual(['tables.notRows']);
    const result = readMembers([roster[0]!, null as never, ['m02'] as never]);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['tables.notARow', ['rows', 3]],
      ['tables.notARow', ['rows', 4]],
    ]);
  });

  it('reports options of the wrong kind as issues', () => {
    const bad = readMembers(roster, { headers: 'x', headerRow: 0, startRow: 1.5, maxIssues: -1, columns: { memberId: [] } } as never);
    expect(bad.issues.map((issue) => issue.path)).toEqual([
      ['options', 'headers'],
      ['options', 'headerRow'],
      ['options', 'startRow'],
      ['options', 'maxIssues'],
      ['options', 'columns.memberId'],
    ]);
    expect(bad.issues[0]?.message['zh-CN']).toBe('选项“headers”应为列表');
    expect(readMembers(roster, 'x' as never).issues[0]?.path).toEqual(['options', 'options']);
    expect(readMembers(roster, { columns: 3 } as never).issues[0]?.path).toEqual(['options', 'columns']);
  });

  it('stops listing cell problems at maxIssues and counts the rest in one issue', () => {
    const rows = Array.from({ length: 50 }, (_, index) => ({ 党员编号: `m${index}`, 姓名: '', 所在党组织: 'b1', 党员类别: '正式党员' }));
    const result = readMembers(rows, { maxIssues: 10 });
    expect(result.issues).toHaveLength(11);
    expect(result.issues[10]).toMatchObject({ code: 'tables.moreIssues', severity: 'error', params: { count: 40 } });
    expect(result.issues[10]?.message['zh-CN']).toBe('另有 40 个问题未逐一列出');
  });

  it('has a default header for each column in zh-CN and en', () => {
    expect(TABLE_COLUMN_LABELS.memberId).toEqual({ 'zh-CN': '党员编号', en: 'Member ID' });
  });
});
