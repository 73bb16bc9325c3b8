import { describe, expect, it } from 'vitest';
import { rectificationStatus, type RectificationItem } from '../../src/rectification';
import { isoDate } from '../../src/schedule';
import { deepFreeze } from '../_helpers/deepFreeze';

const item = (id: string, due: string, extra: Partial<RectificationItem> = {}): RectificationItem => ({
  id,
  problem: `问题${id}`,
  source: 'massOpinion',
  measure: '措施',
  target: '目标',
  due: isoDate(due),
  ownerId: 'm01',
  status: 'open',
  processDisclosed: true,
  resultDisclosed: true,
  ...extra,
});
const done = (on: string, extra: Partial<RectificationItem> = {}): Partial<RectificationItem> => ({
  status: 'completed',
  completedOn: isoDate(on),
  verification: { on: isoDate(on), verifierId: 'm01', passed: true },
  ...extra,
});

describe('rectificationStatus — 整改目标和时限要求,落实具体责任', () => {
  it('counts completed items and 整改完成率 as an exact fraction', () => {
    const report = rectificationStatus(
      deepFreeze([item('a', '2011-05-31', done('2011-05-01')), item('b', '2011-05-31'), item('c', '2011-05-31', done('2011-05-20'))]),
      isoDate('2011-05-25'),
    );
    expect(report.completed).toBe(2);
    expect(report.completionRate).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });
    expect(report.openIds).toEqual(['b']);
    expect(report.overdue).toEqual([]);
  });

  it('时限要求: an item is overdue the day after its deadline, not on it', () => {
    const items = [item('a', '2011-05-31', { ownerId: 'm05', problem: '校门口交通秩序混乱' })];
    expect(rectificationStatus(items, isoDate('2011-05-31')).overdue).toEqual([]);
    expect(rectificationStatus(items, isoDate('2011-06-02')).overdue).toEqual([
      { itemId: 'a', ownerId: 'm05', problem: '校门口交通秩序混乱', due: '2011-05-31', daysOverdue: 2 },
    ]);
  });

  it('orders overdue items most days first, then by id', () => {
    const report = rectificationStatus([item('b', '2011-05-01'), item('c', '2011-04-01'), item('a', '2011-05-01')], isoDate('2011-06-01'));
    expect(report.overdue.map((each) => each.itemId)).toEqual(['c', 'a', 'b']);
  });

  it('整改过程向群众公示,整改结果向群众公开: lists completed items never disclosed', () => {
    const report = rectificationStatus(
      [
        item('a', '2011-05-31', done('2011-05-01', { processDisclosed: false })),
        item('b', '2011-05-31', done('2011-05-01', { resultDisclosed: false })),
        item('c', '2011-05-31', done('2011-05-01')),
        item('d', '2011-05-31', { processDisclosed: false, resultDisclosed: false }),
      ],
      isoDate('2011-06-01'),
    );
    expect(report.undisclosed).toEqual([
      { itemId: 'a', ownerId: 'm01', processUndisclosed: true, resultUndisclosed: false },
      { itemId: 'b', ownerId: 'm01', processUndisclosed: false, resultUndisclosed: true },
    ]);
  });

  it('an item completed after the day of the report is still open on that day', () => {
    const items = [item('a', '2011-05-31', done('2011-05-20'))];
    expect(rectificationStatus(items, isoDate('2011-05-19')).completed).toBe(0);
    expect(rectificationStatus(items, isoDate('2011-05-20')).completed).toBe(1);
  });

  it('counts items completed after the deadline as completed late', () => {
    expect(rectificationStatus([item('a', '2011-05-31', done('2011-06-10'))], isoDate('2011-07-01')).completedLate).toBe(1);
  });

  it('验收: lists items awaiting verification, and reopens an item that failed it', () => {
    const report = rectificationStatus(
      [
        item('a', '2011-05-31', { status: 'completed', completedOn: isoDate('2011-05-01') }),
        item('b', '2011-05-31', done('2011-05-01', { verification: { on: isoDate('2011-05-10'), verifierId: 'm01', passed: false, note: '家长仍反映作业偏多' } })),
        item('c', '2011-05-31', done('2011-05-01', { verification: { on: isoDate('2011-07-10'), verifierId: 'm01', passed: false } })),
      ],
      isoDate('2011-06-01'),
    );
    expect(report.awaitingVerificationIds).toEqual(['a', 'c']);
    expect(report.failedVerificationIds).toEqual(['b']);
    expect(report.completed).toBe(2);
    expect(report.overdue.map((each) => each.itemId)).toEqual(['b']);
  });

  it('reports inconsistent items and reused ids', () => {
    const report = rectificationStatus(
      [
        item('a', '2011-05-31', { status: 'completed' }),
        item('b', '2011-05-31', { status: 'inProgress', completedOn: isoDate('2011-05-01') }),
        item('b', '2011-05-31'),
      ],
      isoDate('2011-06-01'),
    );
    expect(report.overdue.map((each) => each.itemId)).toEqual(['b', 'b']);
    expect(report.issues.map((issue) => [issue.code, issue.path, issue.severity])).toEqual([
      ['rectification.completedWithoutDate', [0, 'completedOn'], 'warning'],
      ['rectification.dateWithoutCompletion', [1, 'completedOn'], 'warning'],
      ['rectification.duplicateId', [2, 'id'], 'error'],
    ]);
    expect(report.completed).toBe(1);
    expect(report.issues[1]?.message['zh-CN']).toBe('整改事项“b”填写了完成日期 2011-05-01,但状态不是已整改,按未完成统计');
  });

  it('reports nothing to count as a rate of null, not 0 %', () => {
    const report = rectificationStatus([], isoDate('2011-06-01'));
    expect(report.completionRate).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(report.total).toBe(0);
  });
});
