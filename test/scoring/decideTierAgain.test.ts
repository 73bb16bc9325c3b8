import { describe, expect, it } from 'vitest';
import { assessMember, decideTier, MEMBER_TIERS_TONGMIN_2015, type MemberAssessment } from '../../src/scoring';
import { isoDate } from '../../src/schedule';

// 支部委员会 decides a tier, then decides again: a new decision's problems replace those of the
// decision before, and nothing else of the assessment is lost or repeated.

const sheets = [{ id: 's', title: '目标管理责任书', items: [{ id: 'i', title: '工作', kind: 'base', maxPoints: 120 }] }] as const;
const codes = (assessment: MemberAssessment) => assessment.issues.map((issue) => [issue.code, issue.path]);

describe('deciding a tier again', () => {
  it('replaces the wrong fields of the decision before, and keeps its missing reason while that decision stands', () => {
    const assessment = assessMember({ memberId: 'm1', entries: [{ sheetId: 's', itemId: 'i', points: 100 }] }, sheets, MEMBER_TIERS_TONGMIN_2015);
    const withoutReason = decideTier(assessment, { tier: 'qualified', decidedBy: '支部委员会', decidedOn: isoDate('2016-01-12') });
    const wrong = decideTier(withoutReason, { tier: 'qualified', decidedBy: 7 } as never);
    const wrongAgain = decideTier(wrong, { tier: 'qualified', decidedBy: '支部委员会', decidedOn: 5 } as never);
    expect(codes(wrongAgain)).toEqual([
      ['scoring.overrideWithoutReason', ['decision', 'reason']],
      ['input.expected', ['decision', 'decidedOn']],
    ]);
    expect(wrongAgain.decision).toEqual(withoutReason.decision);
  });

  it('keeps the problems of a card that could not be assessed beside those of a wrong decision', () => {
    const rejected = assessMember({ memberId: 'm1', entries: [{ sheetId: 's', itemId: 'i', points: 100, note: 5 }] } as never, sheets, MEMBER_TIERS_TONGMIN_2015);
    expect(codes(decideTier(rejected, { tier: 'qualified', decidedBy: 7 } as never))).toEqual([
      ['input.expected', ['entries', 0, 'note']],
      ['input.expected', ['decision', 'decidedBy']],
      ['input.missing', ['decision', 'decidedOn']],
    ]);
  });
});
