import type { ScoreSheet } from './types';

/**
 * The 2015 seed's two documents as score sheets, to copy and adapt: 《党员目标管理责任书》 and
 * 《党员干部党风廉政建设责任书》, signed at the start of the year and scored at its end. The seed
 * names the documents but not their items; these items are this library's example: base items worth
 * 100 together, a bonus (党员示范岗) that can lift a member to the seed's "100分以上", and a deduction
 * for breaches, each under a criterion of 五带头.
 *
 * @example
 * ```ts
 * import { SCORE_SHEETS_EXAMPLE } from 'cxzy/scoring';
 * SCORE_SHEETS_EXAMPLE.map((sheet) => sheet.title); // ['党员目标管理责任书', '党员干部党风廉政建设责任书']
 * ```
 */
export const SCORE_SHEETS_EXAMPLE = [
  {
    id: 'goals',
    title: '党员目标管理责任书',
    items: [
      { id: 'study', title: '政治学习', standard: 'learning', kind: 'base', maxPoints: 20 },
      { id: 'teaching', title: '教育教学', standard: 'excellence', kind: 'base', maxPoints: 40 },
      { id: 'service', title: '服务师生', standard: 'service', kind: 'base', maxPoints: 10 },
      { id: 'model', title: '党员示范岗', standard: 'excellence', kind: 'bonus', maxPoints: 10 },
    ],
  },
  {
    id: 'integrity',
    title: '党员干部党风廉政建设责任书',
    items: [
      { id: 'clean', title: '廉洁从教', standard: 'integrity', kind: 'base', maxPoints: 20 },
      { id: 'discipline', title: '遵规守纪', standard: 'discipline', kind: 'base', maxPoints: 10 },
      { id: 'breach', title: '违规违纪扣分', standard: 'discipline', kind: 'deduction', maxPoints: 20 },
    ],
  },
] as const satisfies readonly ScoreSheet[];
