import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { checkFunctionalGroups, type FunctionalGroup, type Member } from '../../src/organization';
import { deepFreeze } from '../_helpers/deepFreeze';

const members = (count: number): Member[] =>
  Array.from({ length: count }, (_, index) => ({ id: `m${index}`, name: `党员${index}`, organizationId: 'b', status: 'full', roles: [] }));

/** A branch split into groups: each member assigned a group number, and each group led by its first member. */
const partition = fc.integer({ min: 1, max: 40 }).chain((count) =>
  fc.tuple(fc.constant(count), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: count, maxLength: count })),
);

function groupsOf(assignment: readonly number[]): FunctionalGroup[] {
  const byGroup = new Map<number, string[]>();
  assignment.forEach((group, index) => byGroup.set(group, [...(byGroup.get(group) ?? []), `m${index}`]));
  return [...byGroup].map(([group, ids]) => ({ id: `g${group}`, name: `小组${group}`, focus: '', leaderId: ids[0]!, memberIds: ids }));
}

test.prop([partition])('a partition of the branch into groups is sound', ([count, assignment]) => {
  expect(checkFunctionalGroups(deepFreeze(members(count)), deepFreeze(groupsOf(assignment)))).toEqual([]);
});

test.prop([partition, fc.nat()])('leaving one member out reports exactly that member', ([count, assignment], pick) => {
  const left = `m${pick % count}`;
  const groups = groupsOf(assignment)
    .map((group) => ({ ...group, memberIds: group.memberIds.filter((id) => id !== left) }))
    .filter((group) => group.memberIds.length > 0)
    .map((group) => ({ ...group, leaderId: group.memberIds[0]! }));
  const issues = checkFunctionalGroups(members(count), groups);
  expect(issues.map((issue) => [issue.code, issue.params['memberId']])).toEqual([['functionalGroup.memberInNone', left]]);
});

test.prop([partition, fc.nat()])('adding a member to a second group reports that member once', ([count, assignment], pick) => {
  const groups = groupsOf(assignment);
  const extra = `m${pick % count}`;
  const target = groups.find((group) => !group.memberIds.includes(extra));
  if (target === undefined) return;
  const changed = groups.map((group) => (group === target ? { ...group, memberIds: [...group.memberIds, extra] } : group));
  const issues = checkFunctionalGroups(members(count), changed);
  expect(issues.map((issue) => [issue.code, issue.params['memberId']])).toEqual([['functionalGroup.memberInSeveral', extra]]);
});
