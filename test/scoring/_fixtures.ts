import { SCORE_SHEETS_EXAMPLE, type ScoreCard, type ScoreEntry } from '../../src/scoring';

/** The 2015 seed's two documents with the library's example items: base items worth 100. */
export const TONGMIN_SHEETS = SCORE_SHEETS_EXAMPLE;

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
