import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { summarizeCampaign, type Campaign, type CampaignRecords } from '../../src/campaign';
import { addDays, isoDate, type IsoDate } from '../../src/schedule';
import { deepFreeze } from '../_helpers/deepFreeze';

const origin = isoDate('2010-06-01');
const day = fc.integer({ min: 0, max: 1_000 }).map((offset): IsoDate => addDays(origin, offset));
const campaign = (phases: Campaign['phases']): Campaign => ({
  id: 'c',
  title: '创先争优活动',
  theme: '',
  organizerId: 'b',
  period: { start: origin, end: addDays(origin, 1_000) },
  basis: [],
  phases,
  standards: [],
  activities: [],
});

/** Records that are absent or empty, in every combination. */
const emptyRecords: fc.Arbitrary<CampaignRecords> = fc.record(
  {
    commitments: fc.constant([]),
    tiers: fc.constant({ current: { members: 0, graded: 0, counts: { excellent: 0, qualified: 0, basicallyQualified: 0, unqualified: 0 } } }),
    evaluation: fc.constant({ expectedSubjectIds: [], results: [{ subjectId: 'x', combined: 1 }] }),
    commendation: fc.constant({ candidates: [] }),
    rectification: fc.constant([]),
  },
  { requiredKeys: [] },
);

test.prop([emptyRecords, day])('the summary of empty records is empty, not an error', (records, asOf) => {
  expect(summarizeCampaign(campaign([]), deepFreeze(records), asOf)).toEqual({ campaignId: 'c', title: '创先争优活动', asOf });
});

const distribution = fc
  .tuple(fc.nat({ max: 30 }), fc.nat({ max: 30 }), fc.nat({ max: 30 }), fc.nat({ max: 30 }), fc.nat({ max: 5 }))
  .filter(([a, b, c, d, ungraded]) => a + b + c + d + ungraded > 0)
  .map(([excellent, qualified, basicallyQualified, unqualified, ungraded]) => {
    const graded = excellent + qualified + basicallyQualified + unqualified;
    return { members: graded + ungraded, graded, counts: { excellent, qualified, basicallyQualified, unqualified } };
  });

test.prop([distribution, distribution, day])('tier shares lie in [0, 100], with two decimals, and count every graded member', (current, previous, asOf) => {
  const { tiers } = summarizeCampaign(campaign([]), { tiers: { current, previous } }, asOf);
  expect(tiers?.shares.reduce((sum, share) => sum + share.count, 0)).toBe(current.graded);
  for (const share of tiers?.shares ?? []) {
    expect(share.percent).toBeGreaterThanOrEqual(0);
    expect(share.percent).toBeLessThanOrEqual(100);
    expect(Math.round(share.percent * 100) / 100).toBe(share.percent);
  }
  expect(tiers?.change === undefined).toBe(previous.graded === 0);
});
