import * as z from 'zod';
import {
  MASS_ORGANIZATION_KINDS,
  MEMBER_STATUSES,
  ORGANIZATION_KINDS,
  ROLES,
  type FunctionalGroup,
  type LeadingGroup,
  type MassOrganization,
  type Member,
  type PartyOrganization,
} from '../organization/types';
import { IdSchema, TextSchema } from './primitives';

/**
 * A {@link PartyOrganization}. Unknown keys are reported, not dropped: a misspelt field is a
 * mistake to show, and nothing the user wrote is silently lost.
 *
 * @example
 * ```ts
 * import { PartyOrganizationSchema } from 'cxzy/schema';
 * PartyOrganizationSchema.safeParse({ id: 'b', name: '党支部', kind: 'branch' }).success; // true
 * ```
 */
export const PartyOrganizationSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  kind: z.enum(ORGANIZATION_KINDS),
  parentId: IdSchema.exactOptional(),
});

/**
 * A {@link Member}.
 *
 * @example
 * ```ts
 * import { MemberSchema } from 'cxzy/schema';
 * MemberSchema.safeParse({ id: 'm1', name: '李明', organizationId: 'b', status: 'full', roles: [] }).success; // true
 * ```
 */
export const MemberSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  organizationId: IdSchema,
  status: z.enum(MEMBER_STATUSES),
  roles: z.array(z.enum(ROLES)),
});

/**
 * A {@link FunctionalGroup}. Its membership rule (each member in exactly one group) needs the
 * member list: check it with `checkFunctionalGroups` from `cxzy/organization`.
 *
 * @example
 * ```ts
 * import { FunctionalGroupSchema } from 'cxzy/schema';
 * FunctionalGroupSchema.safeParse({ id: 'g', name: '德育小组', focus: '德育', leaderId: 'a', memberIds: ['a'] }).success; // true
 * ```
 */
export const FunctionalGroupSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  focus: TextSchema,
  leaderId: IdSchema,
  memberIds: z.array(IdSchema),
});

/**
 * A {@link LeadingGroup}.
 *
 * @example
 * ```ts
 * import { LeadingGroupSchema } from 'cxzy/schema';
 * LeadingGroupSchema.safeParse({ leaderId: 'a', deputyIds: [], memberIds: ['b'] }).success; // true
 * ```
 */
export const LeadingGroupSchema = z.strictObject({
  leaderId: IdSchema,
  deputyIds: z.array(IdSchema),
  officeDirectorId: IdSchema.exactOptional(),
  memberIds: z.array(IdSchema),
});

/**
 * A {@link MassOrganization}.
 *
 * @example
 * ```ts
 * import { MassOrganizationSchema } from 'cxzy/schema';
 * MassOrganizationSchema.safeParse({ id: 'u', name: '工会', kind: 'tradeUnion', partyOrganizationId: 'b' }).success; // true
 * ```
 */
export const MassOrganizationSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  kind: z.enum(MASS_ORGANIZATION_KINDS),
  partyOrganizationId: IdSchema,
  chairId: IdSchema.exactOptional(),
});
