import * as z from 'zod';
import type { Campaign } from '../campaign/types';
import type { StandardSet } from '../standards/types';
import type { Candidate } from '../commendation/types';
import type { Commitment } from '../commitment/types';
import type { RectificationItem } from '../rectification/types';
import type { ScoreBallot } from '../evaluation/policy/types';
import type { GradeBallot } from '../evaluation/votes/types';
import type { ParseResult } from '../core/issue';
import type { FunctionalGroup, LeadingGroup, MassOrganization, Member, PartyOrganization } from '../organization/types';
import type { IsoDate } from '../core/isoDate';
import type { ScoreCard, ScoreSheet } from '../scoring/sheets/types';
import { CandidateSchema, CommitmentSchema, RectificationItemSchema } from './accountability';
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
import { GradeBallotSchema, ScoreBallotSchema, ScoreCardSchema, ScoreSheetSchema } from './scoring';

const OrganizationsSchema = uniqueBy(PartyOrganizationSchema, 'id');
const MembersSchema = uniqueBy(MemberSchema, 'id');
const FunctionalGroupsSchema = uniqueBy(FunctionalGroupSchema, 'id');
const MassOrganizationsSchema = uniqueBy(MassOrganizationSchema, 'id');
const ScoreSheetsSchema = uniqueBy(ScoreSheetSchema, 'id');
// Two cards of one member are `assessMembers`' to report, with the tier decisions beside them.
const ScoreCardsSchema = z.array(ScoreCardSchema);
const ScoreBallotsSchema = z.array(ScoreBallotSchema);
const GradeBallotsSchema = z.array(GradeBallotSchema);
const CommitmentsSchema = uniqueBy(CommitmentSchema, 'id');
// One person may be nominated for several titles: `selectCandidates` applies the rule's limits.
const CandidatesSchema = z.array(CandidateSchema);
const RectificationItemsSchema = uniqueBy(RectificationItemSchema, 'id');

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

/**
 * Checks a list of score sheets from untrusted input: each one's shape, sheet ids unique, and item
 * ids unique within a sheet.
 *
 * @param input - anything; must be an array.
 * @returns the sheets, or every issue with its path.
 *
 * @example
 * ```ts
 * import { parseScoreSheets } from 'cxzy/schema';
 * const result = parseScoreSheets([{ id: 'goals', title: '目标管理责任书', items: [{ id: 'a', title: '教学', kind: 'extra', maxPoints: 10 }] }]);
 * result.success ? [] : result.issues.map((issue) => issue.path.join('.')); // ['0.items.0.kind']
 * ```
 */
export function parseScoreSheets(input: unknown): ParseResult<readonly ScoreSheet[]> {
  return safeParseWith(ScoreSheetsSchema, input);
}

/**
 * Checks a list of members' score cards from untrusted input. What only the sheets can tell
 * (unknown items, points over a maximum, a member's second card) `assessMembers` reports.
 *
 * @param input - anything; must be an array.
 * @returns the cards, or every issue with its path.
 *
 * @example
 * ```ts
 * import { parseScoreCards } from 'cxzy/schema';
 * parseScoreCards([{ memberId: 'm1', entries: [{ sheetId: 'goals', itemId: 'a', points: '38.5' }] }]).success; // false
 * ```
 */
export function parseScoreCards(input: unknown): ParseResult<readonly ScoreCard[]> {
  return safeParseWith(ScoreCardsSchema, input);
}

/**
 * Checks a list of score ballots from untrusted input (an export of the app's 评议 forms).
 *
 * @param input - anything; must be an array.
 * @returns the ballots, or every issue with its path.
 *
 * @example
 * ```ts
 * import { parseScoreBallots } from 'cxzy/schema';
 * parseScoreBallots([{ subjectId: 'm06', evaluatorId: 'p1', group: 'peer', score: 92 }]).success; // true
 * ```
 */
export function parseScoreBallots(input: unknown): ParseResult<readonly ScoreBallot[]> {
  return safeParseWith(ScoreBallotsSchema, input);
}

/**
 * Checks a list of grade ballots (优秀 … 不合格, or 满意 / 基本满意 / 不满意) from untrusted input.
 *
 * @param input - anything; must be an array.
 * @returns the ballots, or every issue with its path.
 *
 * @example
 * ```ts
 * import { parseGradeBallots } from 'cxzy/schema';
 * parseGradeBallots([{ subjectId: 'b', evaluatorId: 'x', group: 'parents', grade: '满意' }]).success; // false: codes, not labels
 * ```
 */
export function parseGradeBallots(input: unknown): ParseResult<readonly GradeBallot[]> {
  return safeParseWith(GradeBallotsSchema, input);
}

/**
 * Checks a list of commitments (三级双向承诺) from untrusted input: each one's shape, dates that are
 * calendar days, commitment ids unique, and item ids unique within a commitment.
 *
 * @param input - anything; must be an array.
 * @returns the commitments, or every issue with its path.
 *
 * @example
 * ```ts
 * import { parseCommitments } from 'cxzy/schema';
 * const result = parseCommitments([{ id: 'c', level: 'team', makerId: 'g1', audiences: [], items: [] }]);
 * result.success ? [] : result.issues.map((issue) => issue.path.join('.')); // ['0.level']
 * ```
 */
export function parseCommitments(input: unknown): ParseResult<readonly Commitment[]> {
  return safeParseWith(CommitmentsSchema, input);
}

/**
 * Checks a list of candidates for commendation (申报) from untrusted input.
 *
 * @param input - anything; must be an array.
 * @returns the candidates, or every issue with its path.
 *
 * @example
 * ```ts
 * import { parseCandidates } from 'cxzy/schema';
 * parseCandidates([{ id: 'm06', title: 'excellentMember', performance: 92, recognition: 94 }]).success; // true
 * ```
 */
export function parseCandidates(input: unknown): ParseResult<readonly Candidate[]> {
  return safeParseWith(CandidatesSchema, input);
}

/**
 * Checks a list of rectification items (整改) from untrusted input: each one's shape, dates that are
 * calendar days, and ids unique.
 *
 * @param input - anything; must be an array.
 * @returns the items, or every issue with its path.
 *
 * @example
 * ```ts
 * import { parseRectificationItems } from 'cxzy/schema';
 * parseRectificationItems([{ id: 'r1', problem: '…', source: 'massOpinion', measure: '…', target: '…',
 *   due: '2011-02-30', ownerId: 'm02', status: 'open', processDisclosed: false, resultDisclosed: false }]).success; // false
 * ```
 */
export function parseRectificationItems(input: unknown): ParseResult<readonly RectificationItem[]> {
  return safeParseWith(RectificationItemsSchema, input);
}
