import type { Campaign, StandardSet } from '../campaign/types';
import type { ParseResult } from '../i18n/issue';
import type { FunctionalGroup, LeadingGroup, MassOrganization, Member, PartyOrganization } from '../organization/types';
import type { IsoDate } from '../schedule/iso-date';
import { CampaignSchema, StandardSetSchema } from './campaign';
import {
  FunctionalGroupSchema,
  LeadingGroupSchema,
  MassOrganizationSchema,
  MemberSchema,
  PartyOrganizationSchema,
} from './organization';
import { safeParseWith } from './parse';
import { IsoDateSchema, uniqueBy } from './primitives';

const OrganizationsSchema = uniqueBy(PartyOrganizationSchema, 'id');
const MembersSchema = uniqueBy(MemberSchema, 'id');
const FunctionalGroupsSchema = uniqueBy(FunctionalGroupSchema, 'id');
const MassOrganizationsSchema = uniqueBy(MassOrganizationSchema, 'id');

/**
 * Checks a date from untrusted input.
 *
 * @param input - anything; a date must be a string `YYYY-MM-DD` naming a real day.
 * @returns the date, or the issue (`schema.invalid_format` for `'2010-02-30'`).
 *
 * @example
 * ```ts
 * import { parseIsoDate } from 'cxzy/schema';
 * parseIsoDate('2012-02-29').success; // true
 * const bad = parseIsoDate('2010-02-30');
 * bad.success; // false
 * ```
 */
export function parseIsoDate(input: unknown): ParseResult<IsoDate> {
  return safeParseWith(IsoDateSchema, input);
}

/**
 * Checks one organization from untrusted input.
 *
 * @param input - anything.
 * @returns the organization, or every issue with its path.
 *
 * @example
 * ```ts
 * import { parseOrganization } from 'cxzy/schema';
 * const result = parseOrganization({ id: 'b', name: '党支部', kind: 'cell' });
 * result.success; // false: 'cell' is not a kind
 * ```
 */
export function parseOrganization(input: unknown): ParseResult<PartyOrganization> {
  return safeParseWith(PartyOrganizationSchema, input);
}

/**
 * Checks a list of organizations from untrusted input: each one's shape, and ids unique. The tree
 * itself (parents, cycles, kinds) is `checkOrganizationTree`'s job, in `cxzy/organization`.
 *
 * @param input - anything; must be an array.
 * @returns the organizations, or every issue with its path (`[2, 'kind']`).
 *
 * @example
 * ```ts
 * import { parseOrganizations } from 'cxzy/schema';
 * const result = parseOrganizations([
 *   { id: 'b', name: '一支部', kind: 'branch' },
 *   { id: 'b', name: '二支部', kind: 'branch' },
 * ]);
 * result.success ? [] : result.issues.map((issue) => issue.code); // ['schema.duplicateId']
 * ```
 */
export function parseOrganizations(input: unknown): ParseResult<readonly PartyOrganization[]> {
  return safeParseWith(OrganizationsSchema, input);
}

/**
 * Checks one member from untrusted input.
 *
 * @param input - anything.
 * @returns the member, or every issue with its path.
 *
 * @example
 * ```ts
 * import { parseMember } from 'cxzy/schema';
 * parseMember({ id: 'm1', name: '李明', organizationId: 'b', status: 'full', roles: ['secretary'] }).success; // true
 * ```
 */
export function parseMember(input: unknown): ParseResult<Member> {
  return safeParseWith(MemberSchema, input);
}

/**
 * Checks a list of members from untrusted input: each one's shape, and ids unique.
 *
 * @param input - anything; must be an array.
 * @returns the members, or every issue with its path.
 *
 * @example
 * ```ts
 * import { parseMembers } from 'cxzy/schema';
 * const result = parseMembers([{ id: 'm1', name: '李明', organizationId: 'b', status: '党员', roles: [] }]);
 * result.success ? [] : result.issues[0]?.path; // [0, 'status']
 * ```
 */
export function parseMembers(input: unknown): ParseResult<readonly Member[]> {
  return safeParseWith(MembersSchema, input);
}

/**
 * Checks a list of functional Party groups from untrusted input: each one's shape, and ids unique.
 * Membership against the branch's member list is `checkFunctionalGroups`'s job.
 *
 * @param input - anything; must be an array.
 * @returns the groups, or every issue with its path.
 *
 * @example
 * ```ts
 * import { parseFunctionalGroups } from 'cxzy/schema';
 * parseFunctionalGroups([{ id: 'g', name: '德育小组', focus: '德育', leaderId: 'a', memberIds: ['a'] }]).success; // true
 * ```
 */
export function parseFunctionalGroups(input: unknown): ParseResult<readonly FunctionalGroup[]> {
  return safeParseWith(FunctionalGroupsSchema, input);
}

/**
 * Checks a leading group from untrusted input.
 *
 * @param input - anything.
 * @returns the leading group, or every issue with its path.
 *
 * @example
 * ```ts
 * import { parseLeadingGroup } from 'cxzy/schema';
 * parseLeadingGroup({ leaderId: 'a', deputyIds: ['b'], memberIds: [] }).success; // true
 * ```
 */
export function parseLeadingGroup(input: unknown): ParseResult<LeadingGroup> {
  return safeParseWith(LeadingGroupSchema, input);
}

/**
 * Checks a list of mass organizations from untrusted input: each one's shape, and ids unique.
 *
 * @param input - anything; must be an array.
 * @returns the mass organizations, or every issue with its path.
 *
 * @example
 * ```ts
 * import { parseMassOrganizations } from 'cxzy/schema';
 * parseMassOrganizations([{ id: 'u', name: '工会', kind: 'tradeUnion', partyOrganizationId: 'b' }]).success; // true
 * ```
 */
export function parseMassOrganizations(input: unknown): ParseResult<readonly MassOrganization[]> {
  return safeParseWith(MassOrganizationsSchema, input);
}

/**
 * Checks a standard set (yours, or one from the catalogue) from untrusted input.
 *
 * @param input - anything.
 * @returns the set, or every issue with its path.
 *
 * @example
 * ```ts
 * import { FIVE_LEADS } from 'cxzy/campaign';
 * import { parseStandardSet } from 'cxzy/schema';
 * parseStandardSet(FIVE_LEADS).success; // true
 * ```
 */
export function parseStandardSet(input: unknown): ParseResult<StandardSet> {
  return safeParseWith(StandardSetSchema, input);
}

/**
 * Checks a whole campaign from untrusted input (JSON from an app, say): every field's shape, dates
 * that are real calendar days, ids unique among phases, among the tasks of a phase, among activities,
 * and standard-set codes unique. The schedule's logic (dates in order, phases inside the period) is
 * for the schedule checks.
 *
 * @param input - anything.
 * @returns the campaign, or every issue found, each with its path and a message in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parseCampaign } from 'cxzy/schema';
 * const result = parseCampaign({
 *   id: 'c', title: '实施方案', theme: '创先争优', organizerId: 'b',
 *   period: { start: '2010-06-01', end: '2010-02-30' },
 *   basis: [], phases: [], standards: [], activities: [],
 * });
 * result.success ? [] : result.issues.map((issue) => issue.path.join('.')); // ['period.end']
 * ```
 */
export function parseCampaign(input: unknown): ParseResult<Campaign> {
  return safeParseWith(CampaignSchema, input);
}
