import { MEMBER_STATUSES, ROLES, type Member } from '../../organization/types';
import { ids, personName, type Arbitrary, type FastCheck } from './_fc';
import { lengthRange, readOptions, type LengthOptions } from './_options';

/**
 * Party members of one organization: distinct ids, Chinese names, a status (正式党员 or 预备党员)
 * and roles in their usual order. Every list passes `parseMembers` of `cxzy/schema`.
 *
 * @param fc - your fast-check.
 * @param options - the organization and how many members.
 * @returns the arbitrary.
 */
export function arbitraryMembers(fc: FastCheck, options: MembersOptions = {}): Arbitrary<readonly Member[]> {
  const { counts, given } = readOptions(options, { minLength: [1, 0, 999], maxLength: [12, 0, 999] }, ['organizationId']);
  const { minLength, maxLength } = lengthRange(counts);
  const organizationId = (given['organizationId'] as string | undefined) ?? 'branch';
  return ids(fc, 'm', minLength, maxLength).chain((memberIds) =>
    fc.tuple(
      ...memberIds.map((id) =>
        fc.record({
          id: fc.constant(id),
          name: personName(fc),
          organizationId: fc.constant(organizationId),
          status: fc.constantFrom(...MEMBER_STATUSES),
          roles: fc.shuffledSubarray([...ROLES], { maxLength: 2 }).map((roles) => ROLES.filter((role) => roles.includes(role))),
        }),
      ),
    ),
  );
}

/**
 * Options of the members arbitrary.
 *
 * @example
 * ```ts
 * import type { MembersOptions } from 'cxzy/testing';
 * const options: MembersOptions = { organizationId: 'branch-1', minLength: 3, maxLength: 8 };
 * ```
 */
export interface MembersOptions extends LengthOptions {
  /**
   * The organization every member belongs to.
   * @defaultValue `'branch'`
   */
  readonly organizationId?: string;
}
