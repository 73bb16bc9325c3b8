import type { MemberStatus } from '../../organization/types';

// Score sheets (考核细则) and the cards that score a member on them: what an assessment reads.

/**
 * A score sheet: one of the documents a member is scored on. The 2015 seed scores two, the
 * 目标管理责任书 and the 党风廉政建设责任书.
 *
 * @example
 * ```ts
 * import type { ScoreSheet } from 'cxzy/scoring';
 * const sheet: ScoreSheet = {
 *   id: 'integrity',
 *   title: '党员干部党风廉政建设责任书',
 *   items: [{ id: 'clean', title: '廉洁从教', kind: 'base', maxPoints: 20 }],
 * };
 * ```
 */
export interface ScoreSheet {
  /** A stable identifier, unique among the sheets. */
  readonly id: string;
  /** The sheet's title. */
  readonly title: string;
  /** Its items. */
  readonly items: readonly ScoreItem[];
}

/**
 * One line of a score sheet (考核细则): what is scored, under which standard, and the most points
 * it can give or take.
 *
 * @example
 * ```ts
 * import type { ScoreItem } from 'cxzy/scoring';
 * const item: ScoreItem = { id: 'teaching', title: '教学常规', standard: 'excellence', kind: 'base', maxPoints: 30 };
 * ```
 */
export interface ScoreItem {
  /** A stable identifier, unique within its sheet. */
  readonly id: string;
  /** What is scored. */
  readonly title: string;
  /** The criterion code it scores (a `Criterion.code` of 五带头, for instance), for subtotals. */
  readonly standard?: string;
  /** How its points count. */
  readonly kind: ScoreItemKind;
  /** The most points an entry may have; at most two decimals. */
  readonly maxPoints: number;
}

/**
 * Every {@link ScoreItemKind}, in the order the documents list them: the one list the type, the labels
 * and the schemas are made from.
 *
 * @example
 * ```ts
 * import { SCORE_ITEM_KINDS } from 'cxzy/scoring';
 * SCORE_ITEM_KINDS[0]; // 'base'
 * ```
 */
export const SCORE_ITEM_KINDS = ['base', 'bonus', 'deduction'] as const;

/**
 * How an item's points count: `base` points add up to the sheet's normal score, `bonus` points
 * (加分) are added on top, `deduction` points (扣分) are entered as a positive number and
 * subtracted.
 *
 * @example
 * ```ts
 * import type { ScoreItemKind } from 'cxzy/scoring';
 * const kind: ScoreItemKind = 'deduction';
 * ```
 */
export type ScoreItemKind = (typeof SCORE_ITEM_KINDS)[number];

/**
 * A member's score card for the year: the entries on every sheet, the member's standing, and any
 * veto found.
 *
 * @example
 * ```ts
 * import type { ScoreCard } from 'cxzy/scoring';
 * const card: ScoreCard = {
 *   memberId: 'm-001',
 *   entries: [{ sheetId: 'goals', itemId: 'teaching', points: 27.5 }],
 * };
 * ```
 */
export interface ScoreCard {
  /** The member. */
  readonly memberId: string;
  /**
   * The member's standing when assessed; default `full`.
   * @defaultValue `'full'`
   */
  readonly status?: MemberStatus;
  /** The points on each item. An item without an entry counts 0. */
  readonly entries: readonly ScoreEntry[];
  /** Vetoes found for this member. */
  readonly vetoes?: readonly VetoRecord[];
}

/**
 * The points a member got on one item of one sheet. Deductions are entered as positive numbers.
 *
 * @example
 * ```ts
 * import type { ScoreEntry } from 'cxzy/scoring';
 * const entry: ScoreEntry = { sheetId: 'goals', itemId: 'teaching', points: 27.5, note: '公开课一节' };
 * ```
 */
export interface ScoreEntry {
  /** The sheet. */
  readonly sheetId: string;
  /** The item on that sheet. */
  readonly itemId: string;
  /** The points, from 0 to the item's `maxPoints`, with at most two decimals. */
  readonly points: number;
  /** Why, in the scorer's words. */
  readonly note?: string;
}

/**
 * A veto recorded on a card by whoever found the condition.
 *
 * @example
 * ```ts
 * import type { VetoRecord } from 'cxzy/scoring';
 * const record: VetoRecord = { vetoId: 'disciplinaryAction', note: '2015年6月受党内警告处分' };
 * ```
 */
export interface VetoRecord {
  /** The `id` of a {@link VetoRule} of the rule. */
  readonly vetoId: string;
  /** The facts. */
  readonly note?: string;
}
