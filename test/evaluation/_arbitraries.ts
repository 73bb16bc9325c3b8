import { fc } from '@fast-check/vitest';
import type { GroupRule } from '../../src/evaluation';

/**
 * A group's rule of the given weight: a mean or median, or a trimmed mean dropping up to two at
 * either end, with up to three ballots needed. Shared by the property tests of the aggregation and
 * of the partial forms, so both explore the same policies.
 */
export const groupRule = (weight: number): fc.Arbitrary<GroupRule> =>
  fc.oneof(
    fc.record({ weight: fc.constant(weight), method: fc.constantFrom('mean' as const, 'median' as const), minBallots: fc.integer({ min: 1, max: 3 }) }),
    fc.record({
      weight: fc.constant(weight),
      method: fc.constant('trimmedMean' as const),
      dropHighest: fc.integer({ min: 0, max: 2 }),
      dropLowest: fc.integer({ min: 0, max: 2 }),
      minBallots: fc.integer({ min: 1, max: 3 }),
    }),
  );
