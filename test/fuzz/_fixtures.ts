/**
 * The fuzz suite's table of arguments: for each exported function, valid argument lists (from the
 * shipped defaults, the TSDoc examples and the other tests' fixtures) that the suite mutates one
 * field at a time, and, where 1–4 arbitrary values would never get past the first check, the
 * arbitrary argument lists to use instead.
 *
 * A function exported without an entry here fails the suite (see `exports.test-fuzz.ts`), unless it
 * is a `parse*` function: those find their valid inputs among the shipped constants.
 */
import fc from 'fast-check';
import * as cxzy from '../../src/index';
import { SEED_COMMITMENTS, SEED_GROUPS } from '../commitment/seedCommitments';
import { CENTENARY_2021, TOWN_SCHOOL_2012 } from '../schedule/seedSchedules';
import { anyArguments, anyValue, HOSTILE_KEYS } from './_harness';

const {
  DEFAULT_CADENCE_RULES, DEFAULT_COMMENDATION_RULE, DEFAULT_SEMESTERS, DEMOCRATIC_ASSESSMENT, MEMBER_TIERS_DEMOCRATIC_REVIEW,
  MEMBER_TIERS_TONGMIN_2015, NAMED_DAYS, ORGANIZATION_GRADES_FIVE_GOODS, PARTY_MEMBERS_MEETING_RULE, POINTS_LEDGER_EXAMPLE,
  SATISFACTION_SURVEY_RULE, DEMOCRATIC_APPRAISAL_VOTE_RULE, SCHOOL_FOUR_SIDED_EVALUATION, SCORE_SHEETS_EXAMPLE, TEMPLATE_FOUR_STEPS_2010,
  TEMPLATE_FUNCTIONAL_GROUPS_2022, TEMPLATE_NANJIAO_2010, THREE_SIDED_EVALUATION, LIMITED_CORRECTION_PERIOD, SCORING_MESSAGES,
  MESSAGES, LABELS,
} = cxzy;

/** How the suite calls one export. */
export interface Entry {
  /** Valid argument lists; the near-valid inputs are these with one field mutated. */
  readonly fixtures: readonly (readonly unknown[])[];
  /** Arbitrary argument lists, when 1–4 arbitrary values would be useless (default: those). */
  readonly arbitrary?: fc.Arbitrary<readonly unknown[]>;
  /** The export returns ±Infinity by its documentation. */
  readonly allowInfinity?: boolean;
  /** Called with `new`. */
  readonly construct?: boolean;
  /** Keys of the result that hold the caller's own values, handed back unchecked. */
  readonly ignoreKeys?: readonly string[];
}

// ── Shared data ──────────────────────────────────────────────────────────────────────────────

const card = { memberId: 'm1', entries: [{ sheetId: 'goals', itemId: 'study', points: 18 }, { sheetId: 'goals', itemId: 'teaching', points: 36.5 }] };
const cards = [
  card,
  { memberId: 'm2', entries: [{ sheetId: 'goals', itemId: 'study', points: 20 }, { sheetId: 'integrity', itemId: 'clean', points: 20 }] },
  { memberId: 'm3', entries: [] },
];
const assessment = cxzy.assessMember(card, SCORE_SHEETS_EXAMPLE, MEMBER_TIERS_TONGMIN_2015);
const assessments = cxzy.assessMembers(cards, SCORE_SHEETS_EXAMPLE, MEMBER_TIERS_TONGMIN_2015).members;
const distribution = { members: 10, graded: 10, counts: { excellent: 2, qualified: 7, basicallyQualified: 1, unqualified: 0 } };
const decision = { tier: 'qualified', decidedBy: '支部党员大会', decidedOn: '2016-01-12', reason: '本人申请不参评优秀' };

const scoreBallot = (subjectId: string, evaluatorId: string, group: string, score: number): object => ({ subjectId, evaluatorId, group, score });
const scoreBallots = [
  scoreBallot('m06', 'l1', 'leadership', 90),
  scoreBallot('m06', 'p1', 'peer', 95),
  scoreBallot('m06', 'p2', 'peer', 85),
  scoreBallot('m06', 'p3', 'peer', 80),
  scoreBallot('m06', 'p4', 'peer', 75),
  scoreBallot('m06', 't1', 'teachersStudents', 88),
  scoreBallot('m07', 'm06', 'peer', 70.5),
];
const gradeBallots = ['satisfied', 'satisfied', 'basicallySatisfied', 'dissatisfied'].map((grade, index) => ({
  subjectId: 'branch',
  evaluatorId: `${index}`,
  group: 'parents',
  grade,
}));
const emptyAccumulator = cxzy.createAccumulator(SCHOOL_FOUR_SIDED_EVALUATION);
const fullAccumulator = cxzy.addBallots(emptyAccumulator, scoreBallots as never);
const accumulatorJson = JSON.parse(JSON.stringify(cxzy.accumulatorToJson(fullAccumulator))) as unknown;
const accumulatorColumns = cxzy.accumulatorToColumns(fullAccumulator);
const accumulatorBytes = cxzy.accumulatorToBytes(fullAccumulator);

const candidates = [
  { id: 'm02', title: 'excellentMember', tier: 'excellent', status: 'full', performance: 96, recognition: 90 },
  { id: 'm06', title: 'excellentMember', tier: 'excellent', status: 'full', performance: 92, recognition: 94 },
  { id: 'm09', title: 'excellentMember', tier: 'qualified', status: 'full', performance: 99, recognition: 99 },
];

const organizations = [
  { id: 'committee', name: '区教育党委', kind: 'committee' },
  { id: 'school', name: '职业中学党支部', kind: 'branch', parentId: 'committee' },
  { id: 'general', name: '某党总支', kind: 'generalBranch', parentId: 'committee' },
];
const members = [
  { id: 'm1', name: '甲', organizationId: 'school', status: 'full', roles: ['secretary'] },
  { id: 'm2', name: '乙', organizationId: 'school', status: 'probationary', roles: [] },
  { id: 'm3', name: '丙', organizationId: 'school', status: 'full', roles: [] },
];
const groups = [
  { id: 'g1', name: '德育工作小组', focus: '德育工作', leaderId: 'm1', memberIds: ['m1', 'm2'] },
  { id: 'g2', name: '教学小组', focus: '教学', leaderId: 'm3', memberIds: ['m3'] },
];

const phases = [
  { id: 'step-1', kind: 'mobilization', title: '广泛发动,安排部署', start: '2010-06-01', end: '2010-06-30', tasks: [] },
  {
    id: 'step-2', kind: 'implementation', title: '全面争创,扎实推进', start: '2010-07-01', end: '2011-03-31',
    tasks: [
      { id: 'teachers-day', title: '教师节前宣传先进事迹', due: '2010-09-09' },
      { id: 'pledges', title: '申报承诺', due: '2010-07-31', done: '2010-08-05' },
    ],
  },
];
const cadenceEvents = [
  { kind: 'jointMeeting', date: '2010-09-03' },
  { kind: 'jointMeeting', date: '2010-09-17', id: 'e2' },
  { kind: 'branchCommittee', date: '2010-10-15' },
  { kind: 'partyLecture', date: '2011-03-15' },
];
const rectificationItems = [
  {
    id: 'r1', problem: '作业负担过重', source: 'massOpinion', measure: '……', target: '……', ownerId: 'm02', due: '2011-05-31',
    status: 'completed', completedOn: '2011-05-10', processDisclosed: true, resultDisclosed: false,
    verification: { on: '2011-05-20', by: '支部委员会', passed: true },
  },
  {
    id: 'r2', problem: '校门口交通秩序混乱', source: 'massOpinion', measure: '……', target: '……', ownerId: 'm03', due: '2011-04-30',
    status: 'inProgress', processDisclosed: true, resultDisclosed: false,
  },
];
const campaign = {
  id: 'c', title: '创先争优活动', theme: '', organizerId: 'b', period: { start: '2010-06-01', end: '2012-06-30' },
  basis: ['中央文件'], phases, standards: [], activities: [{ id: 'a1', title: '公开承诺' }],
};
const records = {
  commitments: SEED_COMMITMENTS,
  tiers: { current: distribution, previous: distribution },
  evaluation: { expectedSubjectIds: ['a', 'b', 'c'], results: [{ subjectId: 'a', combined: 91 }, { subjectId: 'b', combined: null }] },
  commendation: { candidates, rule: DEFAULT_COMMENDATION_RULE },
  rectification: rectificationItems,
};
const issue = cxzy.checkFunctionalGroups(members as never, [] as never)[0]!;
const catalog = { 'myApp.late': { 'zh-CN': '逾期 {days} 天', en: '{days} days late' } };
// cxzy/tables, cxzy/sql, cxzy/testing
const evaluation = cxzy.aggregateEvaluations(scoreBallots as never, SCHOOL_FOUR_SIDED_EVALUATION);
const voteSummary = cxzy.summarizeVotes(gradeBallots as never, SATISFACTION_SURVEY_RULE);
const sheets = [{
  id: 'goals', title: '目标管理责任书', items: [
    { id: 'teaching', title: '教育教学', kind: 'base', maxPoints: 60 },
    { id: 'service', title: '服务群众', kind: 'base', maxPoints: 40 },
  ],
}];
const memberRows = [
  { 党员编号: 'm01', 姓名: '李明', 所在党组织: 'b1', 党员类别: '正式党员', 党内职务: '书记、党务工作者' },
  { 党员编号: 'm02', 姓名: '王芳', 所在党组织: 'b1', 党员类别: '预备党员', 党内职务: '' },
];
const scoreBallotRows = [
  { 被评价人编号: 'm01', 评价人编号: 'e01', 评价主体: '领导点评', 分数: '92.5' },
  { 被评价人编号: 'm01', 评价人编号: 'e02', 评价主体: 'peer', 分数: 88 },
];
const wideScoreRows = [{ 评价人编号: 'e01', 李明: 95, 王芳: '88' }, { 评价人编号: 'e02', 李明: '90', 王芳: '' }];
const gradeBallotRows = [{ 被评价人编号: 'm01', 评价人编号: 'p01', 评价等次: '满意' }, { 被评价人编号: 'm01', 评价人编号: 'p02', 评价等次: '基本满意' }];
const commitmentRows = [
  { 承诺编号: 'c1', 承诺层级: '党支部', 承诺主体编号: 'b1', 承诺对象: '党员、群众', 事项编号: 'i1', 承诺事项: '开展结对帮扶', 完成时限: '2024-06-30', 践诺状态: '推进中' },
  { 承诺编号: 'c1', 承诺层级: '党支部', 承诺主体编号: 'b1', 承诺对象: '党员、群众', 事项编号: 'i2', 承诺事项: '建立党员示范岗', 完成时限: '2024-12-31', 践诺状态: '已践诺', 践诺日期: '2024-11-20' },
];
const rectificationRows = [{
  整改编号: 'r1', 存在问题: '学习不够深入', 问题来源: '民主评议', 整改措施: '每月集中学习', 整改目标: '形成学习制度',
  完成时限: '2024-06-30', 责任人编号: 'm01', 整改状态: '已整改', 整改过程已公示: '是', 整改结果已公开: '否', 完成日期: '2024/6/15',
}];
const ballotColumns = { subjectId: 'member_id', evaluatorId: 'evaluator_id', group: 'side', score: 'score', position: 'id' };
const evaluationQuery = cxzy.compileEvaluationQuery(cxzy.THREE_SIDED_EVALUATION, { table: 'ballots', columns: { position: 'position' } });
const evaluationRow = {
  subject_id: 'm01',
  group1_value: '90.00', group1_count: 1, group1_status: 'counted',
  group2_value: null, group2_count: 0, group2_status: 'missing',
  group3_value: null, group3_count: 0, group3_status: 'missing',
  combined: '90.00',
  issues: [{ code: 'evaluation.missingGroup', severity: 'warning', path: ['policy', 'groups', 'masses'], params: { subjectId: 'm01', group: 'masses', count: 0, required: 1 } }],
};
const tonmin = { 100: 'excellent', 99.99: 'qualified', 80: 'qualified', 79.99: 'basicallyQualified', 60: 'basicallyQualified', 59.99: 'unqualified' };
const tonminText = '得分在100分以上者为优秀;总分在80—100分的为合格;总分在60—80分的为基本合格;总分在60分以下的为不合格';

const labelTables = { memberTier: { excellent: { 'zh-CN': '优秀', en: 'Excellent' } } };

/** A function argument that returns arbitrary values (for `rank`'s score and tie-break). */
const anyFunction = fc.func(anyValue);
const anyComparator = fc.func(fc.oneof(fc.integer({ min: -2, max: 2 }), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY)));

// ── The table ────────────────────────────────────────────────────────────────────────────────

export const ENTRIES: Readonly<Record<string, Entry>> = {
  // organization
  checkOrganizationTree: { fixtures: [[organizations]] },
  checkFunctionalGroups: { fixtures: [[members, groups], [members, SEED_GROUPS]] },
  // campaign
  summarizeCampaign: {
    fixtures: [
      [campaign, records, '2011-01-01'],
      [campaign, {}, '2010-06-15', {}],
    ],
  },
  // schedule
  addDays: { fixtures: [['2010-07-01', 30], ['9999-12-01', 30]] },
  daysBetween: { fixtures: [['2011-03-31', '2010-07-01']] },
  isIsoDate: { fixtures: [['2012-02-29']] },
  isoDate: { fixtures: [['2012-02-29']] },
  namedDayIn: { fixtures: [[NAMED_DAYS.partyFounding, 2021], [{ month: 2, day: 29, label: { 'zh-CN': '闰日', en: 'Leap day' }, names: [] }, 2011]] },
  phaseAt: { fixtures: [[phases, '2010-09-08'], [TOWN_SCHOOL_2012, '2012-06-01']] },
  deadlines: { fixtures: [[phases, '2010-09-01'], [phases, '2010-09-01', { withinDays: 14 }], [CENTENARY_2021, '2021-06-01', {}]] },
  validateSchedule: {
    fixtures: [
      [phases],
      [TOWN_SCHOOL_2012, { period: { start: '2012-05-01', end: '2012-11-30' }, minPhaseDays: { mobilization: 7 } }],
    ],
  },
  planSchedule: {
    fixtures: [
      [TEMPLATE_NANJIAO_2010, { start: '2010-06-01' }],
      [TEMPLATE_FOUR_STEPS_2010, { start: '2010-05-01', before: 'dayBefore' }],
      [TEMPLATE_FUNCTIONAL_GROUPS_2022, { start: '2022-03-01' }],
    ],
  },
  parseDatePhrase: {
    fixtures: [
      ['2010年7月'],
      ['5月下旬—6月', { year: 2021 }],
      ['2010年“七一”前', { before: 'dayBefore' }],
      ['2012年7月—党的十八大召开前', { namedDays: NAMED_DAYS, congresses: cxzy.PARTY_CONGRESSES }],
    ],
  },
  checkCadence: {
    fixtures: [
      [cadenceEvents, DEFAULT_CADENCE_RULES, { start: '2010-09-01', end: '2011-08-31' }],
      [cadenceEvents, DEFAULT_CADENCE_RULES, { start: '2010-09-01', end: '2010-12-31' }, { semesters: DEFAULT_SEMESTERS, partialPeriods: 'skip' }],
    ],
  },
  // scoring
  assessMember: { fixtures: [[card, SCORE_SHEETS_EXAMPLE, MEMBER_TIERS_TONGMIN_2015], [card, SCORE_SHEETS_EXAMPLE, MEMBER_TIERS_DEMOCRATIC_REVIEW, {}]] },
  assessMembers: {
    fixtures: [
      [cards, SCORE_SHEETS_EXAMPLE, MEMBER_TIERS_TONGMIN_2015],
      [cards, SCORE_SHEETS_EXAMPLE, MEMBER_TIERS_TONGMIN_2015, { excellentQuota: { share: { numerator: 1, denominator: 3 }, of: 'allMembers', tieBreak: 'excludeTied' } }],
    ],
  },
  branchAverage: { fixtures: [[[80, 85, 90.5]]] },
  checkTierRule: {
    fixtures: [[MEMBER_TIERS_TONGMIN_2015], [MEMBER_TIERS_DEMOCRATIC_REVIEW], [{ ...MEMBER_TIERS_TONGMIN_2015, tierSet: cxzy.MEMBER_TIER_SET }]],
  },
  checkTierSet: { fixtures: [[cxzy.TIER_SET_EXCELLENT_GOOD_QUALIFIED], [cxzy.TIER_SET_GOOD_TO_POOR], [cxzy.TIER_SET_FIVE_GRADES]] },
  memberTierOf: { fixtures: [['good', cxzy.TIER_SET_EXCELLENT_GOOD_QUALIFIED], ['poor', cxzy.TIER_SET_GOOD_TO_POOR], ['qualified']] },
  consequencesOfTier: { fixtures: [['unqualified', cxzy.TIER_SET_FIVE_GRADES], ['average', cxzy.TIER_SET_GOOD_TO_POOR], ['excellent']] },
  classify: { fixtures: [[80, MEMBER_TIERS_TONGMIN_2015], [59.99, MEMBER_TIERS_DEMOCRATIC_REVIEW]] },
  compareDistributions: { fixtures: [[distribution, { members: 12, graded: 12, counts: { excellent: 4, qualified: 8, basicallyQualified: 0, unqualified: 0 } }]] },
  compareGrades: {
    fixtures: [[{ stars: 4, met: [], missed: [], band: 'intermediate', issues: [] }, { stars: 5, met: [], missed: [], band: 'advanced', issues: [] }]],
  },
  computeLedger: {
    fixtures: [
      [[{ itemId: 'meeting', on: '2015-03-06' }, { itemId: 'volunteer', on: '2015-03-08' }, { itemId: 'absence', on: '2015-04-10' }], POINTS_LEDGER_EXAMPLE],
      [[{ itemId: 'meeting', on: '2015-03-06' }], POINTS_LEDGER_EXAMPLE, {}],
    ],
  },
  // decideTier returns the assessment it was given with the decision added, its other fields
  // (unknown ones included) handed back as they came.
  decideTier: { fixtures: [[assessment, decision]], ignoreKeys: HOSTILE_KEYS },
  effectiveTier: { fixtures: [[assessment], [cxzy.decideTier(assessment, decision as never)]] },
  explainAssessment: { fixtures: [[assessment], [assessments[1], { locale: 'en' }], [assessments[2]]] },
  formatTierRule: {
    fixtures: [
      [MEMBER_TIERS_TONGMIN_2015],
      [MEMBER_TIERS_DEMOCRATIC_REVIEW, 'en'],
      [{ ...MEMBER_TIERS_TONGMIN_2015, overlap: 'lowerTier', bands: [{ ...MEMBER_TIERS_TONGMIN_2015.bands[0], text: '≥100' }, ...MEMBER_TIERS_TONGMIN_2015.bands.slice(1)] }],
    ],
  },
  gradeOrganization: {
    fixtures: [[{ leadershipTeam: 95, memberTeam: 90, workMechanism: 86, workResults: 91, response: 88 }, ORGANIZATION_GRADES_FIVE_GOODS]],
  },
  parseTierRule: {
    fixtures: [
      ['100分以上为优秀;80—100分为合格;60—80分为基本合格;60分以下为不合格'],
      ['90分以上为优秀；60—89分为合格', { overlap: 'higherTier' }],
      ['1. 得分≥90为优秀\n2. 80≤得分<90为合格\n3. 100分以上(含100分)为优秀;不满60分者评为不合格;分界分数就低不就高'],
      ['①90分以上为优秀②75—89分为良好③未达到75分的定为不合格', { tierSet: cxzy.TIER_SET_EXCELLENT_GOOD_QUALIFIED }],
    ],
  },
  tierDistribution: { fixtures: [[assessments], [assessments, cxzy.MEMBER_TIER_SET], [[], cxzy.TIER_SET_GOOD_TO_POOR]] },
  // evaluation
  aggregateEvaluations: {
    fixtures: [[scoreBallots, SCHOOL_FOUR_SIDED_EVALUATION], [scoreBallots, THREE_SIDED_EVALUATION], [scoreBallots, DEMOCRATIC_ASSESSMENT]],
  },
  createAccumulator: { fixtures: [[SCHOOL_FOUR_SIDED_EVALUATION], [DEMOCRATIC_ASSESSMENT]] },
  addBallots: { fixtures: [[emptyAccumulator, scoreBallots], [fullAccumulator, scoreBallots, { firstIndex: 7 }]] },
  accumulatorToJson: { fixtures: [[fullAccumulator]] },
  accumulatorFromJson: { fixtures: [[accumulatorJson, SCHOOL_FOUR_SIDED_EVALUATION]] },
  accumulatorToColumns: { fixtures: [[fullAccumulator], [emptyAccumulator]] },
  accumulatorFromColumns: { fixtures: [[accumulatorColumns, SCHOOL_FOUR_SIDED_EVALUATION]] },
  partialTransferList: { fixtures: [[accumulatorColumns]] },
  accumulatorToBytes: { fixtures: [[fullAccumulator], [emptyAccumulator]] },
  accumulatorFromBytes: { fixtures: [[accumulatorBytes, SCHOOL_FOUR_SIDED_EVALUATION]] },
  finalizeAccumulator: { fixtures: [[fullAccumulator], [emptyAccumulator]] },
  mergeAccumulators: { fixtures: [[fullAccumulator, emptyAccumulator], [fullAccumulator]] },
  summarizeVotes: { fixtures: [[gradeBallots, SATISFACTION_SURVEY_RULE], [gradeBallots, DEMOCRATIC_APPRAISAL_VOTE_RULE]] },
  checkQuorum: { fixtures: [[{ entitled: 31, present: 16 }, PARTY_MEMBERS_MEETING_RULE]] },
  decideMotion: { fixtures: [[{ entitled: 31, present: 20, inFavour: 15, against: 3, abstaining: 2 }, PARTY_MEMBERS_MEETING_RULE]] },
  rank: {
    fixtures: [[[{ score: 92 }, { score: 95 }, { score: 92 }], (item: { score?: unknown } | null | undefined) => item?.score, { dense: true }]],
    ignoreKeys: ['item'],
    arbitrary: fc.tuple(fc.array(anyValue, { maxLength: 8 }), anyFunction, fc.option(fc.record({
      order: fc.constantFrom('ascending', 'descending', 'up', undefined),
      dense: anyValue,
      tieBreak: fc.option(anyComparator, { nil: undefined }),
      tieBreakRanks: anyValue,
    }, { requiredKeys: [] }), { nil: undefined })),
  },
  // commitment
  checkDecomposition: { fixtures: [[SEED_COMMITMENTS, SEED_GROUPS]] },
  fulfilment: { fixtures: [[SEED_COMMITMENTS, '2011-06-30'], [SEED_COMMITMENTS, '2010-12-01']] },
  // commendation
  selectCandidates: { fixtures: [[candidates, DEFAULT_COMMENDATION_RULE]] },
  // rectification
  rectificationStatus: { fixtures: [[rectificationItems, '2011-06-01']] },
  rectifyUnqualified: {
    fixtures: [
      [{ memberId: 'm11', tier: 'unqualified' }, '2010-08-31'],
      [{ memberId: 'm11', tier: 'unqualified' }, '2011-01-10', { months: 6, rule: LIMITED_CORRECTION_PERIOD, id: 'r-m11', locale: 'en' }],
    ],
  },
  // i18n
  createIssue: { fixtures: [[catalog, 'myApp.late', 'warning', ['tasks', 2], { days: 3 }], [SCORING_MESSAGES, 'scoring.ruleGap', 'error', [], { from: 1, to: 2 }, LABELS]] },
  formatIssue: { fixtures: [[issue, 'en'], [issue, 'zh-CN']] },
  formatLocalized: { fixtures: [[{ 'zh-CN': '等次为{tier|memberTier}', en: 'Tier: {tier|memberTier}' }, { tier: 'excellent' }, labelTables]] },
  formatMessage: {
    fixtures: [['{name}得分 {score}', { name: '张老师', score: 92.5 }]],
    arbitrary: fc.tuple(anyValue, anyValue, fc.option(anyFunction, { nil: undefined })),
  },
  renderMessage: { fixtures: [['functionalGroup.memberInNone', { memberId: 'm-007' }, 'zh-CN'], ['scoring.ruleGap', { from: 1, to: 2 }, 'en']] },
  CalendarRangeError: { fixtures: [['notADate', '2011-02-30']], construct: true, ignoreKeys: ['reason'] },
  InvalidInputError: { fixtures: [[[issue]]], construct: true },
  // cxzy/tables
  csvTable: { fixtures: [['党员编号,姓名\r\nm01,"李,明"\r\n'], ['\uFEFFa,b\nc']] },
  csvBatches: { fixtures: [['党员编号,姓名\r\nm01,李明\r\nm02,王芳\r\n', 1], ['a,b\nc,"d\ne"\n']] },
  readMembers: { fixtures: [[memberRows], [[{ 工号: 'm01', 姓名: '李明', 党员类别: '正式' }], { organizationId: 'b1', columns: { memberId: '工号' } }]] },
  readScoreCards: { fixtures: [[[{ 党员编号: 'm01', 姓名: '李明', 教育教学: '55', service: ' 35.5 ' }], sheets], [[{ 党员编号: 'm01', 教育教学: '55' }], SCORE_SHEETS_EXAMPLE, {}]] },
  readScoreBallots: { fixtures: [[scoreBallotRows], [scoreBallotRows, { group: 'peer' }]] },
  readScoreBallotsWide: { fixtures: [[wideScoreRows, { group: 'peer', subjects: { 李明: 'm01', 王芳: 'm02' } }], [wideScoreRows, { group: 'peer' }]] },
  readGradeBallots: { fixtures: [[gradeBallotRows, { group: 'masses' }], [gradeBallotRows, { group: 'masses', grades: ['satisfied', 'basicallySatisfied', 'dissatisfied'] }]] },
  readGradeBallotsWide: { fixtures: [[[{ 评价人编号: 'p01', m01: '满意', m02: '不满意' }], { group: 'masses' }]] },
  readCommitments: { fixtures: [[commitmentRows], [commitmentRows, { columns: { title: '承诺事项' } }]] },
  readRectificationItems: { fixtures: [[rectificationRows], [rectificationRows, { columns: { problem: '存在问题' } }]] },
  tableTemplate: { fixtures: [['scoreBallots'], ['members', { locale: 'en' }], ['rectificationItems'], ['commitments', { locale: 'zh-CN' }]] },
  scoreCardTemplate: { fixtures: [[sheets], [SCORE_SHEETS_EXAMPLE, { locale: 'en' }]] },
  membersToTable: { fixtures: [[members], [members, { locale: 'en' }]] },
  scoreCardsToTable: { fixtures: [[cards, SCORE_SHEETS_EXAMPLE, { names: { m1: '李明' } }], [[{ memberId: 'm01', entries: [{ sheetId: 'goals', itemId: 'teaching', points: 18.5 }] }], sheets]] },
  scoreBallotsToTable: { fixtures: [[scoreBallots], [scoreBallots, { locale: 'en' }]] },
  gradeBallotsToTable: { fixtures: [[gradeBallots], [gradeBallots, { locale: 'en' }]] },
  assessmentTable: { fixtures: [[assessments, { names: { m1: '李明', m2: '王芳' } }], [assessments, { locale: 'en' }]] },
  evaluationTable: { fixtures: [[evaluation], [evaluation, { locale: 'en', names: { m06: '李明' } }]] },
  voteSummaryTable: { fixtures: [[voteSummary, { grades: SATISFACTION_SURVEY_RULE.grades }], [voteSummary, { locale: 'en' }]] },
  // cxzy/sql. The SQL text names PostgreSQL's 'Infinity'::numeric on purpose (an infinite score
  // gets no tier), so the texts are not checked for "Infinity"; the bound values still are.
  compileTierExpression: {
    fixtures: [[MEMBER_TIERS_TONGMIN_2015, { score: ['totals', 'total'] }], [MEMBER_TIERS_DEMOCRATIC_REVIEW, { score: 'total', firstParameter: 3 }]],
    ignoreKeys: ['tier', 'band'],
  },
  compileTierQuery: {
    fixtures: [[MEMBER_TIERS_TONGMIN_2015, { table: 'totals', score: 'total' }], [MEMBER_TIERS_DEMOCRATIC_REVIEW, { table: 'totals', schema: 'school', score: 'total' }]],
    ignoreKeys: ['text'],
  },
  compileEvaluationQuery: {
    fixtures: [
      [SCHOOL_FOUR_SIDED_EVALUATION, { table: 'ballots', columns: ballotColumns }],
      [THREE_SIDED_EVALUATION, { table: 'ballots', columns: { position: 'position' } }],
      [DEMOCRATIC_ASSESSMENT, { table: 'ballots', columns: ballotColumns }],
    ],
  },
  readEvaluationRows: { fixtures: [[[evaluationRow], evaluationQuery], [[{ ...evaluationRow, issues: JSON.stringify(evaluationRow.issues) }], evaluationQuery]] },
  // cxzy/testing
  boundaryCases: { fixtures: [[MEMBER_TIERS_TONGMIN_2015], [MEMBER_TIERS_DEMOCRATIC_REVIEW]] },
  describeRule: { fixtures: [[MEMBER_TIERS_TONGMIN_2015], [MEMBER_TIERS_DEMOCRATIC_REVIEW, 'en']] },
  expectTier: { fixtures: [[MEMBER_TIERS_TONGMIN_2015, 100, 'excellent'], [MEMBER_TIERS_TONGMIN_2015, 59.99, 'unqualified', { locale: 'en' }]] },
  expectBoundaries: { fixtures: [[MEMBER_TIERS_TONGMIN_2015, tonmin], [MEMBER_TIERS_DEMOCRATIC_REVIEW]] },
  expectRuleText: { fixtures: [[MEMBER_TIERS_TONGMIN_2015, tonminText], [MEMBER_TIERS_TONGMIN_2015]] },
  AssertionError: {
    fixtures: [['100 should be excellent', { actual: 'qualified', expected: 'excellent', operator: 'expectTier' }]],
    construct: true,
    ignoreKeys: ['actual', 'expected'],
  },
  arbitraries: { fixtures: [[fc]] },
  // cxzy/schema
  jsonSchemas: { fixtures: [[]] },
  // Parsers whose valid inputs are not among the shipped constants (the others find theirs there).
  parseLeadingGroup: { fixtures: [[{ leaderId: 'a', deputyIds: ['b'], memberIds: [] }]] },
  parseRule: { fixtures: [['CommendationRule', DEFAULT_COMMENDATION_RULE], ['CorrectionPeriodRule', LIMITED_CORRECTION_PERIOD], ['TierRule', MEMBER_TIERS_TONGMIN_2015]] },
  parseCarryOverRule: { fixtures: [[{ share: { numerator: 1, denominator: 10 } }]] },
  parseExcellentQuota: { fixtures: [[{ share: { numerator: 1, denominator: 3 }, of: 'allMembers', tieBreak: 'excludeTied' }]] },
  parseGroupRule: { fixtures: [[{ weight: 0.25, method: 'median', minBallots: 5 }]] },
  parsePointsCap: { fixtures: [[{ points: 4, per: 'month' }]] },
  parseVetoRule: { fixtures: [[{ id: 'v', label: { 'zh-CN': '受到党纪处分', en: 'Disciplined' }, atMost: 'qualified' }]] },
  parseAssessMembersOptions: { fixtures: [[{ excellentQuota: { share: { numerator: 1, denominator: 3 }, of: 'allMembers', tieBreak: 'excludeTied' } }], [{}]] },
  safeParseWith: { fixtures: [] },
};

/** Default arbitrary arguments for an entry. */
export function arbitraryFor(entry: Entry | undefined): fc.Arbitrary<readonly unknown[]> {
  return entry?.arbitrary ?? anyArguments;
}

/** Shipped texts that should read well; used only to keep the imports honest. */
export const MESSAGE_TABLES = MESSAGES;
