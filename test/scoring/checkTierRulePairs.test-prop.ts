import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { checkTierRule, MEMBER_TIERS, type TierBand, type TierBound, type TierRule } from '../../src/scoring';

/**
 * `checkTierRule` visits only the pairs of bands that conflict, so that a long rule is not checked
 * pair by pair. Here it is held to the obvious check of every pair, in the order of the bands: the
 * same bands reported, for the same problem, in the same order.
 */

/** A band's lowest and highest score in whole hundredths, ends included or not. */
const lowest = (bound: TierBound | undefined) => (bound === undefined ? -Infinity : Math.round(bound.value * 100) + (bound.inclusive ? 0 : 1));
const highest = (bound: TierBound | undefined) => (bound === undefined ? Infinity : Math.round(bound.value * 100) - (bound.inclusive ? 0 : 1));

/** Every pair of bands of different tiers, in order: a better band below a worse one, or more than a shared score. */
function everyPair(rule: TierRule): (readonly [string, number])[] {
  const found: (readonly [string, number])[] = [];
  const bands = rule.bands.map((band, index) => ({ index, lo: lowest(band.min), hi: highest(band.max), rank: MEMBER_TIERS.indexOf(band.tier) }));
  for (let i = 0; i < bands.length; i += 1) {
    for (let j = i + 1; j < bands.length; j += 1) {
      const a = bands[i]!;
      const b = bands[j]!;
      if (a.rank === b.rank) continue;
      const [better, worse] = a.rank < b.rank ? [a, b] : [b, a];
      if (better.lo < worse.lo || better.hi < worse.hi) found.push(['order', worse.index]);
      else if (Math.max(a.lo, b.lo) < Math.min(a.hi, b.hi)) found.push(['overlap', b.index]);
    }
  }
  return found;
}

const bound = fc.record({ value: fc.integer({ min: 50, max: 70 }), inclusive: fc.boolean() });
/** A band that holds some score: bounds in the right order, open at either end or not. */
const band: fc.Arbitrary<TierBand> = fc
  .record({ tier: fc.constantFrom(...MEMBER_TIERS), min: fc.option(bound, { nil: undefined }), max: fc.option(bound, { nil: undefined }) })
  .filter(({ min, max }) => lowest(min) <= highest(max))
  .map(({ tier, min, max }) => ({ tier, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) }));
const rule: fc.Arbitrary<TierRule> = fc.record({ bands: fc.array(band, { minLength: 1, maxLength: 8 }), overlap: fc.constant('higherTier' as const) });

test.prop([rule], { numRuns: 500 })('reports the same pairs as checking every pair of bands', (tierRule) => {
  const reported = checkTierRule(tierRule)
    .filter((issue) => issue.code === 'scoring.ruleTierOrder' || issue.code.startsWith('scoring.ruleOverlap'))
    .map((issue) => [issue.code === 'scoring.ruleTierOrder' ? 'order' : 'overlap', issue.path[1]] as const);
  expect(reported).toEqual(everyPair(tierRule));
});
