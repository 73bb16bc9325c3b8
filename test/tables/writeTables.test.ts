import { describe, expect, it } from 'vitest';
import { aggregateEvaluations, SATISFACTION_SURVEY_RULE, summarizeVotes, type AggregationPolicy } from '../../src/evaluation';
import { InvalidInputError } from '../../src/i18n';
import { assessMember, decideTier, MEMBER_TIERS_TONGMIN_2015 } from '../../src/scoring';
import { isoDate } from '../../src/schedule';
import {
  assessmentTable,
  evaluationTable,
  gradeBallotsToTable,
  membersToTable,
  scoreBallotsToTable,
  scoreCardsToTable,
  tableTemplate,
  voteSummaryTable,
} from '../../src/tables';
import { deepFreeze } from '../_helpers/deepFreeze';
import { thrownIssues } from '../_helpers/thrownIssues';

const sheets = deepFreeze([{ id: 's', title: '目标管理责任书', items: [{ id: 'i', title: '工作实绩', kind: 'base', maxPoints: 120 }] }] as const);
const assess = (memberId: string, points: number | undefined) =>
  assessMember({ memberId, entries: points === undefined ? [] : [{ sheetId: 's', itemId: 'i', points }] }, sheets, MEMBER_TIERS_TONGMIN_2015);

describe('assessmentTable: the 公示 of a branch’s tiers', () => {
  const assessments = deepFreeze([assess('m01', 85), assess('m02', 101), assess('m03', 85), assess('m04', undefined), assess('m05', 59)]);

  it('ranks by total with ties (并列 1, 2, 2, 4), and puts a member without a total last, unranked', () => {
    const table = assessmentTable(assessments);
    expect(table.headers).toEqual(['排名', '党员编号', '总分', '等次', '说明']);
    expect(table.rows.map((row) => [row['排名'], row['党员编号'], row['总分'], row['等次']])).toEqual([
      [1, 'm02', 101, '优秀'],
      [2, 'm01', 85, '合格'],
      [2, 'm03', 85, '合格'],
      [4, 'm05', 59, '不合格'],
      [null, 'm04', null, '暂不评定'],
    ]);
    expect(table.rows[4]?.['说明']).toBe('不计总分;没有任何得分记录,不计总分,暂不评定等次');
  });

  it('writes headers, labels and reasons in English, and names when given', () => {
    const table = assessmentTable(assessments, { locale: 'en', names: { m02: 'Wang Fang' } });
    expect(table.headers).toEqual(['Rank', 'Member ID', 'Name', 'Total', 'Tier', 'Reasons']);
    expect(table.rows[0]).toMatchObject({ Name: 'Wang Fang', Tier: 'Excellent' });
    expect(table.rows[1]?.['Name']).toBeNull();
    expect(String(table.rows[0]?.['Reasons'])).toMatch(/; /);
  });

  it('shows the tier the branch decided, with its reason among the reasons', () => {
    const decided = decideTier(assessments[0]!, { tier: 'excellent', decidedBy: '支部委员会', decidedOn: isoDate('2024-12-20'), reason: '抗洪抢险表现突出' });
    const [row] = assessmentTable([decided]).rows;
    expect(row?.['等次']).toBe('优秀');
    expect(String(row?.['说明'])).toContain('抗洪抢险表现突出');
  });

  it('refuses what is not a list of assessments with InvalidInputError, never a raw TypeError', () => {
    expect(thrownIssues(() => assessmentTable(null as never), InvalidInputError).map((issue) => issue.path)).toEqual([['assessments']]);
    expect(thrownIssues(() => assessmentTable([null] as never), InvalidInputError).map((issue) => issue.path)).toEqual([['assessments', 0]]);
    expect(thrownIssues(() => assessmentTable([], { locale: 'fr' } as never), InvalidInputError).map((issue) => issue.path)).toEqual([['options', 'locale']]);
  });
});

type Side = 'leadership' | 'peer' | 'grade';
const policy: AggregationPolicy<Side> = {
  groups: { leadership: { weight: 0.4, method: 'mean' }, peer: { weight: 0.4, method: 'mean' }, grade: { weight: 0.2, method: 'mean' } },
  missingGroup: 'renormalize',
  duplicateBallot: 'error',
  excludeSelfFromPeer: true,
  precision: 2,
};

describe('evaluationTable: per-group figures, combined score, rank with ties', () => {
  const result = aggregateEvaluations<Side>(
    [
      { subjectId: 'm01', evaluatorId: 'e1', group: 'leadership', score: 90 },
      { subjectId: 'm01', evaluatorId: 'e2', group: 'peer', score: 80 },
      { subjectId: 'm01', evaluatorId: 'e3', group: 'grade', score: 70 },
      { subjectId: 'm02', evaluatorId: 'e1', group: 'leadership', score: 95 },
      { subjectId: 'm02', evaluatorId: 'e2', group: 'peer', score: 95 },
      { subjectId: 'm02', evaluatorId: 'e2', group: 'peer', score: 60 },
    ],
    policy,
  );

  it('writes each group’s figure and ballots, the combined score and the subject’s issues', () => {
    const table = evaluationTable(result, { names: { m01: '李明' }, groupLabels: { grade: { 'zh-CN': '年级组评议', en: 'Grade group review' } } });
    expect(table.headers).toEqual(['排名', '被评价人编号', '姓名', '领导点评得分', '领导点评票数', '党内互评得分', '党内互评票数', '年级组评议得分', '年级组评议票数', '综合得分', '说明']);
    expect(table.rows.map((row) => [row['排名'], row['被评价人编号'], row['姓名'], row['综合得分']])).toEqual([
      [1, 'm02', null, 95],
      [2, 'm01', '李明', 82],
    ]);
    expect(table.rows[0]?.['年级组评议得分']).toBeNull();
    expect(table.rows[0]?.['年级组评议票数']).toBe(0);
  });

  it('writes English headers, a group of your own by its code, and only the groups asked', () => {
    const table = evaluationTable(result, { locale: 'en', groups: ['grade', 'peer'] });
    expect(table.headers).toEqual(['Rank', 'Subject ID', 'grade score', 'grade ballots', 'Peer review among members score', 'Peer review among members ballots', 'Combined score', 'Reasons']);
    expect(evaluationTable({ subjects: [], issues: [] }).headers).toEqual(['排名', '被评价人编号', '综合得分', '说明']);
  });

  it('refuses a result that is not one', () => {
    expect(thrownIssues(() => evaluationTable({ subjects: [{ subjectId: 'm01' }] } as never), InvalidInputError).map((issue) => issue.path)).toEqual([
      ['result', 'subjects', 0, 'groups'],
      ['result', 'subjects', 0, 'issues'],
    ]);
    expect(thrownIssues(() => evaluationTable(result, { groups: [1] } as never), InvalidInputError).map((issue) => issue.path)).toEqual([['options', 'groups', 0]]);
    expect(thrownIssues(() => evaluationTable([] as never, 'en' as never), InvalidInputError).map((issue) => issue.path)).toEqual([['result'], ['options']]);
  });
});

describe('voteSummaryTable: votes, 满意率 and the recommendation', () => {
  const summary = summarizeVotes(
    ['satisfied', 'basicallySatisfied', 'dissatisfied', 'satisfied', 'good'].map((grade, index) => ({ subjectId: 'm01', evaluatorId: `p${index}`, group: 'masses', grade }) as never),
    SATISFACTION_SURVEY_RULE,
  );

  it('counts each grade, valid and invalid ballots, and writes the rate as a percentage', () => {
    const table = voteSummaryTable(summary, { grades: SATISFACTION_SURVEY_RULE.grades, names: { m01: '李明' } });
    expect(table.rows).toEqual([
      { 被评价人编号: 'm01', 姓名: '李明', 满意票数: 2, 基本满意票数: 1, 不满意票数: 1, 有效票数: 4, 无效票数: 1, 满意率: '75%', 建议等次: table.rows[0]?.['建议等次'] },
    ]);
    expect(typeof table.rows[0]?.['建议等次']).toBe('string');
    expect(voteSummaryTable(summary, { locale: 'en' }).headers).toEqual(['Subject ID', 'Satisfied votes', 'Basically satisfied votes', 'Dissatisfied votes', 'Valid ballots', 'Invalid ballots', 'Satisfaction rate', 'Recommendation']);
  });

  it('leaves the rate and recommendation empty for a subject without valid votes', () => {
    const table = voteSummaryTable({ subjects: [{ subjectId: 'm09', counts: {}, shares: {}, valid: 0, invalid: 2, satisfactionRate: null, recommendation: null }], issues: [] });
    expect(table.rows[0]).toMatchObject({ 满意率: null, 建议等次: null, 有效票数: 0 });
  });
});

describe('templates and inputs as tables', () => {
  it('writes the header row of each input table in either locale', () => {
    expect(tableTemplate('gradeBallots').headers).toEqual(['被评价人编号', '评价人编号', '评价主体', '评价等次']);
    expect(tableTemplate('rectificationItems', { locale: 'en' }).headers[0]).toBe('Rectification ID');
    expect(tableTemplate('commitments').rows).toEqual([]);
    expect(thrownIssues(() => tableTemplate('ballots' as never), InvalidInputError)[0]?.path).toEqual(['kind']);
  });

  it('writes members, cards and ballots as the rows their readers read', () => {
    expect(membersToTable([{ id: 'm01', name: '李明', organizationId: 'b1', status: 'full', roles: ['secretary', 'committeeMember'] }], { locale: 'en' }).rows[0]).toEqual({
      'Member ID': 'm01', Name: '李明', 'Organization ID': 'b1', Status: 'Full member', Roles: 'Secretary, Committee member',
    });
    expect(scoreCardsToTable([{ memberId: 'm01', entries: [{ sheetId: 's', itemId: 'i', points: 90 }, { sheetId: 'x', itemId: 'y', points: 1 }] }], sheets).rows).toEqual([{ 党员编号: 'm01', 姓名: null, 工作实绩: 90 }]);
    expect(scoreBallotsToTable([{ subjectId: 'm01', evaluatorId: 'e1', group: 'grade', score: 90 }]).rows[0]?.['评价主体']).toBe('grade');
    expect(gradeBallotsToTable([{ subjectId: 'm01', evaluatorId: 'e1', group: 'masses', grade: 'satisfied' }]).rows[0]?.['评价等次']).toBe('满意');
    expect(thrownIssues(() => membersToTable([{ id: 'm01' }] as never), InvalidInputError).length).toBeGreaterThan(0);
    expect(thrownIssues(() => scoreCardsToTable([], [{ id: 's', title: 't', items: [{ id: 1 }] }] as never), InvalidInputError).length).toBeGreaterThan(0);
  });
});
