import { summarizeCampaign, type CampaignRecords, type CampaignSummary } from '../../campaign';
import type { Candidate } from '../../commendation';
import type { Commitment, CommitmentItem } from '../../commitment';
import { isoDate } from '../../core/isoDate';
import { aggregateEvaluations, SCHOOL_FOUR_SIDED_EVALUATION } from '../../evaluation';
import { rectifyUnqualified, type RectificationItem, type TierResult } from '../../rectification';
import { effectiveTier, type MemberTier, type TierDistribution } from '../../scoring';
import { EXAMPLE_SCORE_BALLOTS } from './evaluation';
import { EXAMPLE_CAMPAIGN, EXAMPLE_MEMBERS } from './example';
import { EXAMPLE_PHASES } from './schedule';
import { EXAMPLE_ASSESSMENT } from './scoring';

/** The day the accountability part of the demo looks from: within 总结整改·评选表彰. */
export const ACCOUNTABILITY_AS_OF = isoDate('2011-04-15');

const item = (id: string, title: string, due: string, extra: Partial<CommitmentItem> = {}): CommitmentItem => ({
  id,
  title,
  due: isoDate(due),
  status: 'pending',
  ...extra,
});
const fulfilled = (on: string): Partial<CommitmentItem> => ({ status: 'fulfilled', fulfilledOn: isoDate(on) });
const memberCommitment = (memberId: string, items: readonly CommitmentItem[]): Commitment => ({
  id: `${memberId}-2010`,
  level: 'member',
  makerId: memberId,
  audiences: ['group', 'masses'],
  items,
});

/**
 * The example branch's 三级双向承诺 for 2010–2011: the branch commits to members, the masses and
 * the district committee; each functional group breaks the branch's items down (德育工作 adds one of
 * its own); each member commits to the group and the masses.
 */
export const EXAMPLE_COMMITMENTS: readonly Commitment[] = [
  {
    id: 'branch-2010',
    level: 'branch',
    makerId: 'vocational-branch',
    audiences: ['members', 'masses', 'superiorCommittee'],
    items: [
      item('b-quality', '提高职业教育教学质量,技能大赛成绩进入全区前列', '2011-06-30', { status: 'inProgress' }),
      item('b-ethics', '加强师德师风建设,开展"树正气做好事"活动', '2011-03-31', fulfilled('2011-03-20')),
      item('b-safety', '建设平安和谐校园,全年无重大安全事故', '2011-06-30', { status: 'inProgress' }),
    ],
  },
  {
    id: 'teaching-2010',
    level: 'group',
    makerId: 'teaching',
    audiences: ['members', 'teachersStudents', 'branch'],
    items: [
      item('t-demo', '党员教师每学期上一节示范课', '2010-12-31', { ...fulfilled('2010-12-20'), decomposedFrom: 'b-quality' }),
      item('t-contest', '辅导学生参加全区技能大赛', '2011-05-31', { status: 'inProgress', decomposedFrom: 'b-quality' }),
    ],
  },
  {
    id: 'moral-2010',
    level: 'group',
    makerId: 'moral',
    audiences: ['members', 'teachersStudents', 'branch'],
    items: [
      item('d-ethics', '组织师德承诺和师德评议', '2011-01-31', { ...fulfilled('2011-01-15'), decomposedFrom: 'b-ethics' }),
      item('d-parents', '每学期召开一次家长会', '2010-12-31', { ...fulfilled('2010-11-20'), own: true }),
    ],
  },
  {
    id: 'campus-2010',
    level: 'group',
    makerId: 'campus',
    audiences: ['members', 'teachersStudents', 'branch'],
    items: [
      item('s-post', '设立党员安全示范岗', '2011-06-30', { status: 'inProgress', decomposedFrom: 'b-safety' }),
      item('s-gate', '上下学时段校门口交通疏导', '2011-03-31', { status: 'inProgress', decomposedFrom: 'b-safety' }),
    ],
  },
  memberCommitment('m01', [item('m01-lecture', '每学期讲一次党课', '2010-12-31', fulfilled('2010-12-28'))]),
  memberCommitment('m02', [item('m02-demo', '上一节数控加工示范课', '2010-12-31', { ...fulfilled('2010-12-10'), decomposedFrom: 't-demo' })]),
  memberCommitment('m03', [item('m03-visit', '走访二十户学生家庭', '2011-01-15', { ...fulfilled('2011-01-20'), decomposedFrom: 'd-parents' })]),
  memberCommitment('m04', [item('m04-records', '规范党务记录,按月公开', '2011-03-31', fulfilled('2011-03-31'))]),
  memberCommitment('m05', [item('m05-drill', '每学期组织一次疏散演练', '2010-12-31', { ...fulfilled('2010-11-09'), decomposedFrom: 's-post' })]),
  memberCommitment('m06', [item('m06-demo', '上一节电子商务示范课', '2010-12-31', { ...fulfilled('2010-12-15'), decomposedFrom: 't-demo' })]),
  memberCommitment('m07', [item('m07-contest', '带两名学生参加技能大赛', '2011-05-31', { status: 'inProgress', decomposedFrom: 't-contest' })]),
  memberCommitment('m08', [item('m08-help', '结对帮扶三名学困生', '2011-01-31', fulfilled('2011-01-28'))]),
  memberCommitment('m09', [item('m09-ethics', '撰写一篇师德案例', '2011-01-31', { ...fulfilled('2011-01-30'), decomposedFrom: 'd-ethics' })]),
  memberCommitment('m10', [item('m10-volunteer', '参加社区志愿服务四次', '2011-03-31', fulfilled('2011-03-12'))]),
  memberCommitment('m11', [item('m11-duty', '每周值守一次安全岗', '2011-03-31', { status: 'inProgress', decomposedFrom: 's-post' })]),
  memberCommitment('m12', [item('m12-gate', '每周两次校门口疏导', '2011-03-31', { ...fulfilled('2011-04-02'), decomposedFrom: 's-gate' })]),
];

/** The tiers of the 2009 assessment, member by member, to compare the year with. */
const PREVIOUS_TIERS: readonly TierResult[] = [
  { memberId: 'm01', tier: 'excellent' },
  { memberId: 'm02', tier: 'qualified' },
  { memberId: 'm03', tier: 'qualified' },
  { memberId: 'm04', tier: 'qualified' },
  { memberId: 'm05', tier: 'qualified' },
  { memberId: 'm06', tier: 'qualified' },
  { memberId: 'm07', tier: 'basicallyQualified' },
  { memberId: 'm08', tier: 'qualified' },
  { memberId: 'm09', tier: 'basicallyQualified' },
  { memberId: 'm11', tier: 'qualified' },
  { memberId: 'm12', tier: 'basicallyQualified' },
];

/** Counts a year's tiers the way `tierDistribution` of `cxzy/scoring` counts assessments. */
function distributionOf(results: readonly TierResult[], members: number): TierDistribution {
  const counts: Record<MemberTier, number> = { excellent: 0, qualified: 0, basicallyQualified: 0, unqualified: 0 };
  for (const result of results) counts[result.tier] += 1;
  return { members, graded: results.length, counts };
}

/** Each member's assessment of the year, from the scoring section. */
const assessmentOf = (id: string) => EXAMPLE_ASSESSMENT.members.find((member) => member.memberId === id);

/** The example branch's 评议 results: the evaluation demo's ballots under the school's four-sided policy. */
export const EXAMPLE_EVALUATION = aggregateEvaluations(EXAMPLE_SCORE_BALLOTS, SCHOOL_FOUR_SIDED_EVALUATION);

/** The 限期改正 of every member the assessment found 不合格, decided by the branch on 2011-01-20. */
const limitedCorrections = EXAMPLE_ASSESSMENT.members.flatMap((member) => {
  const tier = effectiveTier(member);
  const item = tier === undefined ? undefined : rectifyUnqualified({ memberId: member.memberId, tier }, isoDate('2011-01-20')).item;
  return item === undefined ? [] : [item];
});

/** Problems raised by the masses and the evaluation, and the 限期改正 of the member found 不合格. */
export const EXAMPLE_RECTIFICATION: readonly RectificationItem[] = [
  {
    id: 'r-homework',
    problem: '家长反映实训作业布置过多',
    source: 'massOpinion',
    measure: '各专业组统筹实训作业,每周公示作业量',
    target: '实训作业每周不超过两项',
    due: isoDate('2011-03-31'),
    ownerId: 'm02',
    status: 'completed',
    completedOn: isoDate('2011-03-25'),
    processDisclosed: true,
    resultDisclosed: false,
    verification: { on: isoDate('2011-04-08'), verifierId: 'm01', passed: true },
  },
  {
    id: 'r-gate',
    problem: '群众评议反映上下学时段校门口交通秩序混乱',
    source: 'evaluation',
    measure: '党员安全岗轮流值守,联系交警设立标线',
    target: '上下学时段无拥堵、无安全事故',
    due: isoDate('2011-03-31'),
    ownerId: 'm05',
    status: 'inProgress',
    processDisclosed: true,
    resultDisclosed: false,
  },
  ...limitedCorrections,
];

const nominee = (id: string, title: Candidate['title']): Candidate => {
  const member = EXAMPLE_MEMBERS.find((each) => each.id === id);
  const assessment = assessmentOf(id);
  // 工作实绩 is the member's assessment total (the two responsibility documents); 社会公认度 the
  // member's combined 评议 result. A member without one has no figure (`null`), never 0.
  const performance = assessment?.total ?? null;
  const recognition = EXAMPLE_EVALUATION.subjects.find((each) => each.subjectId === id)?.combined ?? null;
  const tier = assessment === undefined ? undefined : effectiveTier(assessment);
  const open = EXAMPLE_RECTIFICATION.filter((each) => each.ownerId === id && each.status !== 'completed').map((each) => each.id);
  return {
    id,
    title,
    performance,
    recognition,
    ...(member === undefined ? {} : { name: member.name, status: member.status }),
    ...(tier === undefined ? {} : { tier }),
    ...(open.length === 0 ? {} : { openRectificationIds: open }),
  };
};

/**
 * The 申报 of the example campaign: 工作实绩 as the member's total in {@link EXAMPLE_ASSESSMENT}, 社会公认度 as the member's combined 评议 result in {@link EXAMPLE_EVALUATION}; a member's
 * open rectification items come from {@link EXAMPLE_RECTIFICATION}. The branch's own 社会公认度 is
 * its parents' satisfaction score.
 */
export const EXAMPLE_CANDIDATES: readonly Candidate[] = [
  nominee('m01', 'excellentMember'),
  nominee('m02', 'excellentMember'),
  nominee('m03', 'excellentMember'),
  nominee('m10', 'excellentMember'),
  nominee('m02', 'exemplaryTeacher'),
  nominee('m06', 'exemplaryTeacher'),
  nominee('m09', 'exemplaryTeacher'),
  nominee('m04', 'excellentPartyWorker'),
  nominee('m11', 'excellentPartyWorker'),
  { id: 'vocational-branch', name: '南郊职业中学党支部', title: 'advancedOrganization', performance: 92, recognition: 89.5 },
];

/** Everything the example branch has recorded by {@link ACCOUNTABILITY_AS_OF}. */
export const EXAMPLE_RECORDS: CampaignRecords = {
  commitments: EXAMPLE_COMMITMENTS,
  tiers: {
    current: EXAMPLE_ASSESSMENT.distribution,
    previous: distributionOf(PREVIOUS_TIERS, PREVIOUS_TIERS.length),
  },
  evaluation: { expectedSubjectIds: EXAMPLE_MEMBERS.map((member) => member.id), results: EXAMPLE_EVALUATION.subjects },
  commendation: { candidates: EXAMPLE_CANDIDATES },
  rectification: EXAMPLE_RECTIFICATION,
};

/** The example campaign's summary on {@link ACCOUNTABILITY_AS_OF}. */
export function exampleSummary(): CampaignSummary {
  return summarizeCampaign({ ...EXAMPLE_CAMPAIGN, phases: EXAMPLE_PHASES }, EXAMPLE_RECORDS, ACCOUNTABILITY_AS_OF, {
    deadlines: { withinDays: 90 },
  });
}
