/**
 * Organizations, members, functional Party groups (功能党小组), leading groups (领导小组) and mass
 * organizations (党群共建), with the checks the seeds' rules call for.
 *
 * @packageDocumentation
 */
export type {
  FunctionalGroup,
  LeadingGroup,
  MassOrganization,
  MassOrganizationKind,
  Member,
  MemberStatus,
  OrganizationKind,
  PartyOrganization,
  Role,
} from './types';
export { MASS_ORGANIZATION_KIND_LABELS, MEMBER_STATUS_LABELS, ORGANIZATION_KIND_LABELS, ROLE_LABELS } from './labels';
export { ORGANIZATION_MESSAGES, type OrganizationIssueCode } from './messages';
export { checkOrganizationTree } from './checkOrganizationTree';
export { checkFunctionalGroups } from './checkFunctionalGroups';
export { MASS_ORGANIZATION_KINDS, MEMBER_STATUSES, ORGANIZATION_KINDS, ROLES } from './types';
