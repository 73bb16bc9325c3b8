import type { ScoreCard, ScoreEntry, ScoreSheet } from '../../src/scoring';

/**
 * The 2015 seed's two documents as score sheets: 《同民镇中学党支部党员目标管理责任书》 and
 * 《同民镇中学党支部党员干部党风廉政建设责任书》. The seed gives no items; these are plausible ones,
 * base items worth 100 together, with bonuses that can lift a member above 100 (the seed's 100分以上).
 */
export const TONGMIN_SHEETS = [
  {
    id: 'goals',
    title: '同民镇中学党支部党员目标管理责任书',
    items: [
      { id: 'study', title: '政治学习', standard: 'learning', kind: 'base', maxPoints: 20 },
      { id: 'teaching', title: '教育教学', standard: 'excellence', kind: 'base', maxPoints: 40 },
      { id: 'service', title: '服务师生', standard: 'service', kind: 'base', maxPoints: 10 },
      { id: 'model', title: '党员示范岗', standard: 'excellence', kind: 'bonus', maxPoints: 10 },
      { id: 'research', title: '教科研成果', kind: 'bonus', maxPoints: 5 },
    ],
  },
  {
    id: 'integrity',
    title: '同民镇中学党支部党员干部党风廉政建设责任书',
    items: [
      { id: 'clean', title: '廉洁从教', standard: 'integrity', kind: 'base', maxPoints: 20 },
      { id: 'discipline', title: '遵规守纪', standard: 'discipline', kind: 'base', maxPoints: 10 },
      { id: 'breach', title: '违规违纪扣分', standard: 'discipline', kind: 'deduction', maxPoints: 20 },
    ],
  },
] as const satisfies readonly ScoreSheet[];

/** Full marks on every base item (100 points). */
export const FULL_MARKS: readonly ScoreEntry[] = [
  { sheetId: 'goals', itemId: 'study', points: 20 },
  { sheetId: 'goals', itemId: 'teaching', points: 40 },
  { sheetId: 'goals', itemId: 'service', points: 10 },
  { sheetId: 'integrity', itemId: 'clean', points: 20 },
  { sheetId: 'integrity', itemId: 'discipline', points: 10 },
];

/** A card whose base items sum to `total` (0–100), spread over the items, plus any extra entries. */
export function cardWithTotal(memberId: string, total: number, extra: readonly ScoreEntry[] = [], over: Partial<ScoreCard> = {}): ScoreCard {
  let left = Math.round(total * 100);
  const entries = FULL_MARKS.map((entry) => {
    const points = Math.min(left, Math.round(entry.points * 100));
    left -= points;
    return { ...entry, points: points / 100 };
  });
  return { memberId, entries: [...entries, ...extra], ...over };
}
