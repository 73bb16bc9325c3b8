import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/core/isoDate';
import { isoDate } from '../../src/core/isoDate';
import {
  assessMember,
  assessMembers,
  decideTier,
  effectiveTier,
  explainAssessment,
  MEMBER_TIERS_DEMOCRATIC_REVIEW,
  MEMBER_TIERS_TONGMIN_2015,
  TIER_CONSEQUENCES,
  tierDistribution,
} from '../../src/scoring';
import { deepFreeze } from '../_helpers/deepFreeze';
import { cardWithTotal, TONGMIN_SHEETS } from './_fixtures';

const computed = deepFreeze(assessMember(cardWithTotal('m1', 100), TONGMIN_SHEETS, MEMBER_TIERS_TONGMIN_2015));
const on = isoDate('2016-01-12');

describe('decideTier: the branch decides, beside the computed tier', () => {
  it('records a decision that agrees, without needing a reason', () => {
    const decided = decideTier(computed, { tier: 'excellent', decidedBy: '支部党员大会', decidedOn: on });
    expect(decided.tier).toBe('excellent');
    expect(decided.decision).toEqual({ tier: 'excellent', decidedBy: '支部党员大会', decidedOn: on });
    expect(decided.issues).toEqual([]);
    expect(computed.decision).toBeUndefined();
  });
  it('an override without a reason is an issue; with a reason it stands', () => {
    const bare = decideTier(computed, { tier: 'qualified', decidedBy: '支部委员会', decidedOn: on });
    expect(bare.tier).toBe('excellent');
    expect(effectiveTier(bare)).toBe('qualified');
    expect(bare.issues.map((issue) => [issue.code, issue.path])).toEqual([['scoring.overrideWithoutReason', ['decision', 'reason']]]);
    expect(bare.issues[0]?.message['zh-CN']).toBe('决定等次“合格”与计算等次“优秀”不同,但未说明理由');
    const reasoned = decideTier(bare, { tier: 'qualified', decidedBy: '支部委员会', decidedOn: on, reason: '本人申请不参评优秀' });
    expect(reasoned.issues).toEqual([]);
  });
  it('reports a decision without a decider or a date', () => {
    const decided = decideTier(computed, { tier: 'excellent', decidedBy: ' ', decidedOn: '2016-13-01' as IsoDate });
    expect(decided.issues.map((issue) => issue.code)).toEqual(['scoring.decisionWithoutDecider', 'scoring.decisionBadDate']);
  });
  it('deciding a tier for an ungraded probationary member needs a reason', () => {
    const probationary = assessMember(cardWithTotal('m2', 90, [], { status: 'probationary' }), TONGMIN_SHEETS, MEMBER_TIERS_TONGMIN_2015);
    const decided = decideTier(probationary, { tier: 'qualified', decidedBy: '支部委员会', decidedOn: on });
    expect(decided.issues[0]?.message.en).toBe('The decided tier "Qualified" differs from the computed "not graded" without a reason');
  });
  it('tierDistribution counts decided tiers', () => {
    const decided = decideTier(computed, { tier: 'qualified', decidedBy: '支部委员会', decidedOn: on, reason: '名额' });
    expect(tierDistribution([decided, computed]).counts).toEqual({ excellent: 1, qualified: 1, basicallyQualified: 0, unqualified: 0 });
  });
});

describe('explainAssessment: every verdict in words', () => {
  it('explains the points, each bonus and deduction, the band and the overlap', () => {
    const assessment = assessMember(
      cardWithTotal('m', 100, [
        { sheetId: 'goals', itemId: 'model', points: 3 },
        { sheetId: 'integrity', itemId: 'breach', points: 3 },
      ]),
      TONGMIN_SHEETS,
      MEMBER_TIERS_TONGMIN_2015,
    );
    expect(explainAssessment(assessment, { sheets: TONGMIN_SHEETS }).map((text) => text['zh-CN'])).toEqual([
      '总分 100 分(基本分 100,加分 3,扣分 3)',
      '“党员示范岗”加 3 分',
      '“违规违纪扣分”扣 3 分',
      '100 分落入“100分以上”档,评定为优秀',
      '100 分同时属于“100分以上”“80—100分”,按规则取较高等次:“100分以上”',
    ]);
    // Without the sheets too, items are named by the titles the assessment recorded, not their ids.
    expect(explainAssessment(assessment).map((text) => text.en)).toEqual([
      'Total 100 (base 100, bonus 3, deductions 3)',
      '"党员示范岗" adds 3',
      '"违规违纪扣分" deducts 3',
      '100 falls in the band "100 or more": Excellent',
      '100 is in "100 or more" and "80 to 100"; the rule takes the higher tier: "100 or more"',
    ]);
  });
  it('explains vetoes, the quota, not grading and the decision', () => {
    const cards = [
      cardWithTotal('a', 100, [{ sheetId: 'goals', itemId: 'model', points: 2 }]),
      cardWithTotal('b', 100, [{ sheetId: 'goals', itemId: 'model', points: 1 }]),
      cardWithTotal('c', 95, [], { vetoes: [{ vetoId: 'disciplinaryAction' }] }),
      cardWithTotal('p', 95, [], { status: 'probationary' }),
      { memberId: 'x', entries: [{ sheetId: 'nope', itemId: 'a', points: 1 }] },
      cardWithTotal('d', 100, [{ sheetId: 'goals', itemId: 'model', points: 2 }]),
    ];
    const { members } = assessMembers(cards, TONGMIN_SHEETS, { ...MEMBER_TIERS_DEMOCRATIC_REVIEW, overlap: 'lowerTier' });
    const last = (index: number) => explainAssessment(members[index]!).at(-1)!;
    expect(last(0)['zh-CN']).toBe('优秀名额 2 名,排名第 1,保留优秀');
    expect(last(1)).toEqual({
      'zh-CN': '优秀名额 2 名,排名第 3,超出名额,调整为合格',
      en: 'Quota of 2 excellent: ranked 3, beyond the quota, so Qualified',
    });
    expect(last(2)['zh-CN']).toBe('一票否决:当年受到党纪处分的,不得评为优秀,等次至多为合格');
    expect(last(3)['zh-CN']).toBe('预备党员参加评议,但不评定等次');
    // An entry on an item the sheets do not have: the card is rejected, the item named by its ids.
    expect(last(4)).toEqual({
      'zh-CN': '考核卡中“nope/a”的得分有误,不计总分,暂不评定等次',
      en: 'The card\'s points on "nope/a" have errors: no total and no tier until they are fixed',
    });
    const decided = decideTier(members[1]!, { tier: 'excellent', decidedBy: '支部党员大会', decidedOn: on, reason: '县级表彰' });
    expect(explainAssessment(decided).at(-1)).toEqual({
      'zh-CN': '支部党员大会于 2016-01-12 决定评定为优秀,理由:县级表彰',
      en: '支部党员大会 decided on 2016-01-12: Excellent; reason: 县级表彰',
    });
    const tied = assessMembers(cards.slice(0, 2), TONGMIN_SHEETS, MEMBER_TIERS_TONGMIN_2015, {
      excellentQuota: { share: { numerator: 1, denominator: 2 }, of: 'allMembers', tieBreak: 'excludeTied' },
    });
    expect(tied.quota?.cap).toBe(1);
    const noBand = assessMember(cardWithTotal('z', 50), TONGMIN_SHEETS, { overlap: 'higherTier', bands: [{ tier: 'qualified', min: { value: 60, inclusive: true } }] });
    expect(explainAssessment(noBand).at(-1)?.['zh-CN']).toBe('总分不属于任何等次,暂不评定等次');
  });
  it('explains an overlap resolved to the lower tier', () => {
    const assessment = assessMember(cardWithTotal('m', 80), TONGMIN_SHEETS, { ...MEMBER_TIERS_TONGMIN_2015, overlap: 'lowerTier' });
    expect(assessment.tier).toBe('basicallyQualified');
    expect(explainAssessment(assessment).at(-1)).toEqual({
      'zh-CN': '80 分同时属于“80—100分”“60—80分”,按规则取较低等次:“60—80分”',
      en: '80 is in "80 to 100" and "60 to 80"; the rule takes the lower tier: "60 to 80"',
    });
  });
  it('explains a tie at the quota’s cut', () => {
    const cards = ['a', 'b', 'c'].map((id) => cardWithTotal(id, 100));
    const { members } = assessMembers(cards, TONGMIN_SHEETS, MEMBER_TIERS_TONGMIN_2015, {
      excellentQuota: { share: { numerator: 1, denominator: 3 }, of: 'allMembers', tieBreak: 'excludeTied' },
    });
    expect(explainAssessment(members[0]!).at(-1)?.['zh-CN']).toBe('优秀名额 1 名,排名第 1,与他人并列名额末位,暂定为合格,由支部决定');
    const decided = decideTier(members[0]!, { tier: 'excellent', decidedBy: '支部党员大会', decidedOn: on, reason: ' ' });
    expect(explainAssessment(decided).at(-1)?.en).toBe('支部党员大会 decided on 2016-01-12: Excellent');
  });
});

describe('TIER_CONSEQUENCES', () => {
  it('优秀: 推荐为本年度优秀党员,支部给予表彰奖励', () => {
    expect(TIER_CONSEQUENCES.excellent[0].label['zh-CN']).toBe('推荐为本年度优秀党员,支部给予表彰奖励');
  });
  it('不合格: 支部作为重点教育对象,并书面上报; then 限期改正 (six months, at most a year), 劝其退党, 除名', () => {
    expect(TIER_CONSEQUENCES.unqualified.map((consequence) => consequence.code)).toEqual([
      'keyEducationSubject',
      'reportToSuperior',
      'rectifyWithinDeadline',
      'persuadeToWithdraw',
      'removeFromParty',
    ]);
    expect(TIER_CONSEQUENCES.unqualified[2].months).toEqual({ usual: 6, max: 12 });
  });
});
