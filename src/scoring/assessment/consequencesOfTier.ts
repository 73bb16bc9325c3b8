import type { MemberTier } from '../../core/tiers';
import { memberTierOf } from '../tierSets/memberTierOf';
import type { TierSet } from '../tierSets/types';
import { TIER_CONSEQUENCES, type TierConsequence } from './tierConsequences';

/**
 * What a tier leads to, for a tier of any set: the {@link TIER_CONSEQUENCES} of the 民主评议 tier
 * it maps onto (不合格 → 重点教育对象, 限期改正 …; 优秀 → 表彰). A tier of a set that does not map
 * onto the four (a branch's 好/较好/一般/差) has none of them: the result says they are not
 * applicable, and no consequence is guessed.
 *
 * @param tier - a code of the set.
 * @param tierSet - the set; default the four 民主评议 tiers.
 * @returns whether the consequences apply, the tier of the four they are those of, and the list.
 * @throws {@link InvalidInputError} when `tierSet` is not shaped as a {@link TierSet} (paths from
 *   `['tierSet']`) or `tier` is not one of its codes (`['tier']`).
 *
 * @example
 * ```ts
 * import { consequencesOfTier, TIER_SET_EXCELLENT_GOOD_QUALIFIED, TIER_SET_GOOD_TO_POOR } from 'cxzy/scoring';
 * const fail = consequencesOfTier('unqualified', TIER_SET_EXCELLENT_GOOD_QUALIFIED);
 * fail.applicable && fail.consequences.map((consequence) => consequence.code);
 * // ['keyEducationSubject', 'reportToSuperior', 'rectifyWithinDeadline', 'persuadeToWithdraw', 'removeFromParty']
 * consequencesOfTier('good', TIER_SET_EXCELLENT_GOOD_QUALIFIED).memberTier; // 'qualified'
 * consequencesOfTier('poor', TIER_SET_GOOD_TO_POOR); // { applicable: false, memberTier: undefined, consequences: [] }
 * ```
 */
export function consequencesOfTier<T extends string = MemberTier>(tier: NoInfer<T>, tierSet?: TierSet<T>): TierConsequences {
  const memberTier = memberTierOf(tier, tierSet);
  if (memberTier === undefined) return { applicable: false, memberTier: undefined, consequences: [] };
  return { applicable: true, memberTier, consequences: TIER_CONSEQUENCES[memberTier] };
}

/**
 * What {@link consequencesOfTier} returns: the consequences of the 民主评议 tier a tier maps onto,
 * or, for a set that does not map onto the four, that none apply.
 *
 * @example
 * ```ts
 * import type { TierConsequences } from 'cxzy/scoring';
 * const none: TierConsequences = { applicable: false, memberTier: undefined, consequences: [] };
 * ```
 */
export type TierConsequences =
  | {
      /** The tier maps onto one of the four, whose consequences follow. */
      readonly applicable: true;
      /** The tier of the four it maps onto. */
      readonly memberTier: MemberTier;
      /** That tier's consequences, as {@link TIER_CONSEQUENCES} lists them. */
      readonly consequences: readonly TierConsequence[];
    }
  | {
      /** The set does not map onto the four: no consequence applies. */
      readonly applicable: false;
      /** No tier of the four. */
      readonly memberTier: undefined;
      /** None. */
      readonly consequences: readonly [];
    };
