import { describe, expect, it } from 'vitest';
import { assessMember, MEMBER_TIERS_TONGMIN_2015 } from '../../src/scoring';

// A card that is not graded says which items to fix, by their titles: each
// item once, only the items whose entries have a problem, and nothing it cannot name.

const sheets = [
  { id: 's', title: '目标管理责任书', items: [{ id: 'i', title: '教育教学', kind: 'base', maxPoints: 60 }, { id: 'j', title: '服务师生', kind: 'base', maxPoints: 40 }] },
] as const;
const rejectedItems = (card: unknown) => {
  const [reason] = assessMember(card as never, sheets, MEMBER_TIERS_TONGMIN_2015).reasons;
  return reason?.code === 'notGraded' && reason.cause === 'cardRejected' ? reason.items : undefined;
};

describe('the items a rejected card names', () => {
  it('names each item with a wrong entry once, by its title where the sheets have it', () => {
    const card = {
      memberId: 'm1',
      entries: [
        { sheetId: 's', itemId: 'i', points: 10 },
        { sheetId: 's', itemId: 'j', points: 'x' },
        { sheetId: 's', itemId: 'j', points: 'y' },
        null,
        { sheetId: 5, itemId: 'i', points: 1 },
        { sheetId: 's', itemId: 'zz', points: 'x' },
        { sheetId: 't', itemId: 'i', points: 'x' },
      ],
      // A veto's problem is about the veto, not about the entry at the same position.
      vetoes: [{ vetoId: 3 }],
    };
    expect(rejectedItems(card)).toEqual([
      { sheetId: 's', itemId: 'j', itemTitle: '服务师生' },
      { sheetId: 's', itemId: 'zz' },
      { sheetId: 't', itemId: 'i' },
    ]);
  });

  it('names the item over its maximum and written twice once', () => {
    const card = { memberId: 'm1', entries: [{ sheetId: 's', itemId: 'i', points: 70 }, { sheetId: 's', itemId: 'i', points: 10 }, { sheetId: 's', itemId: 'j', points: 10 }] };
    expect(rejectedItems(card)).toEqual([{ sheetId: 's', itemId: 'i', itemTitle: '教育教学' }]);
  });

  it('gives a card that is not even an object no member and no items', () => {
    const assessment = assessMember(null as never, sheets, MEMBER_TIERS_TONGMIN_2015);
    expect([assessment.memberId, assessment.tier, assessment.reasons]).toEqual(['', undefined, [{ code: 'notGraded', cause: 'cardRejected', items: [] }]]);
  });
});
