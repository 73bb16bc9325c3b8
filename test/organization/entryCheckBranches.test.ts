import { describe, expect, it } from 'vitest';
import { checkFunctionalGroups, checkOrganizationTree, type FunctionalGroup, type Member, type PartyOrganization } from '../../src/organization';

const read = (issues: readonly { code: string; path: readonly (string | number)[]; message: { 'zh-CN': string } }[]) =>
  issues.map((issue) => [issue.code, issue.path.join('.'), issue.message['zh-CN']]);
const cast = <T>(value: unknown) => value as T;

describe('checkFunctionalGroups leaves out what it cannot read and checks the rest', () => {
  it('reports a member that is null and a group that is null, and checks the usable ones', () => {
    const members = cast<Member[]>([{ id: 'a' }, null, { id: 'b' }]);
    const groups = cast<FunctionalGroup[]>([null, { id: 'g1', name: '德育', focus: '德育', leaderId: 'a', memberIds: ['a'] }]);
    const issues = read(checkFunctionalGroups(members, groups));
    expect(issues.map(([code, path]) => [code, path])).toEqual([
      ['input.expected', 'members.1'],
      ['input.expected', 'groups.0'],
      ['functionalGroup.memberInNone', 'members.2.id'],
    ]);
    expect(issues[0]?.[2]).toMatch(/第 2 项应为对象,实际为空值 null$/);
    expect(issues[2]?.[2]).toBe('党员“b”未加入任何功能党小组');
  });

  it('after 100 input problems, skips further null members, groups and member ids without an issue each', () => {
    const members = cast<Member[]>([...Array.from({ length: 120 }, () => null), { id: 'a' }]);
    const groups = cast<FunctionalGroup[]>([
      null,
      { id: 'g1', name: '德育', focus: '德育', leaderId: 'a', memberIds: ['a', 7, null] },
    ]);
    const issues = checkFunctionalGroups(members, groups);
    expect(issues).toHaveLength(100);
    expect(issues.every((issue) => issue.code === 'input.expected' && issue.path[0] === 'members')).toBe(true);
    expect(issues.at(-1)?.path).toEqual(['members', 99]);
  });

  it('still reports a group that is an object with a wrong id after 100 input problems', () => {
    const members = cast<Member[]>(Array.from({ length: 100 }, () => null));
    const groups = cast<FunctionalGroup[]>([{ id: 7, name: '德育', focus: '德育', leaderId: 'a', memberIds: [] }]);
    expect(read(checkFunctionalGroups(members, groups)).slice(100)).toEqual([['input.expected', 'groups.0.id', '第 1 项“编号”应为文本,实际为数字 7']]);
  });
});

describe('checkOrganizationTree limits what it reports of a list of nothing', () => {
  it('reports the first 100 organizations that are null and skips the rest', () => {
    const issues = checkOrganizationTree(cast<PartyOrganization[]>(Array.from({ length: 150 }, () => null)));
    expect(issues).toHaveLength(100);
    expect(read(issues)[0]).toEqual(['input.expected', '0', '第 1 项应为对象,实际为空值 null']);
    expect(issues.at(-1)?.path).toEqual([99]);
  });
});
