import { describe, expect, it } from 'vitest';
import { AWARD_TITLES } from '../../src/commendation';
import { COMMITMENT_AUDIENCES, COMMITMENT_ITEM_STATUSES, COMMITMENT_LEVELS } from '../../src/commitment';
import { AGGREGATION_METHODS, DUPLICATE_BALLOT_TREATMENTS, EVALUATOR_GROUPS, MISSING_GROUP_TREATMENTS, SATISFACTION_GRADES } from '../../src/evaluation';
import { LABELS } from '../../src/i18n';
import { MASS_ORGANIZATION_KINDS, MEMBER_STATUSES, ORGANIZATION_KINDS, ROLES } from '../../src/organization';
import { RECTIFICATION_ITEM_STATUSES, RECTIFICATION_SOURCES } from '../../src/rectification';
import { PHASE_KINDS } from '../../src/schedule';
import { MEMBER_TIERS, ORGANIZATION_BANDS, SCORE_ITEM_KINDS } from '../../src/scoring';
import { MemberSchema, PhaseSchema, ScoreSheetSchema } from '../../src/schema';

/** Each enumeration is written once, as a list: its labels cover exactly that list, in its order. */
const ENUMERATIONS = [
  ['organizationKind', ORGANIZATION_KINDS],
  ['memberStatus', MEMBER_STATUSES],
  ['role', ROLES],
  ['massOrganizationKind', MASS_ORGANIZATION_KINDS],
  ['phaseKind', PHASE_KINDS],
  ['memberTier', MEMBER_TIERS],
  ['scoreItemKind', SCORE_ITEM_KINDS],
  ['organizationBand', ORGANIZATION_BANDS],
  ['evaluatorGroup', EVALUATOR_GROUPS],
  ['aggregationMethod', AGGREGATION_METHODS],
  ['missingGroupTreatment', MISSING_GROUP_TREATMENTS],
  ['duplicateBallotTreatment', DUPLICATE_BALLOT_TREATMENTS],
  ['satisfactionGrade', SATISFACTION_GRADES],
  ['commitmentLevel', COMMITMENT_LEVELS],
  ['commitmentAudience', COMMITMENT_AUDIENCES],
  ['commitmentItemStatus', COMMITMENT_ITEM_STATUSES],
  ['awardTitle', AWARD_TITLES],
  ['rectificationSource', RECTIFICATION_SOURCES],
  ['rectificationStatus', RECTIFICATION_ITEM_STATUSES],
] as const;

describe('enumerations', () => {
  it.each(ENUMERATIONS)('%s: the labels cover exactly the list', (name, list) => {
    expect(Object.keys(LABELS[name])).toEqual([...list]);
  });

  it('the schemas accept every value of a list and nothing else', () => {
    const member = { id: 'm', name: '李明', organizationId: 'b', roles: [] };
    for (const status of MEMBER_STATUSES) expect(MemberSchema.safeParse({ ...member, status }).success).toBe(true);
    expect(MemberSchema.safeParse({ ...member, status: 'observer' }).success).toBe(false);
    for (const role of ROLES) expect(MemberSchema.safeParse({ ...member, status: 'full', roles: [role] }).success).toBe(true);
    const phase = { id: 'p', title: '动员部署', start: '2010-07-01', end: '2010-07-31', tasks: [] };
    for (const kind of PHASE_KINDS) expect(PhaseSchema.safeParse({ ...phase, kind }).success).toBe(true);
    expect(PhaseSchema.safeParse({ ...phase, kind: 'party' }).success).toBe(false);
    const sheet = (kind: string) => ({ id: 's', title: '责任书', items: [{ id: 'i', title: '项目', kind, maxPoints: 10 }] });
    for (const kind of SCORE_ITEM_KINDS) expect(ScoreSheetSchema.safeParse(sheet(kind)).success).toBe(true);
    expect(ScoreSheetSchema.safeParse(sheet('penalty')).success).toBe(false);
  });
});
