import { describe, expect, it } from 'vitest';
import { summarizeCampaign, type Campaign, type CampaignRecords } from '../../src/campaign';
import type { RectificationItem } from '../../src/rectification';
import { isoDate } from '../../src/schedule';
import { deepFreeze } from '../_helpers/deepFreeze';
import { SEED_COMMITMENTS } from '../commitment/seedCommitments';

const campaign: Campaign = deepFreeze({
  id: 'nanjiao-2010',
  title: '深入开展创先争优活动实施方案',
  theme: '深入开展创先争优活动,加快南郊职业教育发展',
  organizerId: 'school-branch',
  period: { start: isoDate('2010-06-01'), end: isoDate('2011-06-30') },
  basis: [],
  phases: [
    {
      id: 'implementation',
      kind: 'implementation',
      title: '全面争创,扎实推进',
      start: isoDate('2010-07-01'),
      end: isoDate('2011-03-31'),
      tasks: [{ id: 'appraisal', title: '组织评议', due: isoDate('2011-03-31') }],
    },
    {
      id: 'closing',
      kind: 'rectificationAndCommendation',
      title: '总结整改,评选表彰',
      start: isoDate('2011-04-01'),
      end: isoDate('2011-06-30'),
      tasks: [{ id: 'commendation', title: '评选表彰,向上推荐', due: isoDate('2011-06-30') }],
    },
  ],
  standards: [],
  activities: [],
});
const withoutPhases: Campaign = { ...campaign, phases: [] };
const asOf = isoDate('2011-04-15');

const rectificationItem: RectificationItem = {
  id: 'r1',
  problem: '作业负担过重',
  source: 'massOpinion',
  measure: '统筹作业总量',
  target: '每天不超过一个半小时',
  due: isoDate('2011-03-31'),
  ownerId: 'm02',
  status: 'inProgress',
  processDisclosed: true,
  resultDisclosed: false,
};

describe('summarizeCampaign — one object for a dashboard', () => {
  it('the summary of empty records is empty, not an error', () => {
    expect(summarizeCampaign(withoutPhases, {}, asOf)).toEqual({ campaignId: 'nanjiao-2010', title: campaign.title, asOf: '2011-04-15' });
    const empty: CampaignRecords = {
      commitments: [],
      tiers: { current: { members: 0, graded: 0, counts: { excellent: 0, qualified: 0, basicallyQualified: 0, unqualified: 0 } } },
      evaluation: { expectedSubjectIds: [], results: [] },
      commendation: { candidates: [] },
      rectification: [],
    };
    expect(summarizeCampaign(withoutPhases, empty, asOf)).toEqual({ campaignId: 'nanjiao-2010', title: campaign.title, asOf: '2011-04-15' });
  });

  it('gives the phase under way and the deadlines', () => {
    const { schedule } = summarizeCampaign(campaign, {}, asOf, { deadlines: { withinDays: 90 } });
    expect(schedule?.position.status).toBe('during');
    expect(schedule?.position.status === 'during' ? schedule.position.phase.id : undefined).toBe('closing');
    expect(schedule?.deadlines.overdue.map((deadline) => deadline.task.id)).toEqual(['appraisal']);
    expect(schedule?.deadlines.upcoming.map((deadline) => deadline.task.id)).toEqual(['commendation']);
  });

  it('根据党支部、功能党小组、党员个人承诺、践诺情况: gives 践诺 by level', () => {
    const { commitments } = summarizeCampaign(withoutPhases, deepFreeze({ commitments: SEED_COMMITMENTS }), isoDate('2011-02-01'));
    expect(commitments?.overall.rate).toEqual({ numerator: 4, denominator: 5, value: 0.8 });
    expect(commitments?.overdue.map((item) => item.itemId)).toEqual(['m2-help']);
  });

  it('gives the tier distribution and its change in percentage points', () => {
    const current = { members: 3, graded: 3, counts: { excellent: 2, qualified: 1, basicallyQualified: 0, unqualified: 0 } };
    const previous = { members: 4, graded: 4, counts: { excellent: 1, qualified: 2, basicallyQualified: 0, unqualified: 1 } };
    const { tiers } = summarizeCampaign(withoutPhases, deepFreeze({ tiers: { current, previous } }), asOf);
    expect(tiers?.current).toEqual(current);
    expect(tiers?.previous).toEqual(previous);
    expect(tiers?.shares.map((share) => [share.tier, share.count, share.percent])).toEqual([
      ['excellent', 2, 66.67],
      ['qualified', 1, 33.33],
      ['basicallyQualified', 0, 0],
      ['unqualified', 0, 0],
    ]);
    expect(tiers?.change?.map((change) => [change.tier, change.previous.percent, change.changePoints])).toEqual([
      ['excellent', 25, 41.67],
      ['qualified', 50, -16.67],
      ['basicallyQualified', 0, 0],
      ['unqualified', 25, -25],
    ]);
  });

  it('gives the distribution alone when there is no previous year, or nobody was graded in it', () => {
    const current = { members: 2, graded: 1, counts: { excellent: 0, qualified: 1, basicallyQualified: 0, unqualified: 0 } };
    const nobody = { members: 3, graded: 0, counts: { excellent: 0, qualified: 0, basicallyQualified: 0, unqualified: 0 } };
    const expected = {
      current,
      shares: [
        { tier: 'excellent', count: 0, percent: 0 },
        { tier: 'qualified', count: 1, percent: 100 },
        { tier: 'basicallyQualified', count: 0, percent: 0 },
        { tier: 'unqualified', count: 0, percent: 0 },
      ],
    };
    expect(summarizeCampaign(withoutPhases, { tiers: { current } }, asOf).tiers).toEqual(expected);
    expect(summarizeCampaign(withoutPhases, { tiers: { current, previous: nobody } }, asOf).tiers).toEqual(expected);
  });

  it('gives evaluation coverage, counting each expected subject once', () => {
    const { evaluation } = summarizeCampaign(
      withoutPhases,
      {
        evaluation: {
          expectedSubjectIds: ['m01', 'm02', 'm03', 'm02'],
          results: [
            { subjectId: 'm01', combined: 90 },
            { subjectId: 'm03', combined: null },
            { subjectId: 'outsider', combined: 80 },
          ],
        },
      },
      asOf,
    );
    expect(evaluation).toEqual({
      expected: 3,
      evaluated: 1,
      rate: { numerator: 1, denominator: 3, value: 1 / 3 },
      missingIds: ['m02', 'm03'],
    });
  });

  it('注重工作实绩和社会公认度,向上推荐: gives the shortlist', () => {
    const { commendation } = summarizeCampaign(
      withoutPhases,
      {
        commendation: {
          candidates: [
            { id: 'm02', title: 'excellentMember', tier: 'excellent', status: 'full', performance: 95, recognition: 92 },
            { id: 'm10', title: 'excellentMember', tier: 'excellent', status: 'probationary', performance: 99, recognition: 99 },
          ],
        },
      },
      asOf,
    );
    expect(commendation?.recommended.map((verdict) => verdict.id)).toEqual(['m02']);
    expect(commendation?.notSelected.map((verdict) => [verdict.id, verdict.reasons[0]?.message['zh-CN']])).toEqual([
      ['m10', '预备党员不参加优秀共产党员评选'],
    ]);
    expect(commendation?.issues).toEqual([]);
  });

  it('selects under the records’ own rule when they give one', () => {
    const { commendation } = summarizeCampaign(
      withoutPhases,
      {
        commendation: {
          candidates: [{ id: 'm10', title: 'excellentMember', tier: 'excellent', status: 'probationary', performance: 99, recognition: 99 }],
          rule: {
            titles: [{ title: 'excellentMember', quota: 1, probationary: 'eligible', openRectification: 'ineligible', weights: { performance: 50, recognition: 50 } }],
            onePerPerson: true,
            tieBreak: [],
          },
        },
      },
      asOf,
    );
    expect(commendation?.recommended.map((verdict) => verdict.id)).toEqual(['m10']);
  });

  it('整改: gives open and overdue rectification', () => {
    const { rectification } = summarizeCampaign(withoutPhases, { rectification: [rectificationItem] }, asOf);
    expect(rectification?.openIds).toEqual(['r1']);
    expect(rectification?.overdue.map((item) => [item.itemId, item.daysOverdue])).toEqual([['r1', 15]]);
  });
});
