import { describe, expect, it } from 'vitest';
import {
  assessMember,
  assessMembers,
  checkTierRule,
  checkTierSet,
  classify,
  compareDistributions,
  consequencesOfTier,
  decideTier,
  effectiveTier,
  explainAssessment,
  InvalidInputError,
  MEMBER_TIER_SET,
  MEMBER_TIERS_TONGMIN_2015,
  memberTierOf,
  parseTierRule,
  TIER_CONSEQUENCES,
  TIER_SET_EXCELLENT_GOOD_QUALIFIED,
  TIER_SET_FIVE_GRADES,
  TIER_SET_GOOD_TO_POOR,
  tierDistribution,
  type ScoreSheet,
  type TierRule,
  type TierSet,
} from '../../src/scoring';
import { isoDate } from '../../src/schedule';
import { parseTierRuleData, parseTierSet } from '../../src/schema';
import { deepFreeze } from '../_helpers/deepFreeze';
import { thrownIssues } from '../_helpers/thrownIssues';

// A school's own rule, a branch's grading and a five-grade scale, each graded end to end.

const SHEETS: readonly ScoreSheet[] = deepFreeze([
  { id: 'year', title: '年度考核表', items: [{ id: 'work', title: '工作实绩', kind: 'base', maxPoints: 100 }] },
]);
const card = (memberId: string, points: number) => ({ memberId, entries: [{ sheetId: 'year', itemId: 'work', points }] });
const codes = (issues: readonly { readonly code: string }[]) => issues.map((issue) => issue.code);

const SCHOOL_TEXT = '90分以上为优秀;75—90分为良好;60—75分为合格;60分以下为不合格';

/** 90分以上为优秀;75(含)—90分为良好;60(含)—75分为合格;不满60分为不合格. */
const SCHOOL_RULE = deepFreeze({
  id: 'school',
  tierSet: TIER_SET_EXCELLENT_GOOD_QUALIFIED,
  bands: [
    { tier: 'excellent', min: { value: 90, inclusive: true }, text: '90分以上' },
    { tier: 'good', min: { value: 75, inclusive: true }, max: { value: 90, inclusive: false }, text: '75—90分' },
    { tier: 'qualified', min: { value: 60, inclusive: true }, max: { value: 75, inclusive: false }, text: '60—75分' },
    { tier: 'unqualified', max: { value: 60, inclusive: false }, text: '不满60分' },
  ],
  overlap: 'higherTier',
  excellentQuota: { share: { numerator: 1, denominator: 3 }, of: 'allMembers', tieBreak: 'excludeTied' },
} as const satisfies TierRule<'excellent' | 'good' | 'qualified' | 'unqualified'>);

const BRANCH_RULE = deepFreeze({
  id: 'branch-appraisal',
  tierSet: TIER_SET_GOOD_TO_POOR,
  bands: [
    { tier: 'good', min: { value: 90, inclusive: true } },
    { tier: 'fairlyGood', min: { value: 80, inclusive: true }, max: { value: 90, inclusive: false } },
    { tier: 'average', min: { value: 60, inclusive: true }, max: { value: 80, inclusive: false } },
    { tier: 'poor', max: { value: 60, inclusive: false } },
  ],
  overlap: 'higherTier',
  excellentQuota: { share: { numerator: 1, denominator: 3 }, of: 'allMembers', tieBreak: 'excludeTied' },
} as const satisfies TierRule<'good' | 'fairlyGood' | 'average' | 'poor'>);

const FIVE_TEXT = '90分以上为优秀;80—89分为良好;70—79分为中等;60—69分为合格;59分以下为不合格';

describe('a rule with 良好: refused without its tier set, read with it', () => {
  it('the four 民主评议 tiers have no 良好: parseTierRule and checkTierRule say so', () => {
    const refused = parseTierRule(SCHOOL_TEXT);
    expect(refused.success).toBe(false);
    const issues = checkTierRule({ overlap: 'higherTier', bands: [{ tier: 'good', min: { value: 0, inclusive: true } }] });
    expect(issues.map((issue) => [issue.code, issue.message['zh-CN']])).toEqual([
      ['scoring.ruleUnknownTier', '第 1 个分数段的等次“good”不存在'],
    ]);
  });

  it('优秀/良好/合格/不合格: the text reads into the school’s bands, and the rule checks clean', () => {
    const read = parseTierRule(SCHOOL_TEXT, { tierSet: TIER_SET_EXCELLENT_GOOD_QUALIFIED });
    expect(read.success && read.data.tierSet).toBe(TIER_SET_EXCELLENT_GOOD_QUALIFIED);
    expect(read.success && read.data.bands.map((band) => band.tier)).toEqual(['excellent', 'good', 'qualified', 'unqualified']);
    expect(checkTierRule(SCHOOL_RULE)).toEqual([]);
    expect(parseTierRuleData(JSON.parse(JSON.stringify(SCHOOL_RULE))).success).toBe(true);
  });

  it('a code the set does not have is named with the set’s codes', () => {
    const issues = checkTierRule({ ...SCHOOL_RULE, bands: [...SCHOOL_RULE.bands.slice(0, 3), { tier: 'basicallyQualified', max: { value: 60, inclusive: false } }] } as TierRule<string>);
    expect(issues.map((issue) => [issue.code, issue.path, issue.message['zh-CN'], issue.message.en])).toEqual([
      [
        'scoring.ruleTierNotInSet',
        ['bands', 3, 'tier'],
        '第 4 个分数段的等次“basicallyQualified”不在等次集“excellent-good-qualified”中,应为以下之一:excellent, good, qualified, unqualified',
        'Band 4 names tier "basicallyQualified", which is not in tier set "excellent-good-qualified"; expected one of: excellent, good, qualified, unqualified',
      ],
      // The band is left out of the coverage, as a band of an unknown tier always is.
      ['scoring.ruleUncoveredBelow', ['bands', 2, 'min'], '低于 60 分的分数不属于任何等次', 'Scores below 60 fall in no band'],
    ]);
    // The entry check names the set's codes for a veto's cap, and the schema refuses neither (the set is checkTierRule's to compare).
    const veto = { id: 'discipline', label: { 'zh-CN': '受到党纪处分', en: 'Disciplined' }, atMost: 'basicallyQualified' };
    const vetoIssues = checkTierRule({ ...SCHOOL_RULE, vetoes: [veto] } as TierRule<string>);
    expect(vetoIssues.map((issue) => [issue.code, issue.path, issue.params['options']])).toEqual([
      ['input.notOneOf', ['vetoes', 0, 'atMost'], 'excellent, good, qualified, unqualified'],
    ]);
  });

  it('a tier order written the other way is named in the set’s own words', () => {
    const inverted = { ...SCHOOL_RULE, bands: [SCHOOL_RULE.bands[1], SCHOOL_RULE.bands[0], SCHOOL_RULE.bands[2], SCHOOL_RULE.bands[3]] };
    const swapped = { ...inverted, bands: [{ ...inverted.bands[0], tier: 'excellent' }, { ...inverted.bands[1], tier: 'good' }, ...inverted.bands.slice(2)] } as TierRule<string>;
    const issue = checkTierRule(swapped).find((found) => found.code === 'scoring.ruleTierOrder');
    expect(issue?.message['zh-CN']).toBe('分数段“90分以上”(良好)高于“75—90分”(优秀):分数更高的等次反而更低');
  });
});

describe('优秀/良好/合格/不合格: a school rule graded end to end', () => {
  it('assessMember gives the tier of the set, and says so in the set’s words', () => {
    const assessment = assessMember(card('m1', 80), SHEETS, SCHOOL_RULE);
    expect(assessment.tier).toBe('good');
    expect(assessment.tierSet).toBe(TIER_SET_EXCELLENT_GOOD_QUALIFIED);
    expect(explainAssessment(assessment).map((text) => text['zh-CN'])).toEqual(['总分 80 分(基本分 80,加分 0,扣分 0)', '80 分落入“75—90分”档,评定为良好']);
    expect(explainAssessment(assessment)[1]?.en).toBe('80 falls in the band "75 to 90 (excluded)": Good');
    expect(classify(74.99, SCHOOL_RULE)?.tier).toBe('qualified');
    expect(classify(59.99, SCHOOL_RULE)?.tier).toBe('unqualified');
  });

  it('the branch decides in the set’s codes, and the decided tier stands', () => {
    const assessment = assessMember(card('m1', 80), SHEETS, SCHOOL_RULE);
    const decided = decideTier(assessment, { tier: 'excellent', decidedBy: '支部党员大会', decidedOn: isoDate('2016-01-12') });
    expect(decided.issues.map((issue) => issue.message['zh-CN'])).toEqual(['决定等次“优秀”与计算等次“良好”不同,但未说明理由']);
    expect(effectiveTier(decided)).toBe('excellent');
    const refused = decideTier(assessment, { tier: 'basicallyQualified' as never, decidedBy: '支部党员大会', decidedOn: isoDate('2016-01-12') });
    expect(refused.decision).toBeUndefined();
    expect(refused.issues.map((issue) => [issue.code, issue.path])).toEqual([['input.notOneOf', ['decision', 'tier']]]);
    expect(explainAssessment(decided).at(-1)?.['zh-CN']).toContain('优秀');
  });

  it('评定为优秀的党员比例一般不超过党员总数的三分之一: the quota caps 优秀, a member over the cap gets 良好', () => {
    const cards = [card('a', 98), card('b', 95), card('c', 92), card('d', 80), card('e', 65), card('f', 50)];
    const result = assessMembers(cards, SHEETS, SCHOOL_RULE);
    expect(result.quota).toEqual({ cap: 2, candidates: 3, kept: ['a', 'b'], demoted: ['c'], tiedAtCut: [] });
    expect(result.members.map((member) => member.tier)).toEqual(['excellent', 'excellent', 'good', 'good', 'qualified', 'unqualified']);
    expect(result.members[2]?.reasons.at(-1)).toEqual({ code: 'quota', outcome: 'demoted', rank: 3, cap: 2, from: 'excellent', to: 'good' });
    expect(explainAssessment(result.members[2]!).at(-1)?.['zh-CN']).toContain('良好');
    expect(result.distribution).toEqual({
      members: 6,
      graded: 6,
      counts: { excellent: 2, good: 2, qualified: 1, unqualified: 1 },
      memberTierCounts: { excellent: 2, qualified: 3, basicallyQualified: 0, unqualified: 1 },
    });
    expect(result.issues).toEqual([]);
  });

  it('不合格 leads to what 不合格 leads to: 限期改正 within six months, at most a year', () => {
    const result = assessMembers([card('f', 50)], SHEETS, SCHOOL_RULE);
    const tier = effectiveTier(result.members[0]!)!;
    const consequences = consequencesOfTier(tier, TIER_SET_EXCELLENT_GOOD_QUALIFIED);
    expect(consequences).toEqual({ applicable: true, memberTier: 'unqualified', consequences: TIER_CONSEQUENCES.unqualified });
    expect(consequences.consequences.find((consequence) => consequence.code === 'rectifyWithinDeadline')?.months).toEqual({ usual: 6, max: 12 });
    expect(consequencesOfTier('good', TIER_SET_EXCELLENT_GOOD_QUALIFIED)).toEqual({ applicable: true, memberTier: 'qualified', consequences: TIER_CONSEQUENCES.qualified });
    expect(memberTierOf('excellent', TIER_SET_EXCELLENT_GOOD_QUALIFIED)).toBe('excellent');
  });

  it('distributions of two years compare in the set’s tiers', () => {
    const noQuota = { excellentQuota: false } as const;
    const lastYear = tierDistribution(assessMembers([card('a', 95), card('b', 70)], SHEETS, SCHOOL_RULE, noQuota).members);
    const thisYear = tierDistribution(assessMembers([card('a', 95), card('b', 80), card('c', 85), card('d', 91)], SHEETS, SCHOOL_RULE, noQuota).members);
    expect(compareDistributions(lastYear, thisYear, TIER_SET_EXCELLENT_GOOD_QUALIFIED).map((change) => [change.tier, change.changePoints])).toEqual([
      ['excellent', 0],
      ['good', 50],
      ['qualified', -50],
      ['unqualified', 0],
    ]);
  });
});

describe('好/较好/一般/差: a branch’s grading, mapped onto no member tier', () => {
  it('grades each branch in the set', () => {
    expect(checkTierRule(BRANCH_RULE)).toEqual([]);
    expect([95, 90, 89.99, 80, 60, 59.99].map((score) => classify(score, BRANCH_RULE)?.tier)).toEqual(['good', 'good', 'fairlyGood', 'fairlyGood', 'average', 'poor']);
  });

  it('the 优秀 quota, counts in the four and consequences are not applicable, never guessed', () => {
    const result = assessMembers([card('b1', 95), card('b2', 93), card('b3', 91), card('b4', 50)], SHEETS, BRANCH_RULE);
    expect(result.members.map((member) => member.tier)).toEqual(['good', 'good', 'good', 'poor']);
    expect(result.quota).toBeUndefined();
    expect(result.issues.map((issue) => [issue.code, issue.severity, issue.path, issue.message['zh-CN']])).toEqual([
      ['scoring.quotaNotApplicable', 'warning', ['rule', 'excellentQuota'], '等次集“good-to-poor”的等次没有对应到民主评议的四个等次,优秀名额不适用,未限制任何人的等次'],
    ]);
    expect(result.distribution).toEqual({ members: 4, graded: 4, counts: { good: 3, fairlyGood: 0, average: 0, poor: 1 }, memberTierCounts: null });
    expect(consequencesOfTier('poor', TIER_SET_GOOD_TO_POOR)).toEqual({ applicable: false, memberTier: undefined, consequences: [] });
    expect(memberTierOf('poor', TIER_SET_GOOD_TO_POOR)).toBeUndefined();
    const { excellentQuota: _ruleQuota, ...withoutQuota } = BRANCH_RULE;
    const quotaInOptions = assessMembers([card('b1', 95)], SHEETS, withoutQuota, {
      excellentQuota: SCHOOL_RULE.excellentQuota,
    });
    expect(quotaInOptions.issues.map((issue) => issue.path)).toEqual([['options', 'excellentQuota']]);
  });
});

describe('a quota over a set with nothing to cap, and a branch that cannot be assessed', () => {
  it('a set whose tiers all map onto 优秀, or none does, leaves the quota not applicable', () => {
    const allExcellent: TierSet<'gold' | 'silver'> = {
      id: 'medals',
      label: { 'zh-CN': '金/银', en: 'Gold/silver' },
      tiers: ['gold', 'silver'],
      tierLabels: { gold: { 'zh-CN': '金', en: 'Gold' }, silver: { 'zh-CN': '银', en: 'Silver' } },
      memberTiers: { gold: 'excellent', silver: 'excellent' },
    };
    const noneExcellent = { ...allExcellent, memberTiers: { gold: 'qualified', silver: 'unqualified' } } as const;
    for (const tierSet of [allExcellent, noneExcellent]) {
      const rule: TierRule<'gold' | 'silver'> = {
        tierSet,
        bands: [{ tier: 'gold', min: { value: 60, inclusive: true } }, { tier: 'silver', max: { value: 60, inclusive: false } }],
        overlap: 'higherTier',
        excellentQuota: SCHOOL_RULE.excellentQuota,
      };
      const result = assessMembers([card('a', 90), card('b', 80)], SHEETS, rule);
      expect(result.members.map((member) => member.tier)).toEqual(['gold', 'gold']);
      expect(codes(result.issues)).toEqual(['scoring.quotaNotApplicable']);
    }
  });

  it('sheets that cannot be read leave every member ungraded, counted in the rule’s set', () => {
    const result = assessMembers([card('a', 90)], [{ id: 'year' }] as never, SCHOOL_RULE);
    expect(result.members.map((member) => member.tier)).toEqual([undefined]);
    expect(result.distribution).toEqual({
      members: 1,
      graded: 0,
      counts: { excellent: 0, good: 0, qualified: 0, unqualified: 0 },
      memberTierCounts: { excellent: 0, qualified: 0, basicallyQualified: 0, unqualified: 0 },
    });
    const broken = assessMembers([card('a', 90)], SHEETS, { ...SCHOOL_RULE, tierSet: { id: 'x' } } as never);
    expect(broken.distribution.counts).toEqual({ excellent: 0, qualified: 0, basicallyQualified: 0, unqualified: 0 });
    // A card that cannot be read is rejected and still carries the rule's set, for a decision in its codes.
    const rejected = assessMembers([{ memberId: 'r', entries: 'none' } as never], SHEETS, SCHOOL_RULE);
    expect(rejected.members[0]?.tierSet).toBe(TIER_SET_EXCELLENT_GOOD_QUALIFIED);
  });
});

describe('优秀/良好/中等/合格/不合格: a five-tier rule', () => {
  it('reads a whole-number five-tier text and grades every tier', () => {
    const read = parseTierRule(FIVE_TEXT, { tierSet: TIER_SET_FIVE_GRADES });
    if (!read.success) throw new Error('expected the five-tier rule to read');
    expect(checkTierRule(read.data)).toEqual([]);
    expect([100, 90, 89.5, 80, 79, 70, 69.99, 60, 59.99, 0].map((score) => classify(score, read.data)?.tier)).toEqual([
      'excellent', 'excellent', 'good', 'good', 'fair', 'fair', 'qualified', 'qualified', 'unqualified', 'unqualified',
    ]);
    const result = assessMembers([card('a', 95), card('b', 85), card('c', 75), card('d', 65), card('e', 40)], SHEETS, read.data);
    expect(result.distribution.counts).toEqual({ excellent: 1, good: 1, fair: 1, qualified: 1, unqualified: 1 });
    expect(result.distribution.memberTierCounts).toEqual({ excellent: 1, qualified: 3, basicallyQualified: 0, unqualified: 1 });
    expect(consequencesOfTier('fair', TIER_SET_FIVE_GRADES).memberTier).toBe('qualified');
  });
});

describe('the four 民主评议 tiers as a set', () => {
  it('a rule that names MEMBER_TIER_SET grades as a rule without one', () => {
    const named = { ...MEMBER_TIERS_TONGMIN_2015, tierSet: MEMBER_TIER_SET };
    expect(checkTierRule(named)).toEqual([]);
    for (const score of [100, 99.99, 80, 79.99, 60, 59.99]) expect(classify(score, named)?.tier).toBe(classify(score, MEMBER_TIERS_TONGMIN_2015)?.tier);
    expect(memberTierOf('basicallyQualified')).toBe('basicallyQualified');
    expect(consequencesOfTier('unqualified').consequences).toBe(TIER_CONSEQUENCES.unqualified);
    // Without a set the assessment carries none, as before.
    expect('tierSet' in assessMember(card('m', 90), SHEETS, MEMBER_TIERS_TONGMIN_2015)).toBe(false);
  });
});

describe('checkTierSet', () => {
  const set = (over: Partial<TierSet>): TierSet => ({ ...TIER_SET_FIVE_GRADES, ...over });

  it('accepts every shipped set', () => {
    for (const shipped of [MEMBER_TIER_SET, TIER_SET_EXCELLENT_GOOD_QUALIFIED, TIER_SET_GOOD_TO_POOR, TIER_SET_FIVE_GRADES]) {
      expect(checkTierSet(shipped)).toEqual([]);
      expect(parseTierSet(JSON.parse(JSON.stringify(shipped))).success).toBe(true);
    }
  });

  it('reports no tiers, a code twice, one name for two tiers and a mapping out of order', () => {
    expect(codes(checkTierSet(set({ tiers: [] })))).toEqual(['scoring.tierSetEmpty']);
    expect(checkTierSet(set({ tiers: ['excellent', 'good', 'good'] })).map((issue) => [issue.code, issue.path])).toEqual([['scoring.tierSetDuplicateTier', ['tiers', 2]]]);
    const sameName = set({ tierLabels: { ...TIER_SET_FIVE_GRADES.tierLabels, fair: { 'zh-CN': '良好', en: 'Fair' } } });
    expect(checkTierSet(sameName).map((issue) => issue.message['zh-CN'])).toEqual(['等次集“five-grades”中“良好”既是“good”也是“fair”的名称']);
    const inverted = set({ memberTiers: { ...TIER_SET_FIVE_GRADES.memberTiers, good: 'unqualified' } });
    expect(checkTierSet(inverted).map((issue) => [issue.code, issue.path, issue.message.en])).toEqual([
      [
        'scoring.tierSetMappingOrder',
        ['memberTiers', 'good'],
        'In tier set "five-grades", "good" comes before "fair" but maps onto a lower tier of the democratic review, Unqualified (the other maps onto Qualified)',
      ],
    ]);
    // The rule reports its set's problems from `tierSet`.
    expect(checkTierRule({ ...SCHOOL_RULE, tierSet: { ...TIER_SET_EXCELLENT_GOOD_QUALIFIED, memberTiers: { ...TIER_SET_EXCELLENT_GOOD_QUALIFIED.memberTiers, excellent: 'unqualified' } } }).map((issue) => issue.path)).toEqual([
      ['tierSet', 'memberTiers', 'excellent'],
    ]);
  });

  it('reports a set from JSON that is not shaped as one, field by field, and nothing else', () => {
    const broken = JSON.parse('{"id":"x","label":{"zh-CN":"x","en":"x"},"tiers":["a","b"],"tierLabels":{"a":{"zh-CN":"甲"}},"memberTiers":{"a":"excellent","b":"good"}}');
    expect(checkTierSet(broken).map((issue) => [issue.code, issue.path])).toEqual([
      ['input.missing', ['tierLabels', 'a', 'en']],
      ['input.missing', ['tierLabels', 'b']],
      ['input.notOneOf', ['memberTiers', 'b']],
    ]);
    expect(codes(checkTierSet(JSON.parse('{"id":"x","label":{"zh-CN":"x","en":"x"},"tiers":"a","tierLabels":[]}')))).toEqual(['input.expected', 'input.expected']);
    expect(codes(checkTierRule({ ...SCHOOL_RULE, tierSet: null } as never))).toEqual(['input.expected']);
  });

  it('memberTierOf and consequencesOfTier refuse a code the set does not have, naming its codes', () => {
    const issues = thrownIssues(() => memberTierOf('basicallyQualified' as never, TIER_SET_EXCELLENT_GOOD_QUALIFIED), InvalidInputError);
    expect(issues.map((issue) => [issue.code, issue.path, issue.params['options']])).toEqual([['input.notOneOf', ['tier'], 'excellent, good, qualified, unqualified']]);
    expect(codes(thrownIssues(() => consequencesOfTier('a' as never, { tiers: ['a'] } as never), InvalidInputError))).toContain('input.missing');
    expect(codes(thrownIssues(() => tierDistribution([], null as never), InvalidInputError))).toEqual(['input.expected']);
    expect(codes(thrownIssues(() => compareDistributions({ members: 0, graded: 0, counts: {} }, { members: 0, graded: 0, counts: {} }, TIER_SET_GOOD_TO_POOR as never), InvalidInputError))).toHaveLength(8);
    expect(codes(thrownIssues(() => compareDistributions({ members: 0, graded: 0, counts: {} }, { members: 0, graded: 0, counts: {} }, null as never), InvalidInputError))).toEqual(['input.expected']);
  });
});
