import { describe, expect, it } from 'vitest';
import { assessMember, explainAssessment, MEMBER_TIERS_TONGMIN_2015, type MemberAssessment } from '../../src/scoring';
import { cardWithTotal, TONGMIN_SHEETS } from './_fixtures';

// An assessment stored by an older app may not carry its items' titles: explainAssessment then
// names each item from the sheets it is given, and by its ids where the sheets lack it.

describe('explainAssessment names an item a stored reason gives no title for', () => {
  const stored = (): MemberAssessment => {
    const assessed = assessMember(cardWithTotal('m1', 80, [{ sheetId: 'goals', itemId: 'model', points: 5 }, { sheetId: 'integrity', itemId: 'breach', points: -2 }]), TONGMIN_SHEETS, MEMBER_TIERS_TONGMIN_2015);
    return { ...assessed, reasons: assessed.reasons.map((reason) => (reason.code === 'bonus' || reason.code === 'deduction' ? { code: reason.code, sheetId: reason.sheetId, itemId: reason.itemId, points: reason.points } : reason)) };
  };

  it('by the title the sheets give it', () => {
    const texts = explainAssessment(stored(), { sheets: TONGMIN_SHEETS }).map((text) => text['zh-CN']);
    expect(texts).toContain('“党员示范岗”加 5 分');
    expect(texts.filter((text) => text.includes('违规违纪扣分'))).toHaveLength(1);
  });

  it('by its sheet and item ids when no sheets are given, or they do not have it', () => {
    expect(explainAssessment(stored()).map((text) => text['zh-CN'])).toContain('“goals/model”加 5 分');
    const otherSheets = TONGMIN_SHEETS.map((sheet) => ({ ...sheet, items: sheet.items.filter((item) => item.id !== 'model') }));
    expect(explainAssessment(stored(), { sheets: otherSheets }).map((text) => text['zh-CN'])).toContain('“goals/model”加 5 分');
  });
});
