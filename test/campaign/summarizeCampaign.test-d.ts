import { describe, expectTypeOf, it } from 'vitest';
import { summarizeCampaign, type Campaign, type CampaignRecords, type CampaignSummary } from '../../src/campaign';
import type { Fulfilment } from '../../src/commitment';
import type { SubjectResult } from '../../src/evaluation';
import type { RectificationReport } from '../../src/rectification';
import { isoDate } from '../../src/schedule';

declare const campaign: Campaign;

describe('summarizeCampaign types', () => {
  it('returns a summary whose parts are the modules’ own results', () => {
    const summary = summarizeCampaign(campaign, {}, isoDate('2011-01-01'));
    expectTypeOf(summary).toEqualTypeOf<CampaignSummary>();
    expectTypeOf(summary.commitments).toEqualTypeOf<Fulfilment | undefined>();
    expectTypeOf(summary.rectification).toEqualTypeOf<RectificationReport | undefined>();
  });

  it('takes evaluation results from cxzy/evaluation as they are', () => {
    const results: readonly SubjectResult[] = [];
    const records: CampaignRecords = { evaluation: { expectedSubjectIds: [], results } };
    expectTypeOf(records).toMatchTypeOf<CampaignRecords>();
  });

  it('rejects a plain string date and an unknown tier', () => {
    // @ts-expect-error — asOf must be a checked IsoDate
    summarizeCampaign(campaign, {}, '2011-01-01');
    const records: CampaignRecords = {
      // @ts-expect-error — a distribution counts the four MemberTier codes
      tiers: { current: { members: 1, graded: 1, counts: { good: 1 } } },
    };
    expectTypeOf(records).toEqualTypeOf<CampaignRecords>();
  });
});
