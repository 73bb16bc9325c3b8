import { describe, expect, it } from 'vitest';
import { checkFunctionalGroups, checkOrganizationTree, type FunctionalGroup, type Member, type PartyOrganization } from '../../src/organization';

const read = (issues: readonly { code: string; path: readonly (string | number)[]; message: { 'zh-CN': string } }[]) =>
  issues.map((issue) => [issue.code, issue.path.join('.'), issue.message['zh-CN']]);
const cast = <T>(value: unknown) => value as T;

describe('checkOrganizationTree checks each organization at entry', () => {
  it('reports a kind of __proto__ instead of throwing, and checks the rest of the tree', () => {
    const issues = checkOrganizationTree(cast<PartyOrganization[]>([
      { id: 'committee', name: '区教育党委', kind: 'committee' },
      { id: 'odd', name: '某组织', kind: '__proto__', parentId: 'committee' },
      { id: 'school', name: '职业中学党支部', kind: 'branch', parentId: 'committee' },
      { id: 'inverted', name: '某党总支', kind: 'generalBranch', parentId: 'school' },
    ]));
    expect(read(issues)).toEqual([
      ['input.notOneOf', '1.kind', '第 2 项“类别”为“__proto__”,应为以下之一:committee, generalBranch, branch'],
      ['organization.kindInversion', '3.parentId', expect.any(String)],
    ]);
  });

  it('reports an organization that is null or whose id is a number, and a list that is not a list', () => {
    const issues = checkOrganizationTree(cast([null, { id: 7, name: '支部', kind: 'branch' }]));
    expect(read(issues)).toEqual([
      ['input.expected', '0', '第 1 项应为对象,实际为空值 null'],
      ['input.expected', '1.id', '第 2 项“编号”应为文本,实际为数字 7'],
    ]);
    expect(read(checkOrganizationTree(cast({ 0: 'a' })))).toEqual([['input.expected', '', '输入应为列表,实际为对象']]);
  });

  it('treats __proto__ and constructor as ids like any other', () => {
    const issues = checkOrganizationTree([
      { id: '__proto__', name: '党委', kind: 'committee' },
      { id: 'constructor', name: '支部', kind: 'branch', parentId: '__proto__' },
      { id: 'toString', name: '支部', kind: 'branch', parentId: 'hasOwnProperty' },
    ]);
    expect(issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['organization.unknownParent', '2.parentId']]);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe('checkFunctionalGroups checks members and groups at entry', () => {
  const members = cast<Member[]>([{ id: 'a' }, { id: 'b' }]);
  it('skips and reports a group whose member list is not a list, and a member id that is not text', () => {
    const groups = cast<FunctionalGroup[]>([
      { id: 'g1', name: '德育', focus: '德育', leaderId: 'a', memberIds: ['a', 7] },
      { id: 'g2', name: '教学', focus: '教学', leaderId: 'b', memberIds: 'b' },
    ]);
    expect(read(checkFunctionalGroups(members, groups))).toEqual([
      ['input.expected', 'groups.1.memberIds', '第 2 项“成员”应为列表,实际为文本“b”'],
      ['input.expected', 'groups.0.memberIds.1', '第 1 项“成员”第 2 项应为文本,实际为数字 7'],
      ['functionalGroup.memberInNone', 'members.1.id', '党员“b”未加入任何功能党小组'],
    ]);
  });

  it('reports members or groups that are not lists, and checks nothing else', () => {
    expect(checkFunctionalGroups(cast(null), cast('g')).map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['input.expected', 'members'],
      ['input.expected', 'groups'],
    ]);
  });

  it('counts a member whose id is __proto__', () => {
    const issues = checkFunctionalGroups(cast([{ id: '__proto__' }]), [{ id: 'g', name: '组', focus: '', leaderId: '__proto__', memberIds: ['__proto__'] }]);
    expect(issues).toEqual([]);
  });
});
