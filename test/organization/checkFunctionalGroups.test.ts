import { describe, expect, it } from 'vitest';
import { checkFunctionalGroups, type FunctionalGroup, type Member } from '../../src/organization';
import { deepFreeze } from '../_helpers/deepFreeze';

const member = (id: string): Member => ({ id, name: id, organizationId: 'branch', status: 'full', roles: [] });
const members = deepFreeze(['a', 'b', 'c'].map(member));
const group = (id: string, memberIds: string[], leaderId = memberIds[0] ?? ''): FunctionalGroup => ({
  id,
  name: `${id}功能党小组`,
  focus: id,
  leaderId,
  memberIds,
});

const codes = (groups: readonly FunctionalGroup[], list: readonly Member[] = members) =>
  checkFunctionalGroups(list, deepFreeze(groups)).map((issue) => [issue.code, issue.path]);

describe('checkFunctionalGroups — "每个党员根据自己能力特长参加其中一个功能党小组"', () => {
  it('accepts every member in exactly one group, each led by one of its members', () => {
    expect(codes([group('教学科研', ['a', 'b']), group('德育工作', ['c'])])).toEqual([]);
  });

  it('reports a member in no group', () => {
    expect(codes([group('教学科研', ['a', 'b'])])).toEqual([['functionalGroup.memberInNone', ['members', 2, 'id']]]);
  });

  it('reports a member in several groups, naming them', () => {
    const issues = checkFunctionalGroups(members, [group('g1', ['a', 'b']), group('g2', ['b', 'c'], 'c')]);
    expect(issues.map((issue) => issue.code)).toEqual(['functionalGroup.memberInSeveral']);
    expect(issues[0]?.message['zh-CN']).toBe('党员“b”同时加入了多个功能党小组:g1、g2');
  });

  it('reports a listed person who is not a member of the branch', () => {
    expect(codes([group('g1', ['a', 'b', 'c', 'stranger'])])).toEqual([
      ['functionalGroup.unknownMember', ['groups', 0, 'memberIds', 3]],
    ]);
  });

  it('reports a member listed twice in one group, once', () => {
    expect(codes([group('g1', ['a', 'b', 'c', 'a'])])).toEqual([
      ['functionalGroup.memberListedTwice', ['groups', 0, 'memberIds', 3]],
    ]);
  });

  it('reports "组长" who is not in the group', () => {
    expect(codes([group('g1', ['a', 'b'], 'c'), group('g2', ['c'])])).toEqual([
      ['functionalGroup.leaderOutsideGroup', ['groups', 0, 'leaderId']],
    ]);
  });

  it('reports an empty group and a reused group id', () => {
    expect(codes([group('g1', ['a', 'b', 'c']), group('g1', [], 'a')])).toEqual([
      ['functionalGroup.duplicateId', ['groups', 1, 'id']],
      ['functionalGroup.empty', ['groups', 1, 'memberIds']],
      ['functionalGroup.leaderOutsideGroup', ['groups', 1, 'leaderId']],
    ]);
  });

  it('accepts a branch with no members and no groups', () => {
    expect(checkFunctionalGroups([], [])).toEqual([]);
  });
});
