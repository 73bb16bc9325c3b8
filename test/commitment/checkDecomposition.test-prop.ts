import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { checkDecomposition, type Commitment, type CommitmentItem } from '../../src/commitment';
import type { FunctionalGroup } from '../../src/organization';
import { isoDate } from '../../src/schedule';
import { deepFreeze } from '../_helpers/deepFreeze';

const due = isoDate('2011-05-31');
const item = (id: string, extra: Partial<CommitmentItem> = {}): CommitmentItem => ({ id, title: id, due, status: 'pending', ...extra });

/**
 * A sound three-level commitment: `branchItems` branch items; per group, a source for each of its
 * items (a branch item, or its own); per member, its group and a source among the group's items.
 * Every branch item is broken down by the first group.
 */
const sound = fc
  .record({
    branchItems: fc.integer({ min: 1, max: 5 }),
    groups: fc.array(fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
    members: fc.array(fc.tuple(fc.nat(), fc.option(fc.nat(), { nil: undefined })), { maxLength: 10 }),
  })
  .map(({ branchItems, groups, members }) => {
    const branchIds = Array.from({ length: branchItems }, (_, index) => `b${index}`);
    const groupItems = groups.map((sources, groupIndex) => [
      ...(groupIndex === 0 ? branchIds.map((source, index) => item(`g0-cover${index}`, { decomposedFrom: source })) : []),
      ...sources.map((source, index) =>
        item(`g${groupIndex}-${index}`, source === undefined ? { own: true } : { decomposedFrom: branchIds[source % branchIds.length]! }),
      ),
    ]);
    const memberOf = members.map(([group]) => group % groups.length);
    const functionalGroups: FunctionalGroup[] = groups.map((_, groupIndex) => {
      const memberIds = [`leader${groupIndex}`, ...members.flatMap((_, index) => (memberOf[index] === groupIndex ? [`m${index}`] : []))];
      return { id: `g${groupIndex}`, name: `小组${groupIndex}`, focus: '', leaderId: `leader${groupIndex}`, memberIds };
    });
    const commitments: Commitment[] = [
      { id: 'branch', level: 'branch', makerId: 'branch', audiences: [], items: branchIds.map((id) => item(id)) },
      ...groupItems.map((items, groupIndex): Commitment => ({ id: `cg${groupIndex}`, level: 'group', makerId: `g${groupIndex}`, audiences: [], items })),
      ...members.map(([, source], index): Commitment => {
        const own = groupItems[memberOf[index]!]!;
        return {
          id: `cm${index}`,
          level: 'member',
          makerId: `m${index}`,
          audiences: [],
          items: [item(`m${index}-0`, source === undefined ? {} : { decomposedFrom: own[source % own.length]!.id })],
        };
      }),
    ];
    return { commitments, functionalGroups };
  });

test.prop([sound])('a sound three-level commitment has no issues', ({ commitments, functionalGroups }) => {
  expect(checkDecomposition(deepFreeze(commitments), deepFreeze(functionalGroups))).toEqual([]);
});

test.prop([sound, fc.nat()])('dropping the group item that breaks a branch item down is reported on that item', ({ commitments, functionalGroups }, pick) => {
  const branch = commitments[0]!;
  const target = branch.items[pick % branch.items.length]!.id;
  const pruned = commitments.map((commitment) => ({
    ...commitment,
    items: commitment.items.filter((each) => commitment.level !== 'group' || each.decomposedFrom !== target),
  }));
  // Member items that took up a removed group item now name an unknown source; only the branch item matters here.
  const found = checkDecomposition(pruned, functionalGroups).filter((issue) => issue.code === 'commitment.branchItemNotDecomposed');
  expect(found.map((issue) => issue.params['itemId'])).toEqual([target]);
});

test.prop([sound, fc.func(fc.integer())])('what is found does not depend on the order of commitments', ({ commitments, functionalGroups }, key) => {
  const shuffled = commitments.map((value, index) => ({ value, k: key(index) })).sort((a, b) => a.k - b.k).map(({ value }) => value);
  const broken = (list: readonly Commitment[]) =>
    list.map((commitment) => (commitment.level === 'member' ? { ...commitment, makerId: `${commitment.makerId}-stranger` } : commitment));
  const codes = (list: readonly Commitment[]) =>
    checkDecomposition(broken(list), functionalGroups)
      .map((issue) => `${issue.code}:${Object.values(issue.params).join('/')}`)
      .sort();
  expect(codes(shuffled)).toEqual(codes(commitments));
});
