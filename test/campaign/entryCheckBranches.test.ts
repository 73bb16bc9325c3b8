import { describe, expect, it } from 'vitest';
import { InvalidInputError, summarizeCampaign, type Campaign, type CampaignRecords } from '../../src/campaign';
import { isoDate, type IsoDate } from '../../src/schedule';
import { thrownIssues } from '../_helpers/thrownIssues';

const campaign: Campaign = {
  id: 'c',
  title: '创先争优活动',
  theme: '',
  organizerId: 'b',
  period: { start: isoDate('2010-06-01'), end: isoDate('2012-06-30') },
  basis: [],
  phases: [],
  standards: [],
  activities: [],
};
const asOf = isoDate('2011-01-01');

/** The issues of the InvalidInputError `run` throws: code, path and the zh-CN sentence. */
const thrown = (run: () => unknown) => thrownIssues(run, InvalidInputError).map((issue) => [issue.code, issue.path.join('.'), issue.message['zh-CN']]);
const codesAndPaths = (run: () => unknown) => thrown(run).map(([code, path]) => [code, path]);

describe('summarizeCampaign names every argument it cannot read', () => {
  it('reports a campaign that is null and a missing asOf', () => {
    expect(codesAndPaths(() => summarizeCampaign(null as unknown as Campaign, {}, undefined as unknown as IsoDate))).toEqual([
      ['input.expected', 'campaign'],
      ['input.missing', 'asOf'],
    ]);
  });

  it('reports expected subject ids that are not a list and a result that is null', () => {
    const records = { evaluation: { expectedSubjectIds: 'a', results: [null, { subjectId: 'b', combined: null }] } };
    expect(codesAndPaths(() => summarizeCampaign(campaign, records as unknown as CampaignRecords, asOf))).toEqual([
      ['input.expected', 'records.evaluation.expectedSubjectIds'],
      ['input.expected', 'records.evaluation.results.0'],
    ]);
  });

  it('reports a previous tier distribution that is null, a commitment that is not an object and deadlines given as text', () => {
    const counts = { excellent: 1, qualified: 2, basicallyQualified: 0, unqualified: 0 };
    const records = { tiers: { current: { members: 3, graded: 3, counts }, previous: null }, commitments: ['c1'] };
    expect(codesAndPaths(() => summarizeCampaign(campaign, records as unknown as CampaignRecords, asOf, { deadlines: 'soon' } as never))).toEqual([
      ['input.expected', 'records.commitments.0'],
      ['input.expected', 'records.tiers.previous'],
      ['input.expected', 'options.deadlines'],
    ]);
  });

  it('reports tier counts that are not an object, in the sentence a reader sees', () => {
    const records = { tiers: { current: { members: 3, graded: 3, counts: null } } };
    const issues = thrown(() => summarizeCampaign(campaign, records as unknown as CampaignRecords, asOf));
    expect(issues.map(([code, path]) => [code, path])).toEqual([['input.expected', 'records.tiers.current.counts']]);
    expect(issues[0]?.[2]).toMatch(/应为对象,实际为空值 null$/);
  });

  it('summarizes records whose optional parts are all well formed', () => {
    const counts = { excellent: 1, qualified: 2, basicallyQualified: 0, unqualified: 0 };
    const summary = summarizeCampaign(campaign, { tiers: { current: { members: 3, graded: 3, counts }, previous: { members: 3, graded: 3, counts } } }, asOf, { deadlines: {} });
    expect(summary.tiers?.current.members).toBe(3);
  });
});
