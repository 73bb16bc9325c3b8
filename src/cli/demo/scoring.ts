import { assessMembers, MEMBER_TIERS_TONGMIN_2015, SCORE_SHEETS_EXAMPLE, type ScoreCard, type ScoreSheet } from '../../scoring';
import { EXAMPLE_MEMBERS } from './example';

/** The 2015 seed's two documents, with the library's example items. */
export const EXAMPLE_SHEETS: readonly ScoreSheet[] = SCORE_SHEETS_EXAMPLE;

// Each member's points: study, teaching, service, clean, discipline, then bonus and deduction.
const POINTS: Readonly<Record<string, readonly [number, number, number, number, number, number, number]>> = {
  m01: [20, 38.5, 10, 20, 10, 6, 0],
  m02: [19, 37, 9.5, 19.5, 10, 5, 0],
  m03: [18, 36, 9, 19, 10, 8, 0],
  m04: [17.5, 33.33, 8, 18, 9, 0, 0],
  m05: [16, 30, 8, 17, 9, 0, 0],
  m06: [15, 31.5, 7, 16.5, 10, 0, 0],
  m07: [14, 28, 6.5, 15, 8, 0, 2],
  m08: [12, 24, 6, 12, 6, 0, 0],
  m09: [10, 22, 5, 12, 8, 0, 3],
  m10: [18, 36, 9, 18, 9, 3, 0],
  m11: [16, 32, 8.67, 15, 8.33, 0, 0],
  m12: [13.34, 33.33, 6, 18, 9.33, 0, 0],
};

const ITEMS = [
  ['goals', 'study'],
  ['goals', 'teaching'],
  ['goals', 'service'],
  ['integrity', 'clean'],
  ['integrity', 'discipline'],
  ['goals', 'model'],
  ['integrity', 'breach'],
] as const;

/** The example branch's score cards for the year. */
export const EXAMPLE_CARDS: readonly ScoreCard[] = EXAMPLE_MEMBERS.map((member) => ({
  memberId: member.id,
  status: member.status,
  entries: ITEMS.map(([sheetId, itemId], index) => ({ sheetId, itemId, points: POINTS[member.id]?.[index] ?? 0 })),
}));

/** The example branch's annual assessment under the 2015 rule. */
export const EXAMPLE_ASSESSMENT = assessMembers(EXAMPLE_CARDS, EXAMPLE_SHEETS, MEMBER_TIERS_TONGMIN_2015);
