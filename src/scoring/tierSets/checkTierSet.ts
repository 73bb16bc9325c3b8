import type { InputIssueCode, InputIssues } from '../../core/input';
import type { Issue } from '../../core/issue';
import { createIssue } from '../../core/message';
import { MEMBER_TIER_LABELS, MEMBER_TIERS } from '../../core/tiers';
import { SCORING_MESSAGES, type ScoringIssueCode } from '../messages';
import { checkTierSetShape } from './checkTierSetShape';
import type { TierSet } from './types';

/**
 * Checks a tier set: it has tiers (`'scoring.tierSetEmpty'`), no code is listed twice
 * (`'scoring.tierSetDuplicateTier'`), no two tiers share a zh-CN name (`'scoring.tierSetDuplicateLabel'`:
 * a rule's text names its tiers by it, so one name must mean one tier), and, where the set maps
 * onto the four 民主评议 tiers, a better tier never maps onto a worse one than a tier below it
 * (`'scoring.tierSetMappingOrder'`: the 优秀 quota and the consequences follow the mapping, and an
 * inverted one would punish the better member).
 *
 * A set that is not shaped as a {@link TierSet} (from JSON or a cast: a code that is not text, a
 * tier without a name in every locale, a mapping onto a tier that is none of the four) is checked
 * first and reported field by field with `input.*` codes; then nothing else is checked.
 *
 * @param set - the tier set. Not modified.
 * @returns every issue found, paths from the set (`['tiers', 2]`); empty for a sound set.
 *
 * @example
 * ```ts
 * import { checkTierSet, TIER_SET_FIVE_GRADES } from 'cxzy/scoring';
 * checkTierSet(TIER_SET_FIVE_GRADES); // []
 * const inverted = checkTierSet({
 *   ...TIER_SET_FIVE_GRADES,
 *   memberTiers: { ...TIER_SET_FIVE_GRADES.memberTiers, good: 'unqualified' },
 * });
 * inverted.map((issue) => issue.code); // ['scoring.tierSetMappingOrder']
 * inverted[0]?.message['zh-CN'];
 * // '等次集“five-grades”中“good”排在“fair”之前,却对应到更低的民主评议等次“不合格”(后者对应“合格”)'
 * ```
 */
export function checkTierSet(set: TierSet): readonly Issue<ScoringIssueCode | InputIssueCode>[] {
  const issues: InputIssues = [];
  if (!checkTierSetShape(set, [], issues)) return issues as Issue<InputIssueCode>[];
  return tierSetIssues(set, []);
}

/** {@link checkTierSet}'s checks of a set already shaped as one, paths from `path`. Not part of the public API. */
export function tierSetIssues(set: TierSet, path: readonly (string | number)[]): Issue<ScoringIssueCode>[] {
  const issues: Issue<ScoringIssueCode>[] = [];
  if (set.tiers.length === 0) issues.push(createIssue(SCORING_MESSAGES, 'scoring.tierSetEmpty', 'error', [...path, 'tiers'], { set: set.id }));
  const seen = new Set<string>();
  const named = new Map<string, string>();
  set.tiers.forEach((tier, index) => {
    if (seen.has(tier)) {
      issues.push(createIssue(SCORING_MESSAGES, 'scoring.tierSetDuplicateTier', 'error', [...path, 'tiers', index], { set: set.id, tier }));
      return;
    }
    seen.add(tier);
    const text = set.tierLabels[tier]!['zh-CN'];
    const other = named.get(text);
    if (other === undefined) named.set(text, tier);
    else issues.push(createIssue(SCORING_MESSAGES, 'scoring.tierSetDuplicateLabel', 'error', [...path, 'tierLabels', tier, 'zh-CN'], { set: set.id, text, tier: other, otherTier: tier }));
  });
  const mapping = set.memberTiers;
  if (mapping === undefined) return issues;
  // Walking the set best first, the worst tier of the four mapped onto so far: a tier below it
  // must map onto that one or a worse one.
  // Each such tier is reported once, beside the first tier below it that maps higher.
  let worst: { readonly tier: string; readonly rank: number } | undefined;
  let reported: string | undefined;
  for (const tier of set.tiers) {
    const rank = MEMBER_TIERS.indexOf(mapping[tier]!);
    if (worst !== undefined && rank < worst.rank) {
      if (reported === worst.tier) continue;
      reported = worst.tier;
      issues.push(
        createIssue(
          SCORING_MESSAGES,
          'scoring.tierSetMappingOrder',
          'error',
          [...path, 'memberTiers', worst.tier],
          { set: set.id, tier: worst.tier, otherTier: tier, memberTier: mapping[worst.tier]!, otherMemberTier: mapping[tier]! },
          { memberTier: MEMBER_TIER_LABELS },
        ),
      );
      continue;
    }
    if (worst === undefined || rank > worst.rank) worst = { tier, rank };
  }
  return issues;
}
