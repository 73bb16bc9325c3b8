import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { classify, MEMBER_TIERS, type TierBand, type TierRule } from '../../src/scoring';
import { boundaryCases } from '../../src/testing';

/**
 * boundaryCases works a rule's tier out from its words; classify from its compiled bands. Over
 * random rules — gaps, overlaps, contradictions, both overlap resolutions, bounds with two decimals
 * — they agree on every case: the tier, the band, and the other bands that contain the score.
 */
const value = fc.integer({ min: -200, max: 12_000 }).map((hundredths) => hundredths / 100);
const bound = fc.record({ value, inclusive: fc.boolean() });
const band: fc.Arbitrary<TierBand> = fc
  .record({ tier: fc.constantFrom(...MEMBER_TIERS), min: fc.option(bound, { nil: undefined }), max: fc.option(bound, { nil: undefined }) })
  .map(({ tier, min, max }) => ({ tier, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) }));
const rule: fc.Arbitrary<TierRule> = fc.record({
  bands: fc.array(band, { minLength: 1, maxLength: 6 }),
  overlap: fc.constantFrom('higherTier' as const, 'lowerTier' as const),
});

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
  for (const bound of tierRule.bands.flatMap((b) => [b.min, b.max])) {
    if (bound === undefined) continue;
    for (const score of [bound.value - 0.01, bound.value, bound.value + 0.01]) {
      expect(scores.some((s) => Math.abs(s - score) < 0.001)).toBe(true);
    }
  }
});
