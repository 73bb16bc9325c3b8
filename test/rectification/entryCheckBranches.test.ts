import { describe, expect, it } from 'vitest';
import { rectificationStatus, rectifyUnqualified, type RectificationItem } from '../../src/rectification';
import type { IsoDate } from '../../src/schedule';
import { isoDate } from '../../src/schedule';

const read = (issues: readonly { code: string; path: readonly (string | number)[]; message: { 'zh-CN': string } }[]) =>
  issues.map((issue) => [issue.code, issue.path.join('.'), issue.message['zh-CN']]);
const cast = <T>(value: unknown) => value as T;

const item: RectificationItem = {
  id: 'r1', problem: '作业负担过重', source: 'massOpinion', measure: '……', target: '……', ownerId: 'm02', due: isoDate('2011-05-31'),
  status: 'completed', completedOn: isoDate('2011-05-10'), processDisclosed: true, resultDisclosed: true,
};

describe('rectificationStatus checks the date and each item at entry', () => {
  it('reports a missing asOf and counts nothing', () => {
    const report = rectificationStatus([item], cast<IsoDate>(undefined));
    expect(read(report.issues).map(([code, path]) => [code, path])).toEqual([['input.missing', 'asOf']]);
    expect(report.total).toBe(0);
    expect(report.asOf).toBe('');
  });

  it('reports an asOf given as a number and shows no date in the report', () => {
    const report = rectificationStatus([item], cast<IsoDate>(20110601));
    expect(read(report.issues).map(([code, path]) => [code, path])).toEqual([['input.expected', 'asOf']]);
    expect(report.asOf).toBe('');
  });

  it('reports an item without a due date and one whose completion date is not a date, and leaves both out', () => {
    const report = rectificationStatus(
      cast<RectificationItem[]>([{ ...item, id: 'r2', due: undefined }, { ...item, id: 'r3', completedOn: '2011-02-30' }, item]),
      isoDate('2011-06-01'),
    );
    expect(read(report.issues).map(([code, path]) => [code, path])).toEqual([
      ['input.missing', '0.due'],
      ['input.expected', '1.completedOn'],
    ]);
    expect(report.issues[1]?.message['zh-CN']).toMatch(/应为YYYY-MM-DD 格式的日期,实际为文本“2011-02-30”$/);
    expect(report.total).toBe(1);
    expect(report.completed).toBe(1);
  });

  it('after 100 input problems, skips further items that are null without an issue each', () => {
    const report = rectificationStatus(cast<RectificationItem[]>(Array.from({ length: 120 }, () => null)), isoDate('2011-06-01'));
    expect(report.issues).toHaveLength(100);
    expect(report.issues.at(-1)?.path).toEqual([99]);
    expect(report.total).toBe(0);
  });
});

describe('rectifyUnqualified checks the decision date and the options at entry', () => {
  const unqualified = { memberId: 'm11', tier: 'unqualified' } as const;
  it('reports a missing decision date and makes no item', () => {
    const result = rectifyUnqualified(unqualified, cast<IsoDate>(undefined));
    expect(result.item).toBeUndefined();
    expect(read(result.issues).map(([code, path]) => [code, path])).toEqual([['input.missing', 'decidedOn']]);
  });

  it('reports options that are null and makes no item', () => {
    const result = rectifyUnqualified(unqualified, isoDate('2011-01-10'), cast(null));
    expect(result.item).toBeUndefined();
    expect(read(result.issues).map(([code, path]) => [code, path])).toEqual([['input.expected', 'options']]);
    expect(result.issues[0]?.message['zh-CN']).toMatch(/应为对象,实际为空值 null$/);
  });
});
