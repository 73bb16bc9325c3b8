import { describe, expect, it } from 'vitest';
import { InvalidInputError, summarizeCampaign, type Campaign, type CampaignRecords } from '../../src/campaign';
import { isoDate } from '../../src/schedule';
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
const thrown = (run: () => unknown) => thrownIssues(run, InvalidInputError).map((issue) => [issue.code, issue.path, issue.message['zh-CN']]);

describe('summarizeCampaign checks its arguments once, before any part is made', () => {
  it.each([
    ['records.tiers: null', { tiers: null }, [['input.expected', ['records', 'tiers'], '“等次”应为对象,实际为空值 null']]],
    [
      'a tier count given as text',
      { tiers: { current: { members: 3, graded: 3, counts: { excellent: '1', qualified: 2, basicallyQualified: 0, unqualified: 0 } } } },
      [['input.expected', ['records', 'tiers', 'current', 'counts', 'excellent'], '“优秀人数”应为整数,实际为文本“1”']],
    ],
    [
      'a member count past the safe integers',
      { tiers: { current: { members: 1e308, graded: 0, counts: { excellent: 0, qualified: 0, basicallyQualified: 0, unqualified: 0 } } } },
      [['input.tooLarge', ['records', 'tiers', 'current', 'members'], '“党员”为 1e+308,应不大于 9007199254740991']],
    ],
    [
      'evaluation results that are not a list',
      { evaluation: { expectedSubjectIds: ['a'], results: {} } },
      [['input.expected', ['records', 'evaluation', 'results'], '“评议结果”应为列表,实际为对象']],
    ],
    [
      'a combined result given as text',
      { evaluation: { expectedSubjectIds: ['a'], results: [{ subjectId: 'a', combined: '91' }] } },
      [['input.expected', ['records', 'evaluation', 'results', 0, 'combined'], '第 1 项“综合得分”应为数字,实际为文本“91”']],
    ],
    ['nominations that are not a list', { commendation: { candidates: null } }, [['input.expected', ['records', 'commendation', 'candidates'], '“候选人”应为列表,实际为空值 null']]],
    ['records that are null', null, [['input.expected', ['records'], '“活动记录”应为对象,实际为空值 null']]],
  ])('%s throws InvalidInputError with the path from the parameter', (_, records, expected) => {
    expect(thrown(() => summarizeCampaign(campaign, records as unknown as CampaignRecords, asOf))).toEqual(expected);
  });

  it('reports a date that is not a calendar date, a campaign without phases as a list, and options that are not an object', () => {
    expect(thrown(() => summarizeCampaign({ ...campaign, phases: null } as unknown as Campaign, {}, '2011-13-01' as typeof asOf, null as never))).toEqual([
      ['input.expected', ['campaign', 'phases'], '“阶段”应为列表,实际为空值 null'],
      ['input.expected', ['asOf'], '“截止日期”应为YYYY-MM-DD 格式的日期,实际为文本“2011-13-01”'],
      ['input.expected', ['options'], '“选项”应为对象,实际为空值 null'],
    ]);
  });

  it('still summarizes records shaped as their types say, and leaves a rule’s problems to the commendation part', () => {
    const summary = summarizeCampaign(campaign, { commendation: { candidates: [{ id: 'm1', title: 'excellentMember', performance: 90, recognition: 90 }], rule: { titles: [], tieBreak: [] } as never } }, asOf);
    expect(summary.commendation?.issues.map((issue) => [issue.code, issue.path])).toEqual([['input.missing', ['rule', 'onePerPerson']]]);
  });
});
