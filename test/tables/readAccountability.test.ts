import { describe, expect, it } from 'vitest';
import { rectificationStatus } from '../../src/rectification';
import { isoDate } from '../../src/schedule';
import { readCommitments, readRectificationItems } from '../../src/tables';

const commitmentRow = (overrides: Record<string, unknown> = {}) =>
  ({ 承诺编号: 'c1', 承诺层级: '党支部', 承诺主体编号: 'b1', 承诺对象: '党员、群众', 事项编号: 'i1', 承诺事项: '开展结对帮扶', 完成时限: '2024-06-30', 践诺状态: '推进中', ...overrides }) as never;

describe('readCommitments: 三级双向承诺, one item a row', () => {
  it('groups the rows of one commitment, in the order first seen', () => {
    const result = readCommitments([
      commitmentRow(),
      commitmentRow({ 承诺编号: 'c2', 承诺层级: '功能党小组', 承诺主体编号: 'g1', 承诺对象: '师生', 事项编号: 'i3', 分解自: 'i1' }),
      commitmentRow({ 事项编号: 'i2', 承诺事项: '建立党员示范岗', 完成时限: '2024年12月31日', 践诺状态: '已践诺', 践诺日期: '2024/11/20', 自定事项: '是', 佐证材料: '照片；总结' }),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.data).toEqual([
      {
        id: 'c1',
        level: 'branch',
        makerId: 'b1',
        audiences: ['members', 'masses'],
        items: [
          { id: 'i1', title: '开展结对帮扶', due: '2024-06-30', status: 'inProgress' },
          { id: 'i2', title: '建立党员示范岗', due: '2024-12-31', status: 'fulfilled', fulfilledOn: '2024-11-20', evidence: ['照片', '总结'], own: true },
        ],
      },
      { id: 'c2', level: 'group', makerId: 'g1', audiences: ['teachersStudents'], items: [{ id: 'i3', title: '开展结对帮扶', due: '2024-06-30', status: 'inProgress', decomposedFrom: 'i1' }] },
    ]);
  });

  it('reports a level, maker or audience that differs from the commitment’s first row', () => {
    const result = readCommitments([commitmentRow(), commitmentRow({ 事项编号: 'i2', 承诺层级: '党员个人', 承诺主体编号: 'm1', 承诺对象: '群众' })]);
    expect(result.issues.map((issue) => issue.path)).toEqual([
      ['rows', 3, '承诺层级'],
      ['rows', 3, '承诺主体编号'],
      ['rows', 3, '承诺对象'],
    ]);
    expect(result.issues[0]?.message['zh-CN']).toBe('第 3 行“承诺层级”列的“党员个人”与同一承诺第 2 行的“党支部”不一致');
  });

  it('reads dates as text in several spellings, as UTC date cells and as Excel day numbers', () => {
    const due = (cell: unknown) => readCommitments([commitmentRow({ 完成时限: cell })]).data?.[0]?.items[0]?.due;
    expect(due('2024/6/30')).toBe('2024-06-30');
    expect(due('2024.6.30')).toBe('2024-06-30');
    expect(due('２０２４年６月３０日')).toBe('2024-06-30');
    expect(due(new Date(Date.UTC(2024, 5, 30)))).toBe('2024-06-30');
    expect(due(45473)).toBe('2024-06-30');
    expect(due(1)).toBe('1900-01-01');
    expect(due(59)).toBe('1900-02-28');
    expect(due(61)).toBe('1900-03-01');
  });

  it.each([['2024-02-30'], ['6月30日'], ['明年'], [60], [45473.5], [new Date(Number.NaN)], [true], [new Date(Date.UTC(10000, 0, 1))]])('reports %j as not a date', (cell) => {
    const result = readCommitments([commitmentRow({ 完成时限: cell })]);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([['tables.notADate', ['rows', 2, '完成时限']]]);
  });

  it('reports an empty due date, a yes-or-no cell that is neither, and an unknown status', () => {
    const result = readCommitments([commitmentRow({ 完成时限: '', 自定事项: '也许', 践诺状态: '差不多' })]);
    expect(result.issues.map((issue) => issue.code)).toEqual(['tables.requiredCell', 'tables.unknownLabel', 'tables.notABoolean']);
    expect(result.issues[2]?.message['zh-CN']).toBe('第 2 行“自定事项”列的“也许”应为“是”或“否”');
  });
});

const rectificationRow = (overrides: Record<string, unknown> = {}) =>
  ({
    整改编号: 'r1',
    存在问题: '学习不够深入',
    问题来源: '民主评议',
    整改措施: '每月集中学习',
    整改目标: '形成学习制度',
    完成时限: '2024-06-30',
    责任人编号: 'm01',
    整改状态: '已整改',
    整改过程已公示: '是',
    整改结果已公开: '否',
    完成日期: '2024/6/15',
    ...overrides,
  }) as never;

describe('readRectificationItems: 整改 items, one a row', () => {
  it('reads labels, yes-or-no cells and dates into items rectificationStatus reads', () => {
    const result = readRectificationItems([rectificationRow(), rectificationRow({ 整改编号: 'r2', 问题来源: 'inspection', 整改状态: '整改中', 整改过程已公示: true, 整改结果已公开: 0, 完成日期: '' })]);
    expect(result.data?.[0]).toEqual({
      id: 'r1', problem: '学习不够深入', source: 'evaluation', measure: '每月集中学习', target: '形成学习制度',
      due: '2024-06-30', ownerId: 'm01', status: 'completed', processDisclosed: true, resultDisclosed: false, completedOn: '2024-06-15',
    });
    expect(result.data?.[1]).toMatchObject({ source: 'inspection', status: 'inProgress', processDisclosed: true, resultDisclosed: false });
    expect(result.data?.[1]).not.toHaveProperty('completedOn');
    const report = rectificationStatus(result.data!, isoDate('2024-07-01'));
    expect(report.undisclosed.map((item) => item.itemId)).toEqual(['r1']);
  });

  it('reports a duplicate id, an empty disclosure cell and an unknown source, at their rows', () => {
    const result = readRectificationItems([rectificationRow(), rectificationRow({ 问题来源: '上级通报', 整改结果已公开: '' })]);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['tables.duplicateKey', ['rows', 3, '整改编号']],
      ['tables.unknownLabel', ['rows', 3, '问题来源']],
      ['tables.requiredCell', ['rows', 3, '整改结果已公开']],
    ]);
  });

  it('reads English headers and yes/no words', () => {
    const result = readRectificationItems([
      { 'Rectification ID': 'r1', Problem: 'p', Source: 'Self-examination', Measure: 'm', Target: 't', Due: '2024-06-30', 'Owner ID': 'o', 'Rectification status': 'Open', 'Process disclosed': 'yes', 'Result disclosed': 'No' },
    ]);
    expect(result.data?.[0]).toMatchObject({ source: 'selfExamination', status: 'open', processDisclosed: true, resultDisclosed: false });
  });
});
