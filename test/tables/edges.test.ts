import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/i18n';
import { assessMember, MEMBER_TIERS_TONGMIN_2015 } from '../../src/scoring';
import {
  readCommitments,
  readMembers,
  readScoreBallots,
  readScoreBallotsWide,
  readScoreCards,
  scoreCardsToTable,
  voteSummaryTable,
  membersToTable,
  assessmentTable,
  evaluationTable,
  readGradeBallots,
  scoreBallotsToTable,
} from '../../src/tables';
import { thrownIssues } from '../_helpers/thrownIssues';

describe('the edges of the tables', () => {
  it('counts warnings past maxIssues too, as a warning when nothing is wrong', () => {
    const result = readMembers([{ 党员编号: 'm01', 姓名: '李明', 所在党组织: 'b1', 党员类别: '正式党员', 性别: '男', 民族: '汉' }], { maxIssues: 1 });
    expect(result.success).toBe(true);
    expect(result.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['tables.unknownColumn', 'warning'],
      ['tables.moreIssues', 'warning'],
    ]);
  });

  it('reads a header row with numbers as headers, and a wide form without an evaluator column as one problem', () => {
    expect(readScoreBallotsWide([{ 2024: '90' }], { headers: [2024], group: 'peer' }).issues.map((issue) => issue.path)).toEqual([['columns', 'evaluatorId']]);
  });

  it('skips blank rows of a wide form that has a group column', () => {
    const result = readScoreBallotsWide([{ 评价人编号: '', 评价主体: '', m01: '' }, { 评价人编号: 'e1', 评价主体: '党内互评', m01: '90' }]);
    expect(result.data).toEqual([{ subjectId: 'm01', evaluatorId: 'e1', group: 'peer', score: 90 }]);
  });

  it('reads an item whose id is its title as that one item', () => {
    const sheets = [{ id: 's', title: '考核表', items: [{ id: '廉洁自律', title: '廉洁自律', kind: 'base', maxPoints: 20 }] }] as const;
    expect(readScoreCards([{ 党员编号: 'm01', 廉洁自律: '20' }], sheets).data?.[0]?.entries).toEqual([{ sheetId: 's', itemId: '廉洁自律', points: 20 }]);
    expect(readScoreCards([{ 党员编号: 'm01', 廉洁自律: true }], sheets).issues[0]?.params.value).toBe('true');
    expect(readScoreCards([{ 党员编号: 'm01', 廉洁自律: Number.NaN }], sheets).issues[0]?.code).toBe('tables.notANumber');
  });

  it('reads commitments from the required columns alone', () => {
    const result = readCommitments([
      { 承诺编号: 'c1', 承诺层级: 'member', 承诺主体编号: 'm1', 事项编号: 'i1', 承诺事项: '结对帮扶', 完成时限: '2024-06-30', 践诺状态: 'pending' },
      { 承诺编号: 'c1', 承诺层级: 'member', 承诺主体编号: 'm1', 事项编号: 'i2', 承诺事项: '示范课', 完成时限: '2024-06-30', 践诺状态: '' },
    ]);
    expect(result.issues.map((issue) => issue.code)).toEqual(['tables.requiredCell']);
    const ok = readCommitments([{ 承诺编号: 'c1', 承诺层级: 'member', 承诺主体编号: 'm1', 事项编号: 'i1', 承诺事项: '结对帮扶', 完成时限: '2024-06-30', 践诺状态: 'pending' }]);
    expect(ok.data).toEqual([{ id: 'c1', level: 'member', makerId: 'm1', audiences: [], items: [{ id: 'i1', title: '结对帮扶', due: '2024-06-30', status: 'pending' }] }]);
    expect(readCommitments(null as never).issues[0]?.code).toBe('tables.notRows');
  });

  it('counts a grade the summary does not mention as no votes, and leaves unknown names empty', () => {
    const table = voteSummaryTable(
      { subjects: [{ subjectId: 'm01', counts: { satisfied: 1 }, shares: {}, valid: 1, invalid: 0, satisfactionRate: 1, recommendation: null }], issues: [] },
      { grades: ['satisfied', 'dissatisfied'], names: {} },
    );
    expect(table.rows[0]).toMatchObject({ 姓名: null, 满意票数: 1, 不满意票数: 0, 满意率: '100%' });
    expect(thrownIssues(() => voteSummaryTable(null as never), InvalidInputError)[0]?.path).toEqual(['result']);
  });

  it('leaves entries that are not objects out of a written card, and refuses options that are not an object', () => {
    const sheets = [{ id: 's', title: 't', items: [{ id: 'i', title: '工作实绩', kind: 'base', maxPoints: 10 }] }] as const;
    expect(scoreCardsToTable([{ memberId: 'm01', entries: [null as never] }], sheets).rows).toEqual([{ 党员编号: 'm01', 姓名: null, 工作实绩: null }]);
    expect(thrownIssues(() => membersToTable([], 'en' as never), InvalidInputError)[0]?.path).toEqual(['options']);
    expect(thrownIssues(() => membersToTable([], { names: 3 } as never), InvalidInputError)[0]?.path).toEqual(['options', 'names']);
  });

  it('reads a group written as a number when the policy names it so', () => {
    const result = readScoreBallots([{ 被评价人编号: 'm01', 评价人编号: 'e1', 评价主体: 1, 分数: 90 }, { 被评价人编号: 'm02', 评价人编号: 'e1', 评价主体: 1, 分数: 80 }], { groups: ['1'] });
    expect(result.data?.map((ballot) => ballot.group)).toEqual(['1', '1']);
  });
});

describe('what the writers and readers refuse rather than pass on', () => {
  const ballot = { subjectId: 'm01', evaluatorId: 'e01', group: 'peer', score: 90 };
  const sheets = [{ id: 's', title: '目标管理责任书', items: [{ id: 'a', title: '思想政治', kind: 'base', maxPoints: 20 }] }] as const;

  it('refuses a ballot score that is NaN or infinite instead of writing it into the table', () => {
    expect(thrownIssues(() => scoreBallotsToTable([{ ...ballot, score: Number.NaN }]), InvalidInputError).map((issue) => issue.path)).toEqual([['ballots', 0, 'score']]);
    expect(thrownIssues(() => scoreBallotsToTable([{ ...ballot, score: Number.NEGATIVE_INFINITY }]), InvalidInputError)).toHaveLength(1);
  });

  it('refuses a score card entry that is not text-keyed with finite points, instead of a TypeError', () => {
    const entry = Object.assign(Object.create(null) as object, { sheetId: Object.create(null) as object, itemId: 'a', points: 1 });
    expect(thrownIssues(() => scoreCardsToTable([{ memberId: 'm01', entries: [entry as never] }], sheets), InvalidInputError)).toHaveLength(1);
    expect(thrownIssues(() => scoreCardsToTable([{ memberId: 'm01', entries: [{ sheetId: 's', itemId: 'a', points: Number.NaN }] }], sheets), InvalidInputError)).toHaveLength(1);
  });

  it('refuses a role that is no text, instead of a TypeError', () => {
    const member = { id: 'm01', name: '李明', organizationId: 'b1', status: 'full', roles: [Object.create(null) as never] } as const;
    expect(thrownIssues(() => membersToTable([member as never]), InvalidInputError).map((issue) => issue.path)).toEqual([['members', 0, 'roles', 0]]);
  });

  it('writes a name only when the names give a text for the id (not NaN, not Object.prototype.constructor)', () => {
    const table = scoreCardsToTable([{ memberId: 'constructor', entries: [] }], sheets, { names: {} });
    expect(table.rows[0]?.['姓名']).toBeNull();
    const assessment = assessMember({ memberId: 'm1', entries: [{ sheetId: 's', itemId: 'a', points: 18 }] }, sheets, MEMBER_TIERS_TONGMIN_2015);
    const assessed = assessmentTable([assessment], { names: { m1: Number.NaN as never } });
    expect(assessed.rows[0]?.['姓名']).toBeNull();
  });

  it('refuses results whose figures are not finite or whose messages are missing', () => {
    const subject = { subjectId: 'm01', groups: { peer: { value: 90, count: 3 } }, combined: 90, issues: [] };
    expect(thrownIssues(() => evaluationTable({ subjects: [{ ...subject, combined: Number.NaN }] } as never), InvalidInputError)).toHaveLength(1);
    expect(thrownIssues(() => evaluationTable({ subjects: [{ ...subject, groups: { peer: { value: Number.POSITIVE_INFINITY, count: 3 } } }] } as never), InvalidInputError)).toHaveLength(1);
    expect(thrownIssues(() => evaluationTable({ subjects: [{ ...subject, issues: [{ message: null }] }] } as never), InvalidInputError)).toHaveLength(1);
    const votes = { subjectId: 'm01', counts: { satisfied: 3 }, valid: 3, invalid: 0, satisfactionRate: 1, recommendation: null };
    expect(voteSummaryTable({ subjects: [votes] } as never).rows[0]?.['满意率']).toBe('100%');
    expect(thrownIssues(() => voteSummaryTable({ subjects: [{ ...votes, satisfactionRate: 1e308 }] } as never), InvalidInputError)).toHaveLength(1);
    expect(voteSummaryTable({ subjects: [{ ...votes, satisfactionRate: undefined }] } as never).rows[0]?.['满意率']).toBeNull();
    expect(thrownIssues(() => voteSummaryTable({ subjects: [{ ...votes, counts: { satisfied: Number.NaN } }] } as never), InvalidInputError)).toHaveLength(1);
    expect(thrownIssues(() => voteSummaryTable({ subjects: [{ ...votes, recommendation: undefined }] } as never), InvalidInputError)).toHaveLength(1);
    expect(thrownIssues(() => voteSummaryTable({ subjects: [{ ...votes, recommendation: 'good' }] } as never), InvalidInputError)).toHaveLength(1);
    expect(thrownIssues(() => evaluationTable({ subjects: [{ ...subject, issues: ['late'] }] } as never), InvalidInputError)).toHaveLength(1);
    expect(evaluationTable({ subjects: [{ ...subject, combined: undefined }] } as never).rows[0]?.['综合得分']).toBeNull();
  });

  it('reports a column given as a sparse list of names as an option issue, not a TypeError', () => {
    const result = readMembers([{ 工号: 'm01', 姓名: '李明', 党员类别: '正式' }], { organizationId: 'b1', columns: { memberId: new Array<string>(3) } });
    expect(result.success).toBe(false);
    expect(result.issues.map((issue) => issue.code)).toEqual(['tables.invalidOption']);
  });

  it('reports a sparse list of sheets and grades that are no texts as issues, not TypeErrors', () => {
    const holes = new Array<never>(1);
    expect(readScoreCards([{ 党员编号: 'm01' }], holes).success).toBe(false);
    const result = readGradeBallots([{ 被评价人编号: 'm01', 评价人编号: 'p01', 评价等次: '满意' }], { group: 'masses', grades: [Object.create(null) as never, 'satisfied'] });
    expect(result.success).toBe(false);
  });
});
