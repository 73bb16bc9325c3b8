/**
 * Every {@link OrganizationKind}, in the order the documents list them: the one list the type, the labels
 * and the schemas are made from.
 *
 * @example
 * ```ts
 * import { ORGANIZATION_KINDS } from 'cxzy/organization';
 * ORGANIZATION_KINDS[0]; // 'committee'
 * ```
 */
export const ORGANIZATION_KINDS = ['committee', 'generalBranch', 'branch'] as const;

/**
 * The level of a Party organization in a school: 党委 (committee), 党总支 (general branch) or
 * 党支部 (branch).
 *
 * @example
 * ```ts
 * import type { OrganizationKind } from 'cxzy/organization';
 * const kind: OrganizationKind = 'branch'; // 党支部
 * ```
 */
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/**
 * A Party organization: a committee, general branch or branch, with its superior organization.
 *
 * @example
 * ```ts
 * import type { PartyOrganization } from 'cxzy/organization';
 * const branch: PartyOrganization = {
 *   id: 'nanjiao-vocational',
 *   name: '南郊职业中学党支部',
 *   kind: 'branch',
 *   parentId: 'nanjiao-education-committee',
 * };
 * ```
 */
export interface PartyOrganization {
  /** A stable, non-empty identifier. */
  readonly id: string;
  /** The organization's name as it signs its documents. */
  readonly name: string;
  /** Its level. */
  readonly kind: OrganizationKind;
  /** The superior organization's id; absent for the top of a tree. */
  readonly parentId?: string;
}

/**
 * Every {@link MemberStatus}, in the order the documents list them: the one list the type, the labels
 * and the schemas are made from.
 *
 * @example
 * ```ts
 * import { MEMBER_STATUSES } from 'cxzy/organization';
 * MEMBER_STATUSES[0]; // 'full'
 * ```
 */
export const MEMBER_STATUSES = ['full', 'probationary'] as const;

/**
 * A member's Party standing: 正式党员 (full member) or 预备党员 (probationary member).
 *
 * @example
 * ```ts
 * import type { MemberStatus } from 'cxzy/organization';
 * const status: MemberStatus = 'probationary'; // 预备党员
 * ```
 */
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/**
 * Every {@link Role}, in the order the documents list them: the one list the type, the labels
 * and the schemas are made from.
 *
 * @example
 * ```ts
 * import { ROLES } from 'cxzy/organization';
 * ROLES[0]; // 'secretary'
 * ```
 */
export const ROLES = ['secretary', 'deputySecretary', 'committeeMember', 'groupLeader', 'partyAffairsWorker'] as const;

/**
 * A member's role in the branch: 书记, 副书记, 支委, 党小组组长, 党务工作者.
 *
 * @example
 * ```ts
 * import type { Role } from 'cxzy/organization';
 * const roles: readonly Role[] = ['committeeMember', 'groupLeader'];
 * ```
 */
export type Role = (typeof ROLES)[number];

/**
 * A Party member of an organization.
 *
 * @example
 * ```ts
 * import type { Member } from 'cxzy/organization';
 * const member: Member = {
 *   id: 'm-001',
 *   name: '李明',
 *   organizationId: 'nanjiao-vocational',
 *   status: 'full',
 *   roles: ['secretary'],
 * };
 * ```
 */
export interface Member {
  /** A stable, non-empty identifier. */
  readonly id: string;
  /** The member's name. */
  readonly name: string;
  /** The id of the organization the member belongs to. */
  readonly organizationId: string;
  /** Full or probationary. */
  readonly status: MemberStatus;
  /** The member's roles; empty for a member without office. */
  readonly roles: readonly Role[];
}

/**
 * A 功能党小组 (functional Party group), formed around a subject group, grade group, office or
 * logistics team. The seeds' rule: every member of the branch joins exactly one functional group,
 * and its leader is one of its members (see {@link checkFunctionalGroups}).
 *
 * @example
 * ```ts
 * import type { FunctionalGroup } from 'cxzy/organization';
 * const group: FunctionalGroup = {
 *   id: 'teaching-research',
 *   name: '教学科研功能党小组',
 *   focus: '教学科研',
 *   leaderId: 'm-002',
 *   memberIds: ['m-002', 'm-003'],
 * };
 * ```
 */
export interface FunctionalGroup {
  /** A stable, non-empty identifier. */
  readonly id: string;
  /** The group's name. */
  readonly name: string;
  /** What the group is formed around (教学科研, 德育工作, 校园安全 …). */
  readonly focus: string;
  /** The 组长: must be one of `memberIds`. */
  readonly leaderId: string;
  /** The members, leader included. */
  readonly memberIds: readonly string[];
}

/**
 * A 领导小组 (leading group) that steers the campaign: 组长, 副组长, an office director
 * (办公室主任) and members.
 *
 * @example
 * ```ts
 * import type { LeadingGroup } from 'cxzy/organization';
 * const leading: LeadingGroup = { leaderId: 'm-001', deputyIds: ['m-002'], memberIds: ['m-003'] };
 * ```
 */
export interface LeadingGroup {
  /** The 组长. */
  readonly leaderId: string;
  /** The 副组长. */
  readonly deputyIds: readonly string[];
  /** The director of the group's office, if it has one. */
  readonly officeDirectorId?: string;
  /** The other members. */
  readonly memberIds: readonly string[];
}

/**
 * Every {@link MassOrganizationKind}, in the order the documents list them: the one list the type, the labels
 * and the schemas are made from.
 *
 * @example
 * ```ts
 * import { MASS_ORGANIZATION_KINDS } from 'cxzy/organization';
 * MASS_ORGANIZATION_KINDS[0]; // 'tradeUnion'
 * ```
 */
export const MASS_ORGANIZATION_KINDS = ['tradeUnion', 'youthLeague', 'womensFederation'] as const;

/**
 * A mass organization the branch builds with (党群共建): 工会, 共青团 or 妇联.
 *
 * @example
 * ```ts
 * import type { MassOrganizationKind } from 'cxzy/organization';
 * const kind: MassOrganizationKind = 'youthLeague'; // 共青团
 * ```
 */
export type MassOrganizationKind = (typeof MASS_ORGANIZATION_KINDS)[number];

/**
 * A mass organization led by a Party organization.
 *
 * @example
 * ```ts
 * import type { MassOrganization } from 'cxzy/organization';
 * const union: MassOrganization = {
 *   id: 'union',
 *   name: '南郊职业中学工会',
 *   kind: 'tradeUnion',
 *   partyOrganizationId: 'nanjiao-vocational',
 * };
 * ```
 */
export interface MassOrganization {
  /** A stable, non-empty identifier. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** Which kind of mass organization. */
  readonly kind: MassOrganizationKind;
  /** The Party organization that leads it (党建带团建, 党建带工建). */
  readonly partyOrganizationId: string;
  /** The member who chairs it, if known. */
  readonly chairId?: string;
}
