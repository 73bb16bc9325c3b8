import type { Fraction } from '../../core/fraction';
import type { IsoDate } from '../../core/isoDate';
import type { LocalizedText } from '../../core/locale';

// Points ledgers (党员积分制) as data: the rule (base score, floor, categories, items, caps,
// carry-over) and the events a member's ledger records. `computeLedger` reads them.

/**
 * A points ledger rule (党员积分制): the year's base score, a floor, categories and items, and an
 * optional carry-over into next year.
 *
 * @example
 * ```ts
 * import { POINTS_LEDGER_EXAMPLE, type LedgerRule } from 'cxzy/scoring';
 * const rule: LedgerRule = { ...POINTS_LEDGER_EXAMPLE, baseScore: 80 };
 * ```
 */
export interface LedgerRule {
  /** A stable identifier. */
  readonly id?: string;
  /** The rule's name. */
  readonly label?: LocalizedText;
  /** The score every member starts the year with. */
  readonly baseScore: number;
  /**
   * The lowest total; default 0.
   * @defaultValue `0`
   */
  readonly floor?: number;
  /** The categories. */
  readonly categories: readonly LedgerCategory[];
  /** The scored events. */
  readonly items: readonly LedgerItem[];
  /** What carries into next year's base. */
  readonly carryOver?: CarryOverRule;
}

/**
 * A category of a points ledger (基本积分, 奖励积分, 扣减积分 …), with an optional cap.
 *
 * @example
 * ```ts
 * import type { LedgerCategory } from 'cxzy/scoring';
 * const category: LedgerCategory = { id: 'service', title: '志愿服务', cap: { points: 10, per: 'quarter' } };
 * ```
 */
export interface LedgerCategory {
  /** A stable identifier, unique within the rule. */
  readonly id: string;
  /** Its name. */
  readonly title: string;
  /** The most points its items may gain or lose together per period. */
  readonly cap?: PointsCap;
}

/**
 * A scored event type of a ledger: its points per occurrence (negative for a deduction), its
 * category, an optional cap, and whether it counts only once in the ledger.
 *
 * @example
 * ```ts
 * import type { LedgerItem } from 'cxzy/scoring';
 * const item: LedgerItem = { id: 'meeting', title: '参加三会一课', categoryId: 'basic', points: 1, cap: { points: 4, per: 'month' } };
 * ```
 */
export interface LedgerItem {
  /** A stable identifier, unique within the rule. */
  readonly id: string;
  /** What the event is. */
  readonly title: string;
  /** Its category. */
  readonly categoryId: string;
  /** Points per occurrence; negative for a deduction. An event may record less, never more. */
  readonly points: number;
  /** The most points this item may gain or lose per period. */
  readonly cap?: PointsCap;
  /** Whether only its first occurrence in the ledger counts (a once-only award). */
  readonly once?: boolean;
}

/**
 * A cap: at most `points` gained (and at most `points` lost) in each `per` period.
 *
 * @example
 * ```ts
 * import type { PointsCap } from 'cxzy/scoring';
 * const cap: PointsCap = { points: 5, per: 'month' }; // 每月最多加5分
 * ```
 */
export interface PointsCap {
  /** The most points, gained or lost, in one period. */
  readonly points: number;
  /** The period. */
  readonly per: LedgerPeriod;
}

/**
 * A calendar period a cap counts over. Quarters are January–March, April–June and so on.
 *
 * @example
 * ```ts
 * import type { LedgerPeriod } from 'cxzy/scoring';
 * const period: LedgerPeriod = 'month';
 * ```
 */
export type LedgerPeriod = 'year' | 'quarter' | 'month' | 'day';

/**
 * Next year's head start: `share` of the points earned above the base score, at most `max`.
 *
 * @example
 * ```ts
 * import type { CarryOverRule } from 'cxzy/scoring';
 * const carry: CarryOverRule = { share: { numerator: 1, denominator: 10 }, max: 5 };
 * ```
 */
export interface CarryOverRule {
  /** The share of the year's surplus carried over. */
  readonly share: Fraction;
  /** The most points carried over. */
  readonly max?: number;
}

/**
 * One scored event in a member's ledger.
 *
 * @example
 * ```ts
 * import { isoDate } from 'cxzy/schedule';
 * import type { LedgerEvent } from 'cxzy/scoring';
 * const event: LedgerEvent = { itemId: 'meeting', on: isoDate('2015-03-06'), note: '支部党员大会' };
 * ```
 */
export interface LedgerEvent {
  /** The ledger item. */
  readonly itemId: string;
  /** The day it happened. */
  readonly on: IsoDate;
  /**
   * Points recorded, same sign as the item's and no larger; default the item's points.
   * @defaultValue the item's `points`
   */
  readonly points?: number;
  /** Details. */
  readonly note?: string;
}
