import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { summarizeCampaign, type Campaign, type CampaignRecords } from '../../src/campaign';
import { addDays, isoDate, type IsoDate } from '../../src/schedule';
import { MEMBER_TIERS } from '../../src/scoring';
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
    tiers: fc.constantFrom({ current: [] }, { current: [], previous: [] }),
    evaluation: fc.constant({ expectedSubjectIds: [], results: [{ subjectId: 'x', combined: 1 }] }),
    commendation: fc.constant({ candidates: [] }),
    rectification: fc.constant([]),
  },
  { requiredKeys: [] },
);

test.prop([emptyRecords, day])('the summary of empty records is empty, not an error', (records, asOf) => {
  expect(summarizeCampaign(campaign([]), deepFreeze(records), asOf)).toEqual({ campaignId: 'c', title: '创先争优活动', asOf });
});

const tierResults = fc.array(
  fc.record({ memberId: fc.string({ minLength: 1, maxLength: 3 }), tier: fc.constantFrom(...MEMBER_TIERS) }),
  { minLength: 1, maxLength: 40 },
);

test.prop([tierResults, tierResults, day])('tier shares are within [0, 100] and count every member', (current, previous, asOf) => {
  const { tiers } = summarizeCampaign(campaign([]), { tiers: { current, previous } }, asOf);
  expect(tiers?.shares.reduce((sum, share) => sum + share.count, 0)).toBe(current.length);
  for (const share of tiers?.shares ?? []) {
    expect(share.percent).toBeGreaterThanOrEqual(0);
    expect(share.percent).toBeLessThanOrEqual(100);
    expect(Math.round(share.percent * 100) / 100).toBe(share.percent);
    expect(share.changePoints).toBeCloseTo(share.percent - (share.previousPercent ?? 0), 10);
  }
});
