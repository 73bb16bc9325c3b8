import { expectList, expectObject, expectText, MAX_LIST_ISSUES, type InputIssueCode, type InputIssues } from '../core/input';
import type { Issue } from '../core/issue';
import { createIssue } from '../core/message';
import { ORGANIZATION_MESSAGES, type OrganizationIssueCode } from './messages';
import type { FunctionalGroup, Member } from './types';

/**
 * Checks the seeds' rule for 功能党小组: "每个党员根据自己能力特长参加其中一个功能党小组" — every
 * member of the branch joins exactly one functional group — and the group's 组长 is one of its
 * members.
 *
 * Reported: a member in no group (`path` into `members`), a member in several groups, a group that
 * lists someone who is not a member of the branch, a member listed twice in one group, a leader
 * outside the group, an empty group, and a group id used twice (`path` into `groups`, prefixed by
 * `'groups'` or `'members'` so the two arguments can be told apart).
 *
 * A member that is not an object with a text `id`, or a group that is not an object with a text
 * `id` and `leaderId` and a list of `memberIds`, is reported (`input.*`, path `['groups', 1,
 * 'leaderId']`) and left out; so is a member id in a group that is not a text. `members` or `groups`
 * that is not a list is reported and nothing is checked.
 *
 * @param members - the branch's members. Not modified.
 * @param groups - its functional groups. Not modified.
 * @returns every issue found; empty when the groups follow the rule.
 *
 * @example
 * ```ts
 * import { checkFunctionalGroups } from 'cxzy/organization';
 * const members = [
 *   { id: 'a', name: '甲', organizationId: 'b', status: 'full', roles: [] },
 *   { id: 'b', name: '乙', organizationId: 'b', status: 'full', roles: [] },
 * ] as const;
 * const issues = checkFunctionalGroups(members, [
 *   { id: 'g1', name: '德育工作小组', focus: '德育工作', leaderId: 'a', memberIds: ['a'] },
 * ]);
 * issues.map((issue) => issue.code); // ['functionalGroup.memberInNone']
 * issues[0]?.message['zh-CN']; // '党员“b”未加入任何功能党小组'
 * ```
 */
export function checkFunctionalGroups(
  members: readonly Member[],
  groups: readonly FunctionalGroup[],
): readonly Issue<OrganizationIssueCode | InputIssueCode>[] {
  const input: InputIssues = [];
  const membersOk = expectList(members, ['members'], input);
  const groupsOk = expectList(groups, ['groups'], input);
  if (!membersOk || !groupsOk) return input as Issue<InputIssueCode>[];
  const issues = input as Issue<OrganizationIssueCode | InputIssueCode>[];
  const usableMembers = members.map((member, index) => (isMember(member, index, input) ? member : undefined));
  const usableGroups = groups.map((group, index) => (isGroup(group, index, input) ? group : undefined));
  const memberIds = new Set(usableMembers.flatMap((member) => (member === undefined ? [] : [member.id])));
  const groupsOfMember = new Map<string, string[]>();
  const groupIndexById = new Map<string, number>();

  usableGroups.forEach((group, groupIndex) => {
    if (group === undefined) return;
    const firstIndex = groupIndexById.get(group.id);
    if (firstIndex !== undefined) {
      issues.push(
        createIssue(ORGANIZATION_MESSAGES, 'functionalGroup.duplicateId', 'error', ['groups', groupIndex, 'id'], {
          id: group.id,
          firstIndex,
        }),
      );
    } else {
      groupIndexById.set(group.id, groupIndex);
    }
    if (group.memberIds.length === 0) {
      issues.push(
        createIssue(ORGANIZATION_MESSAGES, 'functionalGroup.empty', 'error', ['groups', groupIndex, 'memberIds'], {
          groupId: group.id,
        }),
      );
    }
    const seen = new Set<string>();
    group.memberIds.forEach((memberId, position) => {
      const path = ['groups', groupIndex, 'memberIds', position];
      if (typeof memberId !== 'string' && issues.length >= MAX_LIST_ISSUES) return;
      if (!expectText(memberId, path, issues)) return;
      if (seen.has(memberId)) {
        issues.push(
          createIssue(ORGANIZATION_MESSAGES, 'functionalGroup.memberListedTwice', 'error', path, {
            groupId: group.id,
            memberId,
          }),
        );
        return;
      }
      seen.add(memberId);
      if (!memberIds.has(memberId)) {
        issues.push(
          createIssue(ORGANIZATION_MESSAGES, 'functionalGroup.unknownMember', 'error', path, {
            groupId: group.id,
            memberId,
          }),
        );
        return;
      }
      const joined = groupsOfMember.get(memberId);
      if (joined === undefined) groupsOfMember.set(memberId, [group.id]);
      else joined.push(group.id);
    });
    if (!seen.has(group.leaderId)) {
      issues.push(
        createIssue(ORGANIZATION_MESSAGES, 'functionalGroup.leaderOutsideGroup', 'error', ['groups', groupIndex, 'leaderId'], {
          groupId: group.id,
          leaderId: group.leaderId,
        }),
      );
    }
  });

  usableMembers.forEach((member, memberIndex) => {
    if (member === undefined) return;
    const joined = groupsOfMember.get(member.id);
    if (joined === undefined) {
      issues.push(
        createIssue(ORGANIZATION_MESSAGES, 'functionalGroup.memberInNone', 'error', ['members', memberIndex, 'id'], {
          memberId: member.id,
        }),
      );
    } else if (joined.length > 1) {
      issues.push(
        createIssue(ORGANIZATION_MESSAGES, 'functionalGroup.memberInSeveral', 'error', ['members', memberIndex, 'id'], {
          memberId: member.id,
          groupIds: joined.join('、'),
        }),
      );
    }
  });

  return issues;
}

/** Whether `value` is a member with a text `id` (the only field read); reports what is not. */
function isMember(value: unknown, index: number, issues: InputIssues): value is Member {
  if (issues.length >= MAX_LIST_ISSUES && (typeof value !== 'object' || value === null)) return false;
  return expectObject(value, ['members', index], issues) && expectText(value['id'], ['members', index, 'id'], issues);
}

/** Whether `value` is a group with a text `id` and `leaderId` and a list of `memberIds`; reports what is not. */
function isGroup(value: unknown, index: number, issues: InputIssues): value is FunctionalGroup {
  if (issues.length >= MAX_LIST_ISSUES && (typeof value !== 'object' || value === null)) return false;
  if (!expectObject(value, ['groups', index], issues)) return false;
  const id = expectText(value['id'], ['groups', index, 'id'], issues);
  const leader = expectText(value['leaderId'], ['groups', index, 'leaderId'], issues);
  const list = expectList(value['memberIds'], ['groups', index, 'memberIds'], issues);
  return id && leader && list;
}
