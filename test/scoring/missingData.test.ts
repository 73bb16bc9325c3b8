import { describe, expect, it } from 'vitest';
import { summarizeCampaign } from '../../src/campaign';
import { isoDate } from '../../src/schedule';
import {
  assessMember,
  assessMembers,
  compareDistributions,
  decideTier,
  explainAssessment,
  MEMBER_TIERS_TONGMIN_2015,
  tierDistribution,
  type ScoreCard,
  type ScoreSheet,
} from '../../src/scoring';
import { deepFreeze } from '../_helpers/deepFreeze';
import { cardWithTotal, TONGMIN_SHEETS } from './_fixtures';

// Missing data never decides a verdict: a member with no scores, or whose card was rejected, is
// not graded, with a reason naming the item by its title, and no figure is shown as a total.

const sheets = deepFreeze(TONGMIN_SHEETS);
const rule = deepFreeze(MEMBER_TIERS_TONGMIN_2015);
const empty = (memberId: string, over: Partial<ScoreCard> = {}): ScoreCard => ({ memberId, entries: [], ...over });
/** Full marks, and a 违规违纪扣分 of 25 on an item whose maximum is 20. */
const overDeduction = (memberId: string) => cardWithTotal(memberId, 100, [{ sheetId: 'integrity', itemId: 'breach', points: 25 }]);

describe('a member with no scores at all (a missing spreadsheet row)', () => {
  it('is not graded, never 不合格, and has no total', () => {
    const result = assessMember(deepFreeze(empty('m9')), sheets, rule);
    expect(result.tier).toBeUndefined();
    expect(result.total).toBeNull();
    expect(result.bySheet).toEqual([]);
    expect(result.byStandard).toEqual([]);
    expect(result.reasons).toEqual([{ code: 'notGraded', cause: 'noScores' }]);
  });
  it('is one error issue that says so in zh-CN and en, not a warning per item', () => {
    const [issue, ...others] = assessMember(empty('m9'), sheets, rule).issues;
    expect(others).toEqual([]);
    expect(issue).toMatchObject({ code: 'scoring.noScores', severity: 'error', path: ['entries'], params: { memberId: 'm9' } });
    expect(issue?.message).toEqual({
      'zh-CN': '党员“m9”没有任何得分记录,不计总分,暂不评定等次',
      en: 'Member "m9" has no scores at all: no total and no tier',
    });
  });
  it('is not graded whatever the rule on missing entries says', () => {
    for (const missingEntry of ['ignore', 'warning', 'error'] as const) {
      const result = assessMember(empty('m9'), sheets, rule, { missingEntry });
      expect([missingEntry, result.tier, result.total, result.issues.map((issue) => issue.code)]).toEqual([
        missingEntry,
        undefined,
        null,
        ['scoring.noScores'],
      ]);
    }
  });
  it('is explained without a total, in both languages', () => {
    expect(explainAssessment(assessMember(empty('m9'), sheets, rule))).toEqual([
      { 'zh-CN': '不计总分', en: 'No total' },
      { 'zh-CN': '没有任何得分记录,不计总分,暂不评定等次', en: 'No scores at all: no total and no tier' },
    ]);
  });
  it('a probationary member without scores is reported too: a missing row is missing data', () => {
    const result = assessMember(empty('p1', { status: 'probationary' }), sheets, rule);
    expect(result.reasons).toEqual([{ code: 'notGraded', cause: 'noScores' }]);
    expect(result.issues.map((issue) => issue.code)).toEqual(['scoring.noScores']);
  });
  it('a card scoring every item 0 has scores: 0 points are a score, and 不合格 follows from them', () => {
    const zero = cardWithTotal('z', 0);
    const result = assessMember(zero, sheets, rule);
    expect([result.total, result.tier]).toEqual([0, 'unqualified']);
  });
});

describe('a card rejected for a deduction over its maximum', () => {
  // Computed in each test, so that a mutation run knows which tests read it.
  const result = () => assessMember(deepFreeze(overDeduction('m3')), sheets, rule);
  it('shows no total (not the 100 of what was left), no subtotals and no tier', () => {
    expect(result().total).toBeNull();
    expect(result().bySheet).toEqual([]);
    expect(result().byStandard).toEqual([]);
    expect(result().tier).toBeUndefined();
    expect(result().issues.map((issue) => [issue.code, issue.path])).toEqual([['scoring.overMaximum', ['entries', 5, 'points']]]);
  });
  it('says the card was rejected and which item, by its title', () => {
    expect(result().reasons).toEqual([
      { code: 'notGraded', cause: 'cardRejected', items: [{ sheetId: 'integrity', itemId: 'breach', itemTitle: '违规违纪扣分' }] },
    ]);
    expect(explainAssessment(result())).toEqual([
      { 'zh-CN': '不计总分', en: 'No total' },
      {
        'zh-CN': '考核卡中“违规违纪扣分”的得分有误,不计总分,暂不评定等次',
        en: 'The card\'s points on "违规违纪扣分" have errors: no total and no tier until they are fixed',
      },
    ]);
    for (const text of explainAssessment(result())) expect(text['zh-CN']).not.toMatch(/总分 \d/);
  });
  it('names every rejected item once, in the order of the entries', () => {
    const card = cardWithTotal('m4', 100, [
      { sheetId: 'integrity', itemId: 'breach', points: 25 },
      { sheetId: 'goals', itemId: 'model', points: 10.001 },
      { sheetId: 'integrity', itemId: 'breach', points: 1 },
    ]);
    const [reason] = assessMember(card, sheets, rule).reasons;
    expect(explainAssessment(assessMember(card, sheets, rule))[1]).toEqual({
      'zh-CN': '考核卡中“违规违纪扣分”“党员示范岗”的得分有误,不计总分,暂不评定等次',
      en: 'The card\'s points on "违规违纪扣分" and "党员示范岗" have errors: no total and no tier until they are fixed',
    });
    expect(reason).toMatchObject({ cause: 'cardRejected', items: [{ itemId: 'breach' }, { itemId: 'model' }] });
  });
  it('a card rejected for an unknown veto only names no item, and still shows no total', () => {
    const result = assessMember(cardWithTotal('v', 90, [], { vetoes: [{ vetoId: 'nope' }] }), sheets, rule);
    expect([result.total, result.tier, result.reasons]).toEqual([null, undefined, [{ code: 'notGraded', cause: 'cardRejected', items: [] }]]);
    expect(explainAssessment(result)[1]).toEqual({
      'zh-CN': '考核卡有误,不计总分,暂不评定等次',
      en: 'The card has errors: no total and no tier until they are fixed',
    });
  });
});

describe('a rule with errors', () => {
  it('grades nobody, but a sound card keeps its total: the figure is the member’s', () => {
    const broken = { ...rule, bands: [...rule.bands, { tier: 'excellent', min: { value: 90, inclusive: true } }] } as const;
    const result = assessMember(cardWithTotal('m', 85), sheets, broken);
    expect(result.issues.some((issue) => issue.severity === 'error' && issue.path[0] === 'rule')).toBe(true);
    expect([result.total, result.tier, result.reasons]).toEqual([85, undefined, [{ code: 'notGraded', cause: 'invalidInput' }]]);
    expect(explainAssessment(result)[1]).toEqual({
      'zh-CN': '考核表或评定规则有误,暂不评定等次',
      en: 'The sheets or the rule have errors; no tier until they are fixed',
    });
  });
});

describe('a branch with members who could not be graded', () => {
  const cards = [cardWithTotal('a', 90), empty('b'), overDeduction('c'), cardWithTotal('d', 50), cardWithTotal('e', 100)];
  // Computed in each test, so that a mutation run knows which tests read it.
  const branch = () => assessMembers(deepFreeze(cards), sheets, rule, {
    excellentQuota: { share: { numerator: 1, denominator: 3 }, of: 'gradedMembers', tieBreak: 'memberId' },
  });
  it('counts them as not graded, in no tier', () => {
    expect(branch().members.map((member) => [member.memberId, member.total, member.tier])).toEqual([
      ['a', 90, 'qualified'],
      ['b', null, undefined],
      ['c', null, undefined],
      ['d', 50, 'unqualified'],
      ['e', 100, 'excellent'],
    ]);
    expect(branch().distribution).toEqual({ members: 5, graded: 3, counts: { excellent: 1, qualified: 1, basicallyQualified: 0, unqualified: 1 } });
    expect(tierDistribution(branch().members)).toEqual(branch().distribution);
    // A quota of graded members counts the three graded: one 优秀 place.
    expect(branch().quota?.cap).toBe(1);
  });
  it('shares are of graded members only, in the comparison and in the campaign summary', () => {
    const previous = { members: 4, graded: 4, counts: { excellent: 1, qualified: 2, basicallyQualified: 0, unqualified: 1 } };
    const [excellent, , , unqualified] = compareDistributions(previous, branch().distribution);
    expect(excellent?.current).toEqual({ count: 1, percent: 33.33 });
    expect(unqualified?.current).toEqual({ count: 1, percent: 33.33 });
    const campaign = {
      id: 'c',
      title: '创先争优活动',
      theme: '',
      organizerId: 'b',
      period: { start: isoDate('2010-06-01'), end: isoDate('2012-06-30') },
      basis: [],
      phases: [],
      standards: [],
      activities: [],
    };
    const summary = summarizeCampaign(campaign, { tiers: { current: branch().distribution } }, isoDate('2011-01-01'));
    expect(summary.tiers?.current).toMatchObject({ members: 5, graded: 3 });
    expect(summary.tiers?.shares.map((share) => share.count)).toEqual([1, 1, 0, 1]);
  });
  it('a branch decision on a member without scores must say why, against “未评定”', () => {
    const decided = decideTier(branch().members[1]!, { tier: 'qualified', decidedBy: '支部委员会', decidedOn: isoDate('2016-01-12') });
    expect(decided.tier).toBeUndefined();
    expect(decided.issues.map((issue) => issue.code)).toEqual(['scoring.noScores', 'scoring.overrideWithoutReason']);
    expect(decided.issues[1]?.message['zh-CN']).toContain('计算等次“未评定”');
  });
});

describe('explanations name items by their titles', () => {
  const oneSheet: readonly ScoreSheet[] = [
    {
      id: 'goals',
      title: '党员目标管理责任书',
      items: [
        { id: 'work', title: '工作实绩', kind: 'base', maxPoints: 100 },
        { id: 'late', title: '迟到早退', kind: 'deduction', maxPoints: 5 },
      ],
    },
  ];
  it('in both locales, without being given the sheets', () => {
    const result = assessMember(
      { memberId: 'm', entries: [{ sheetId: 'goals', itemId: 'work', points: 90 }, { sheetId: 'goals', itemId: 'late', points: 2 }] },
      oneSheet,
      rule,
    );
    expect(explainAssessment(result)[1]).toEqual({ 'zh-CN': '“迟到早退”扣 2 分', en: '"迟到早退" deducts 2' });
  });
});
