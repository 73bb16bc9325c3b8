import type { Commitment, CommitmentItem, CommitmentItemStatus } from '../../commitment/types';
import { COMMITMENT_ITEM_STATUSES } from '../../commitment/types';
import type { FunctionalGroup } from '../../organization/types';
import { arbitraryBranch, type Branch, type BranchOptions } from './branch';
import { FIRST_DAY, LAST_DAY, dateOf, day } from './_dates';
import { type Arbitrary, type FastCheck } from './_fc';
import { readOptions } from './_options';

/**
 * 三级双向承诺 of a generated branch: the branch's commitment, one per functional group and one per
 * member, decomposed as seed 001 asks — every branch item broken down into at least one group item,
 * every group item traced to a branch item or marked `own`, member items traced (where they name a
 * source) to an item of their own group, item ids distinct across the set, a fulfilled item with
 * the day it was fulfilled. `checkDecomposition(commitments, branch.groups)` finds nothing, and
 * `parseCommitments` accepts the list.
 *
 * @param fc - your fast-check.
 * @param options - the branch's size and how many items the branch commits to at most.
 * @returns the arbitrary.
 */
export function arbitraryCommitments(fc: FastCheck, options: CommitmentsOptions = {}): Arbitrary<CommitmentPlan> {
  const { counts, given } = readOptions(options, { maxBranchItems: [4, 1, 50] });
  const { maxBranchItems: _items, ...branchOptions } = given as CommitmentsOptions;
  return arbitraryBranch(fc, branchOptions).chain((branch) =>
    fc
      .record({
        owners: fc.array(fc.integer({ min: 0, max: branch.groups.length - 1 }), { minLength: 1, maxLength: counts['maxBranchItems']! }),
        ownItems: fc.array(fc.boolean(), { minLength: branch.groups.length, maxLength: branch.groups.length }),
        memberSources: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: branch.members.length, maxLength: branch.members.length }),
        items: fc.array(itemFacts(fc), { minLength: counts['maxBranchItems']! * 2 + branch.groups.length + branch.members.length, maxLength: counts['maxBranchItems']! * 2 + branch.groups.length + branch.members.length }),
      })
      .map(({ owners, ownItems, memberSources, items }) => plan(branch, owners, ownItems, memberSources, items)),
  );
}

/** When an item is due, where it stands, and when it was fulfilled. */
interface ItemFacts {
  readonly due: number;
  readonly status: CommitmentItemStatus;
  readonly early: number;
}

function itemFacts(fc: FastCheck): Arbitrary<ItemFacts> {
  return fc.record({ due: day(fc, FIRST_DAY + 60, LAST_DAY), status: fc.constantFrom(...COMMITMENT_ITEM_STATUSES), early: fc.integer({ min: 0, max: 60 }) });
}

function plan(branch: Branch, owners: readonly number[], ownItems: readonly boolean[], memberSources: readonly (number | undefined)[], facts: readonly ItemFacts[]): CommitmentPlan {
  let next = 0;
  const item = (id: string, title: string, source: { readonly decomposedFrom?: string; readonly own?: true }): CommitmentItem => {
    const { due, status, early } = facts[next++]!;
    return { id, title, due: dateOf(due), status, ...(status === 'fulfilled' ? { fulfilledOn: dateOf(due - early) } : {}), ...source };
  };
  const branchItems = owners.map((_owner, index) => item(`b${index + 1}`, BRANCH_TITLES[index % BRANCH_TITLES.length]!, {}));
  const groupItems = branch.groups.map((group: FunctionalGroup, g) => {
    const decomposed = owners.flatMap((owner, index) => (owner === g ? [item(`${group.id}-t${index + 1}`, `${group.focus}:${branchItems[index]!.title}`, { decomposedFrom: branchItems[index]!.id })] : []));
    return decomposed.length === 0 || ownItems[g] === true ? [...decomposed, item(`${group.id}-own`, `${group.focus}:自主承诺`, { own: true })] : decomposed;
  });
  const groupOf = new Map(branch.groups.flatMap((group, g) => group.memberIds.map((id) => [id, g] as const)));
  const memberCommitments = branch.members.map((member, index): Commitment => {
    const mine = groupItems[groupOf.get(member.id)!]!;
    const pick = memberSources[index];
    const source = pick === undefined ? {} : { decomposedFrom: mine[pick % mine.length]!.id };
    return { id: `c-${member.id}`, level: 'member', makerId: member.id, audiences: ['group', 'masses'], items: [item(`${member.id}-p1`, '立足岗位作表率', source)] };
  });
  const commitments: Commitment[] = [
    { id: 'c-branch', level: 'branch', makerId: branch.organization.id, audiences: ['members', 'masses', 'superiorCommittee'], items: branchItems },
    ...branch.groups.map((group, g): Commitment => ({ id: `c-${group.id}`, level: 'group', makerId: group.id, audiences: ['members', 'teachersStudents', 'branch'], items: groupItems[g]! })),
    ...memberCommitments,
  ];
  return { branch, commitments };
}

const BRANCH_TITLES = ['提高教育教学质量', '建设平安和谐校园', '开展志愿服务活动', '加强师德师风建设', '推进家校共育'] as const;

/**
 * What the commitments arbitrary generates: a branch (members and functional groups) and its
 * commitments at the three levels.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { checkDecomposition } from 'cxzy/commitment';
 * import { arbitraries, type CommitmentPlan } from 'cxzy/testing';
 * const [plan]: CommitmentPlan[] = fc.sample(arbitraries(fc).commitments(), { numRuns: 1, seed: 1 });
 * checkDecomposition(plan!.commitments, plan!.branch.groups); // []
 * ```
 */
export interface CommitmentPlan {
  /** The branch whose members and groups commit. */
  readonly branch: Branch;
  /** The branch's, each group's and each member's commitment, in that order. */
  readonly commitments: readonly Commitment[];
}

/**
 * Options of the commitments arbitrary: the branch's, and how many items the branch commits to.
 *
 * @example
 * ```ts
 * import type { CommitmentsOptions } from 'cxzy/testing';
 * const options: CommitmentsOptions = { maxLength: 6, maxGroups: 2, maxBranchItems: 3 };
 * ```
 */
export interface CommitmentsOptions extends BranchOptions {
  /**
   * The most items in the branch's commitment (it has at least one).
   * @defaultValue `4`
   */
  readonly maxBranchItems?: number;
}
