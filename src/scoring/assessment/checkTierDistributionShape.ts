import type { IssuePath } from '../../core/issue';
import { expectNumber, expectObject, type InputIssues } from '../../core/input';
import { MEMBER_TIERS } from '../../core/tiers';
import type { TierDistribution } from './tierDistribution';

/**
 * The entry check of a {@link TierDistribution} (one a year ago, stored as JSON): an object whose
 * `graded` and each tier's count in `counts` (the tiers of its set, the four 民主评议 tiers by
 * default) are whole numbers from 0 to {@link MAX_MEMBER_COUNT}.
 *
 * @param distribution - the distribution, as received.
 * @param path - where it is: `['previousYear']`, `['currentYear']`.
 * @param issues - where the problems go.
 * @param tiers - the tier codes counted.
 */
export function checkTierDistributionShape(distribution: unknown, path: IssuePath, issues: InputIssues, tiers: readonly string[] = MEMBER_TIERS): void {
  if (!expectObject(distribution, path, issues)) return;
  expectNumber(distribution['graded'], [...path, 'graded'], issues, WHOLE);
  const counts = distribution['counts'];
  if (expectObject(counts, [...path, 'counts'], issues)) {
    // A set's own codes are read as own keys only (a code "constructor" is not an inherited function).
    for (const tier of tiers) expectNumber(tiers === MEMBER_TIERS || Object.hasOwn(counts, tier) ? counts[tier] : undefined, [...path, 'counts', tier], issues, WHOLE);
  }
}

/**
 * The largest count a distribution may hold: shares are computed exactly in ten-thousandths of a
 * percent below 2^53, far beyond any membership.
 */
export const MAX_MEMBER_COUNT = Math.floor(Number.MAX_SAFE_INTEGER / 10_000);

const WHOLE = { integer: true, min: 0, max: MAX_MEMBER_COUNT } as const;
