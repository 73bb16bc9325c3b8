import { describe, expect, it } from 'vitest';
import { isoDate, type IsoDate } from '../../src/core/isoDate';
import { assessMember, checkTierRule, decideTier, MEMBER_TIERS_TONGMIN_2015 } from '../../src/scoring';
import { deepFreeze } from '../_helpers/deepFreeze';
import { cardWithTotal, TONGMIN_SHEETS } from './_fixtures';

// 支部委员会 or 党员大会 decides the tier: what decideTier asks of a decision, read issue by issue.

const computed = deepFreeze(assessMember(cardWithTotal('m1', 100), TONGMIN_SHEETS, MEMBER_TIERS_TONGMIN_2015));
const on = isoDate('2016-01-12');

describe('decideTier: a decision that departs from the computed tier needs a reason', () => {
  it('a reason of spaces only is no reason', () => {
    for (const reason of ['', '   ', '\u3000', '\n\t']) {
      const decided = decideTier(computed, { tier: 'qualified', decidedBy: '支部委员会', decidedOn: on, reason });
      expect(decided.issues.map((issue) => [issue.code, issue.severity, issue.path, issue.params])).toEqual([
        ['scoring.overrideWithoutReason', 'error', ['decision', 'reason'], { decided: 'qualified', computed: 'excellent' }],
      ]);
    }
  });
  it('a reason with words around spaces stands', () => {
    expect(decideTier(computed, { tier: 'qualified', decidedBy: '支部委员会', decidedOn: on, reason: ' 本人申请 ' }).issues).toEqual([]);
  });
  it('names "not graded" in both languages for a member the rule did not grade', () => {
    const probationary = assessMember(cardWithTotal('m2', 90, [], { status: 'probationary' }), TONGMIN_SHEETS, MEMBER_TIERS_TONGMIN_2015);
    const decided = decideTier(probationary, { tier: 'qualified', decidedBy: '支部委员会', decidedOn: on });
    const issue = decided.issues.find((found) => found.code === 'scoring.overrideWithoutReason');
    expect(issue?.params).toEqual({ decided: 'qualified', computed: 'notGraded' });
    expect(issue?.message['zh-CN']).toBe('决定等次“合格”与计算等次“未评定”不同,但未说明理由');
  });
});

describe('decideTier: who decided and when', () => {
  it('a decider of spaces only is no decider, and a date that is not a date is named', () => {
    const decided = decideTier(computed, { tier: 'excellent', decidedBy: '\u3000 ', decidedOn: '2016-1-12' as IsoDate });
    expect(decided.issues.map((issue) => [issue.code, issue.severity, issue.path, issue.params])).toEqual([
      ['scoring.decisionWithoutDecider', 'error', ['decision', 'decidedBy'], {}],
      ['scoring.decisionBadDate', 'error', ['decision', 'decidedOn'], { date: '2016-1-12' }],
    ]);
    expect(decided.issues.map((issue) => issue.message['zh-CN'])).toEqual([
      '等次决定未写明决定者',
      '等次决定的日期“2016-1-12”不是 YYYY-MM-DD 格式的日期',
    ]);
  });
  it('a named decider and a calendar date raise nothing', () => {
    expect(decideTier(computed, { tier: 'excellent', decidedBy: '支部党员大会', decidedOn: isoDate('2016-02-29') }).issues).toEqual([]);
  });
});

describe('decideTier: deciding again', () => {
  it('replaces the earlier decision and its issues, and keeps the assessment’s own', () => {
    // An assessment that already carries an issue of its own (here one a rule check raised).
    const [ruleIssue] = checkTierRule({ overlap: 'higherTier', bands: [] });
    const withWarning = { ...computed, issues: [ruleIssue!] };
    const own = ['scoring.ruleNoBands'];
    const first = decideTier(withWarning, { tier: 'qualified', decidedBy: ' ', decidedOn: 'later' as IsoDate });
    expect(first.issues.map((issue) => issue.code)).toEqual([
      ...own,
      'scoring.decisionWithoutDecider',
      'scoring.decisionBadDate',
      'scoring.overrideWithoutReason',
    ]);
    const second = decideTier(first, { tier: 'qualified', decidedBy: '支部委员会', decidedOn: on, reason: '试用期满' });
    expect(second.issues.map((issue) => issue.code)).toEqual(own);
    expect(second.decision).toEqual({ tier: 'qualified', decidedBy: '支部委员会', decidedOn: on, reason: '试用期满' });
    expect(second.tier).toBe(withWarning.tier);
  });
});
