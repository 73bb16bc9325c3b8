import type { LocalizedText } from '../../core/locale';
import type { MemberTier } from '../../core/tiers';

// A tier set as data: the codes a rule's bands give, best first, their names in every locale,
// and, where the set has one, how each of its tiers reads as one of the four 民主评议 tiers.

/**
 * A set of tiers a {@link TierRule} grades into, written as data: the codes from best to worst,
 * each code's name in zh-CN and en (what {@link parseTierRule} reads in a rule's text and what
 * sentences and tables show), and an optional mapping of each tier onto one of the four
 * 民主评议 tiers ({@link MemberTier}).
 *
 * The four 民主评议 tiers ({@link MEMBER_TIER_SET}) are the default of every rule. A set that maps
 * its tiers (`memberTiers`) has the consequences of the tier each maps onto (优秀 → 表彰, 不合格 →
 * 限期改正 …), the 优秀 quota applies to the tiers that map onto 优秀, and distributions can be
 * counted in the four. A set without a mapping (a branch's 好/较好/一般/差) has none of these:
 * they are reported as not applicable, never guessed.
 *
 * @typeParam T - the set's tier codes, a union of literal strings for a set written `as const`.
 *
 * @example
 * ```ts
 * import { checkTierSet, type TierSet } from 'cxzy/scoring';
 * const passFail = {
 *   id: 'pass-fail',
 *   label: { 'zh-CN': '合格/不合格', en: 'Pass/fail' },
 *   tiers: ['pass', 'fail'],
 *   tierLabels: { pass: { 'zh-CN': '合格', en: 'Pass' }, fail: { 'zh-CN': '不合格', en: 'Fail' } },
 *   memberTiers: { pass: 'qualified', fail: 'unqualified' },
 * } as const satisfies TierSet<'pass' | 'fail'>;
 * checkTierSet(passFail); // []
 * ```
 */
export interface TierSet<T extends string = string> {
  /** A stable identifier: the set's name in messages when its label is not shown. */
  readonly id: string;
  /** The set's name. */
  readonly label: LocalizedText;
  /** Where the set comes from: a document, or the practice it follows. */
  readonly source?: string;
  /** The tier codes, best first: the order every comparison of the set's tiers uses. */
  readonly tiers: readonly T[];
  /** Each tier's name in every locale (`{ good: { 'zh-CN': '良好', en: 'Good' } }`). */
  readonly tierLabels: Readonly<Record<T, LocalizedText>>;
  /**
   * Which of the four 民主评议 tiers each tier reads as; absent when the set does not map onto
   * them (then consequences, the 优秀 quota and counts in the four are not applicable). A better
   * tier never maps onto a worse one of the four (`checkTierSet` reports it).
   */
  readonly memberTiers?: Readonly<Record<T, MemberTier>>;
}
