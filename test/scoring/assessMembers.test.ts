import { describe, expect, it } from 'vitest';
import {
  assessMember,
  assessMembers,
  MEMBER_TIERS_DEMOCRATIC_REVIEW,
  MEMBER_TIERS_TONGMIN_2015,
  type ExcellentQuota,
  type ScoreCard,
} from '../../src/scoring';
import { deepFreeze } from '../_helpers/deepFreeze';
import { cardWithTotal, TONGMIN_SHEETS } from './_fixtures';

const bonus = (points: number) => [{ sheetId: 'goals', itemId: 'model', points }];
const excellent = (memberId: string, extra: number, over: Partial<ScoreCard> = {}) => cardWithTotal(memberId, 100, bonus(extra), over);
const oneThird = (tieBreak: ExcellentQuota['tieBreak']): ExcellentQuota => ({ share: { numerator: 1, denominator: 3 }, of: 'allMembers', tieBreak });

describe('assessMembers', () => {
  it('equals assessing each member, plus the distribution', () => {
    const cards = deepFreeze([excellent('a', 3), cardWithTotal('b', 85), cardWithTotal('c', 61), cardWithTotal('d', 12), cardWithTotal('e', 90, [], { status: 'probationary' })]);
    const result = assessMembers(cards, TONGMIN_SHEETS, MEMBER_TIERS_TONGMIN_2015);
    expect(result.members).toEqual(cards.map((card) => assessMember(card, TONGMIN_SHEETS, MEMBER_TIERS_TONGMIN_2015)));
    expect(result.distribution).toEqual({ members: 5, graded: 4, counts: { excellent: 1, qualified: 1, basicallyQualified: 1, unqualified: 1 } });
    expect(result.quota).toBeUndefined();
    expect(result.issues).toEqual([]);
  });

  it('评定为优秀的党员比例一般不超过党员总数的三分之一: the rule’s quota, ties left to the branch', () => {
    const cards = [excellent('a', 5), excellent('b', 4), excellent('c', 4), excellent('d', 1), cardWithTotal('e', 80), cardWithTotal('f', 80)];
    const result = assessMembers(cards, TONGMIN_SHEETS, MEMBER_TIERS_DEMOCRATIC_REVIEW);
    expect(result.quota).toEqual({ cap: 2, candidates: 4, kept: ['a'], demoted: ['b', 'c', 'd'], tiedAtCut: ['b', 'c'] });
    expect(result.members.map((member) => member.tier)).toEqual(['excellent', 'qualified', 'qualified', 'qualified', 'qualified', 'qualified']);
    expect(result.members[1]?.reasons.at(-1)).toEqual({ code: 'quota', outcome: 'tiedAtCut', rank: 2, cap: 2, from: 'excellent', to: 'qualified' });
    expect(result.members[3]?.reasons.at(-1)).toEqual({ code: 'quota', outcome: 'demoted', rank: 4, cap: 2, from: 'excellent', to: 'qualified' });
    expect(result.members[0]?.reasons.at(-1)).toEqual({ code: 'quota', outcome: 'kept', rank: 1, cap: 2, from: 'excellent', to: 'excellent' });
    expect(result.issues.map((issue) => [issue.code, issue.severity, issue.params])).toEqual([
      ['scoring.quotaTie', 'info', { memberIds: 'b、c', score: 104, cap: 2 }],
    ]);
    expect(result.distribution.counts.excellent).toBe(1);
  });

  it('breaks ties by member id when asked', () => {
    const cards = [excellent('c', 4), excellent('a', 5), excellent('b', 4), cardWithTotal('d', 80), cardWithTotal('e', 80), cardWithTotal('f', 80)];
    const result = assessMembers(cards, TONGMIN_SHEETS, MEMBER_TIERS_TONGMIN_2015, { excellentQuota: oneThird('memberId') });
    expect(result.quota).toEqual({ cap: 2, candidates: 3, kept: ['a', 'b'], demoted: ['c'], tiedAtCut: [] });
    expect(result.members.map((member) => member.tier)).toEqual(['qualified', 'excellent', 'excellent', 'qualified', 'qualified', 'qualified']);
    expect(result.issues).toEqual([]);
  });

  it('keeps everyone within the quota, with the reason', () => {
    const result = assessMembers([excellent('a', 1), cardWithTotal('b', 80), cardWithTotal('c', 80)], TONGMIN_SHEETS, MEMBER_TIERS_TONGMIN_2015, {
      excellentQuota: oneThird('excludeTied'),
    });
    expect(result.quota).toEqual({ cap: 1, candidates: 1, kept: ['a'], demoted: [], tiedAtCut: [] });
    expect(result.members[0]?.reasons.at(-1)).toMatchObject({ code: 'quota', outcome: 'kept' });
  });

  it('counts the share of graded members when asked, and a zero cap keeps nobody', () => {
    const cards = [excellent('a', 1), cardWithTotal('p', 95, [], { status: 'probationary' }), cardWithTotal('q', 95, [], { status: 'probationary' })];
    const graded = assessMembers(cards, TONGMIN_SHEETS, MEMBER_TIERS_TONGMIN_2015, {
      excellentQuota: { share: { numerator: 1, denominator: 3 }, of: 'gradedMembers', tieBreak: 'excludeTied' },
    });
    expect(graded.quota).toEqual({ cap: 0, candidates: 1, kept: [], demoted: ['a'], tiedAtCut: [] });
    const all = assessMembers(cards, TONGMIN_SHEETS, MEMBER_TIERS_TONGMIN_2015, { excellentQuota: oneThird('excludeTied') });
    expect(all.quota?.cap).toBe(1);
  });

  it('false turns the rule’s quota off; a bad quota is reported', () => {
    const cards = [excellent('a', 1), excellent('b', 2)];
    expect(assessMembers(cards, TONGMIN_SHEETS, MEMBER_TIERS_DEMOCRATIC_REVIEW, { excellentQuota: false }).quota).toBeUndefined();
    const bad = assessMembers(cards, TONGMIN_SHEETS, MEMBER_TIERS_TONGMIN_2015, {
      excellentQuota: { share: { numerator: 0.5, denominator: 3 }, of: 'allMembers', tieBreak: 'memberId' },
    });
    expect(bad.issues.map((issue) => [issue.code, issue.path])).toEqual([['scoring.ruleBadQuota', ['options', 'excellentQuota', 'share']]]);
    expect(bad.quota).toBeUndefined();
    const badRule = assessMembers(cards, TONGMIN_SHEETS, {
      ...MEMBER_TIERS_TONGMIN_2015,
      excellentQuota: { share: { numerator: 1, denominator: 0 }, of: 'allMembers', tieBreak: 'memberId' },
    });
    expect(badRule.issues.map((issue) => [issue.code, issue.path])).toEqual([['scoring.ruleBadQuota', ['rule', 'excellentQuota', 'share']]]);
    expect(badRule.members.map((member) => member.tier)).toEqual([undefined, undefined]);
  });

  it('reports two cards for one member, and rule problems once', () => {
    const result = assessMembers([cardWithTotal('a', 80), cardWithTotal('a', 90)], TONGMIN_SHEETS, {
      ...MEMBER_TIERS_TONGMIN_2015,
      bands: MEMBER_TIERS_TONGMIN_2015.bands.slice(0, 3),
    });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['scoring.ruleUncoveredBelow', ['rule', 'bands', 2, 'min']],
      ['scoring.duplicateCard', ['cards', 1, 'memberId']],
    ]);
    expect(result.members.every((member) => member.issues.length === 0)).toBe(true);
  });
});
