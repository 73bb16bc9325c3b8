import { describe, expect, it } from 'vitest';
import { readGradeBallots, readGradeBallotsWide, readScoreBallots, readScoreBallotsWide } from '../../src/tables';

const row = (subject: unknown, evaluator: unknown, group: unknown, score: unknown) => ({ 被评价人编号: subject, 评价人编号: evaluator, 评价主体: group, 分数: score }) as never;

describe('readScoreBallots: one ballot a row', () => {
  it('reads each group by its label in zh-CN or en, or its code', () => {
    const result = readScoreBallots([
      row('m01', 'e1', '领导点评', '90'),
      row('m01', 'e2', 'Peer review among members', '80'),
      row('m01', 'e3', 'masses', 70),
      row('m01', 'e4', ' 家长评议 ', '60'),
    ]);
    expect(result.data?.map((ballot) => ballot.group)).toEqual(['leadership', 'peer', 'masses', 'parents']);
  });

  it('reads English headers and the other headers sheets in use write', () => {
    const result = readScoreBallots([{ 'Subject ID': 'm01', 'Evaluator ID': 'e1', Group: 'self', Score: '95' }, { 'Subject ID': 'm02', 'Evaluator ID': 'e1', Group: 'self', Score: '90' }]);
    expect(result.data?.length).toBe(2);
    expect(readScoreBallots([{ 被评价人: 'm01', 评价人: 'e1', 评议组: '自评', 得分: '90' }]).data?.[0]?.score).toBe(90);
  });

  it('refuses a group the policy does not have, and accepts a group of your own given by code', () => {
    const unknown = readScoreBallots([row('m01', 'e1', '年级组评议', '90')]);
    expect(unknown.issues[0]?.code).toBe('tables.unknownLabel');
    expect(unknown.issues[0]?.path).toEqual(['rows', 2, '评价主体']);
    const own = readScoreBallots([row('m01', 'e1', 'grade', '90'), row('m01', 'e2', '领导点评', '80')], { groups: ['grade', 'leadership'] });
    expect(own.data?.map((ballot) => ballot.group)).toEqual(['grade', 'leadership']);
    const outside = readScoreBallots([row('m01', 'e1', '党内互评', '90')], { groups: ['grade', 'leadership'] });
    expect(outside.issues[0]?.params.accepted).toBe('grade、领导点评 / grade, leadership');
  });

  it('takes the group of a sheet without a group column from the options', () => {
    const result = readScoreBallots([{ 被评价人编号: 'm01', 评价人编号: 'e1', 分数: '90' }], { group: 'peer' });
    expect(result.data?.[0]?.group).toBe('peer');
    expect(readScoreBallots([{ 被评价人编号: 'm01', 评价人编号: 'e1', 分数: '90' }]).issues[0]?.path).toEqual(['columns', 'group']);
  });

  it('reports each empty id at its row, reads ids stored as numbers, and skips blank rows', () => {
    const result = readScoreBallots([row('', 'e1', '自评', '90'), row('m01', null, '自评', '90'), row(null, '', '', ''), row(1001, 7, '自评', '90')]);
    expect(result.issues.map((issue) => issue.path)).toEqual([
      ['rows', 2, '被评价人编号'],
      ['rows', 3, '评价人编号'],
    ]);
    expect(readScoreBallots([row(1001, 7, '自评', '90')]).data?.[0]).toEqual({ subjectId: '1001', evaluatorId: '7', group: 'self', score: 90 });
    expect(readScoreBallots([row('m01', 'e1', '', '90')]).issues[0]?.code).toBe('tables.requiredCell');
  });

  it('reports rows that are not records and options of the wrong kind', () => {
    expect(readScoreBallots([row('m01', 'e1', '自评', '90'), null as never]).issues.map((issue) => [issue.code, issue.path])).toEqual([['tables.notARow', ['rows', 3]]]);
    expect(readScoreBallots([], { groups: 'peer' } as never).issues.map((issue) => issue.path)).toContainEqual(['options', 'groups']);
    expect(readScoreBallots([], { group: 3 } as never).issues.map((issue) => issue.path)).toContainEqual(['options', 'group']);
    expect(readScoreBallots(3 as never).issues[0]?.code).toBe('tables.notRows');
  });
});

describe('readScoreBallotsWide: the 测评表, one evaluator a row, one subject a column', () => {
  it('reads one ballot a filled cell, subjects by header or by the mapping', () => {
    const rows = [
      { 评价人编号: 'e1', 评价主体: '党内互评', m01: '90', m02: '' },
      { 评价人编号: 'e2', 评价主体: '党内互评', m01: 85, m02: '80.5' },
    ];
    expect(readScoreBallotsWide(rows).data).toEqual([
      { subjectId: 'm01', evaluatorId: 'e1', group: 'peer', score: 90 },
      { subjectId: 'm01', evaluatorId: 'e2', group: 'peer', score: 85 },
      { subjectId: 'm02', evaluatorId: 'e2', group: 'peer', score: 80.5 },
    ]);
    const named = readScoreBallotsWide([{ 评价人编号: 'e1', 李明: '90', 王芳: '88', 备注: '无' }], { group: 'leadership', subjects: { 李明: 'm01', ' 王芳': 'm02' } });
    expect(named.data?.map((ballot) => ballot.subjectId)).toEqual(['m01', 'm02']);
    expect(named.issues.map((issue) => [issue.code, issue.severity, issue.params.column])).toEqual([['tables.unknownColumn', 'warning', '备注']]);
  });

  it('names the row and the subject column of a bad score', () => {
    const result = readScoreBallotsWide([{ 评价人编号: 'e1', m01: '90' }, { 评价人编号: 'e2', m01: '九十' }], { group: 'peer' });
    expect(result.issues[0]?.path).toEqual(['rows', 3, 'm01']);
  });

  it('reports an empty evaluator, skips blank rows, and refuses a mapping of the wrong shape', () => {
    const result = readScoreBallotsWide([{ 评价人编号: '', m01: '90' }, { 评价人编号: '', m01: '' }, null as never], { group: 'peer' });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['tables.requiredCell', ['rows', 2, '评价人编号']],
      ['tables.notARow', ['rows', 4]],
    ]);
    expect(readScoreBallotsWide([{ 评价人编号: 'e1' }], { group: 'peer', subjects: { a: 3 } } as never).issues[0]?.path).toEqual(['options', 'subjects']);
  });
});

describe('grade ballots: 满意/基本满意/不满意, or the four tiers', () => {
  it('reads grades by label in zh-CN or en, or by code', () => {
    const rows = ['满意', '基本满意', 'Dissatisfied', 'excellent', '不合格'].map((grade, index) => ({ 被评价人编号: 'm01', 评价人编号: `p${index}`, 评价主体: '群众评议', 评价等次: grade }));
    expect(readGradeBallots(rows).data?.map((ballot) => ballot.grade)).toEqual(['satisfied', 'basicallySatisfied', 'dissatisfied', 'excellent', 'unqualified']);
  });

  it('refuses a grade the rule does not offer, naming what it does', () => {
    const result = readGradeBallots([{ 被评价人编号: 'm01', 评价人编号: 'p1', 评价主体: '群众评议', 评价等次: '优秀' }], { grades: ['satisfied', 'basicallySatisfied', 'dissatisfied'] });
    expect(result.issues[0]?.message['zh-CN']).toBe('第 2 行“评价等次”列的“优秀”不是可用的取值(可用:满意、基本满意、不满意 / satisfied, basicallySatisfied, dissatisfied)');
    expect(readGradeBallots([], { grades: ['good'] } as never).issues.map((issue) => issue.path)).toContainEqual(['options', 'grades']);
  });

  it('reads the wide 民主测评表, an empty cell being no ballot', () => {
    const result = readGradeBallotsWide([{ 评价人编号: 'p1', m01: '满意', m02: '', m03: '不满意' }, { 评价人编号: 'p2', m01: true, m02: '基本满意', m03: '满意' }], { group: 'masses' });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([['tables.unknownLabel', ['rows', 3, 'm01']]]);
  });
});
