import type { LedgerRule } from './types';

/**
 * An example 党员积分制 rule, the common generalisation of the 2015 seed's score sheets, to copy
 * and adapt: every member starts the year on 60 points; attending 三会一课 earns 1 point, at most 4
 * a month; volunteer service 2 points, its category at most 10 a quarter; a county-level or higher
 * honour 5 points, once; an unexcused absence from organizational life costs 2 points. The total
 * never falls below 0, and a tenth of the points above the base (at most 5) carries into next
 * year's base. The numbers are this library's example, not a published standard.
 *
 * @example
 * ```ts
 * import { POINTS_LEDGER_EXAMPLE } from 'cxzy/scoring';
 * POINTS_LEDGER_EXAMPLE.baseScore; // 60
 * POINTS_LEDGER_EXAMPLE.items.map((item) => item.id); // ['meeting', 'volunteer', 'honour', 'absence']
 * ```
 */
export const POINTS_LEDGER_EXAMPLE = {
  id: 'points-ledger-example',
  label: { 'zh-CN': '党员积分制管理(示例)', en: 'Member points ledger (example)' },
  baseScore: 60,
  floor: 0,
  categories: [
    { id: 'basic', title: '基本积分' },
    { id: 'service', title: '奖励积分·志愿服务', cap: { points: 10, per: 'quarter' } },
    { id: 'honour', title: '奖励积分·荣誉表彰' },
    { id: 'deduction', title: '扣减积分' },
  ],
  items: [
    { id: 'meeting', title: '参加“三会一课”', categoryId: 'basic', points: 1, cap: { points: 4, per: 'month' } },
    { id: 'volunteer', title: '参加志愿服务', categoryId: 'service', points: 2 },
    { id: 'honour', title: '获县级以上表彰', categoryId: 'honour', points: 5, once: true },
    { id: 'absence', title: '无故不参加组织生活', categoryId: 'deduction', points: -2 },
  ],
  carryOver: { share: { numerator: 1, denominator: 10 }, max: 5 },
} as const satisfies LedgerRule;
