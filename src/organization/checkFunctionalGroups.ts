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
): readonly Issue<OrganizationIssueCode>[] {
  const issues: Issue<OrganizationIssueCode>[] = [];
  const memberIds = new Set(members.map((member) => member.id));
  const groupsOfMember = new Map<string, string[]>();
  const groupIndexById = new Map<string, number>();

  groups.forEach((group, groupIndex) => {
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

  members.forEach((member, memberIndex) => {
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
