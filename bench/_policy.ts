// The aggregation every evaluation benchmark measures, as the scale issue states it: four groups
// (0.3, 0.3, 0.2, 0.2), one trimmed mean (peer: drop one highest and one lowest), the others means,
// renormalised, duplicates unchecked, on the 100-point scale. bench/evaluation.ts, bench/tables.ts,
// bench/sql.ts and bench/workers.ts share it, so their figures compare.
import type { AggregationPolicy } from '../src/evaluation';

/** The groups of the benchmark policy. */
export type Group = 'leadership' | 'peer' | 'teachersStudents' | 'parents';

/** The benchmark policy. */
export const POLICY = {
  groups: {
    leadership: { weight: 0.3, method: 'mean' },
    peer: { weight: 0.3, method: 'trimmedMean', dropHighest: 1, dropLowest: 1 },
    teachersStudents: { weight: 0.2, method: 'mean' },
    parents: { weight: 0.2, method: 'mean' },
  },
  missingGroup: 'renormalize',
  duplicateBallot: 'unchecked',
  excludeSelfFromPeer: false,
  precision: 2,
  scale: { min: 0, max: 100 },
} as const satisfies AggregationPolicy<Group>;
