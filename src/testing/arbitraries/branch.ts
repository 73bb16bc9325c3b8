import type { FunctionalGroup, Member, PartyOrganization } from '../../organization/types';
import { type Arbitrary, type FastCheck } from './_fc';
import { arbitraryMembers } from './members';
import { lengthRange, readOptions } from './_options';

/**
 * A Party branch with its members and functional groups (功能党小组): every member in exactly one
 * group, each group led by one of its members, as seed 001 asks. `checkFunctionalGroups` finds
 * nothing wrong with it; `parseOrganization`, `parseMembers` and `parseFunctionalGroups` accept it.
 *
 * @param fc - your fast-check.
 * @param options - how many members and groups.
 * @returns the arbitrary.
 */
export function arbitraryBranch(fc: FastCheck, options: BranchOptions = {}): Arbitrary<Branch> {
  const { counts, given } = readOptions(options, { minLength: [1, 1, 999], maxLength: [12, 1, 999], maxGroups: [4, 1, 50] }, ['organizationId']);
  const { minLength, maxLength } = lengthRange(counts);
  const organizationId = (given['organizationId'] as string | undefined) ?? 'branch';
  return arbitraryMembers(fc, { organizationId, minLength, maxLength }).chain((members) =>
    fc.tuple(fc.shuffledSubarray([...members], { minLength: members.length, maxLength: members.length }), fc.integer({ min: 1, max: Math.min(counts['maxGroups']!, members.length) })).chain(([order, groupCount]) =>
      (groupCount === 1 ? fc.constant<readonly number[]>([]) : fc.uniqueArray(fc.integer({ min: 1, max: order.length - 1 }), { minLength: groupCount - 1, maxLength: groupCount - 1 })).map((cuts) => {
        const edges = [0, ...[...cuts].sort((a, b) => a - b), order.length];
        const groups: FunctionalGroup[] = edges.slice(1).map((end, index) => {
          const inGroup = order.slice(edges[index], end);
          const focus = FOCUSES[index % FOCUSES.length]!;
          return { id: `g${index + 1}`, name: `${focus}功能党小组`, focus, leaderId: inGroup[0]!.id, memberIds: inGroup.map((member) => member.id) };
        });
        return { organization: { id: organizationId, name: '党支部', kind: 'branch' as const }, members, groups };
      }),
    ),
  );
}

/** What functional groups form around in the seeds: subject groups, grades, offices, logistics. */
const FOCUSES = ['教学科研', '德育', '年级管理', '行政后勤', '体育艺术', '信息技术'] as const;

/**
 * A branch as the branch arbitrary generates it: the organization, its members, its functional groups.
 *
 * @example
 * ```ts
 * import type { Branch } from 'cxzy/testing';
 * const branch: Branch = {
 *   organization: { id: 'branch', name: '党支部', kind: 'branch' },
 *   members: [{ id: 'm001', name: '王明', organizationId: 'branch', status: 'full', roles: [] }],
 *   groups: [{ id: 'g1', name: '教学科研功能党小组', focus: '教学科研', leaderId: 'm001', memberIds: ['m001'] }],
 * };
 * ```
 */
export interface Branch {
  /** The branch (党支部). */
  readonly organization: PartyOrganization;
  /** Its members. */
  readonly members: readonly Member[];
  /** Its functional groups, which together hold every member once. */
  readonly groups: readonly FunctionalGroup[];
}

/**
 * Options of the branch arbitrary.
 *
 * @example
 * ```ts
 * import type { BranchOptions } from 'cxzy/testing';
 * const options: BranchOptions = { minLength: 4, maxLength: 10, maxGroups: 3 };
 * ```
 */
export interface BranchOptions {
  /**
   * The branch's id.
   * @defaultValue `'branch'`
   */
  readonly organizationId?: string;
  /**
   * The fewest members (at least 1).
   * @defaultValue `1`
   */
  readonly minLength?: number;
  /**
   * The most members.
   * @defaultValue `12`
   */
  readonly maxLength?: number;
  /**
   * The most functional groups (never more than members).
   * @defaultValue `4`
   */
  readonly maxGroups?: number;
}
