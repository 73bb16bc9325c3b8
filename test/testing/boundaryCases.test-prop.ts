import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import {
  classify,
  MEMBER_TIER_SET,
  TIER_SET_EXCELLENT_GOOD_QUALIFIED,
  TIER_SET_FIVE_GRADES,
  TIER_SET_GOOD_TO_POOR,
  type TierBand,
  type TierRule,
  type TierSet,
} from '../../src/scoring';
import { boundaryCases } from '../../src/testing';

/**
 * boundaryCases works a rule's tier out from its words; classify from its compiled bands. Over
 * random rules — gaps, overlaps, contradictions, both overlap resolutions, bounds with two decimals,
 * whole-score rules, the shipped tier sets — they agree on every case: the tier, the band, and the other bands that contain the score.
 */
const SETS = [MEMBER_TIER_SET, TIER_SET_EXCELLENT_GOOD_QUALIFIED, TIER_SET_GOOD_TO_POOR, TIER_SET_FIVE_GRADES] as const;
// Whole scores half the time, so that the whole-score reading (80—89分 under 90分以上) is met often.
const value = fc.oneof(fc.integer({ min: -2, max: 120 }), fc.integer({ min: -200, max: 12_000 }).map((hundredths) => hundredths / 100));
const bound = fc.record({ value, inclusive: fc.boolean() });
const bandOf = (tiers: readonly string[]): fc.Arbitrary<TierBand<string>> =>
  fc
    .record({ tier: fc.constantFrom(...tiers), min: fc.option(bound, { nil: undefined }), max: fc.option(bound, { nil: undefined }) })
    .map(({ tier, min, max }) => ({ tier, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) }));
const rule: fc.Arbitrary<TierRule<string>> = fc.constantFrom(...SETS).chain((tierSet) =>
  fc.record({
    tierSet: fc.constant(tierSet as TierSet<string>),
    bands: fc.array(bandOf(tierSet.tiers), { minLength: 1, maxLength: 6 }),
    overlap: fc.constantFrom('higherTier' as const, 'lowerTier' as const),
    wholeScores: fc.boolean(),
  }),
);

test.prop([rule], { numRuns: 150 })('gives every boundary case the tier and band classify gives', (tierRule) => {
  for (const c of boundaryCases(tierRule)) {
    const classified = classify(c.score, tierRule);
    expect([c.score, c.tier, c.bandIndex, c.alsoIn]).toEqual([
      c.score,
      classified?.tier ?? null,
      classified?.bandIndex ?? null,
      classified === undefined ? [] : [...classified.alsoMatched],
    ]);
  }
});

test.prop([rule], { numRuns: 100 })('gives every boundary and both its neighbours, once each, highest first', (tierRule) => {
  const scores = boundaryCases(tierRule).map((c) => c.score);
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  expect(new Set(scores).size).toBe(scores.length);
  const step = tierRule.wholeScores === true && tierRule.bands.every((b) => [b.min, b.max].every((x) => x === undefined || Number.isInteger(x.value))) ? 1 : 0.01;
  for (const bound of tierRule.bands.flatMap((b) => [b.min, b.max])) {
    if (bound === undefined) continue;
    for (const score of [bound.value - step, bound.value, bound.value + step]) {
      expect(scores.some((s) => Math.abs(s - score) < 0.001)).toBe(true);
    }
  }
});
