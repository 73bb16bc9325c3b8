import { describe, expect, it } from 'vitest';
import { deadlines, DEFAULT_DEADLINES_OPTIONS, InvalidInputError, isoDate, type Phase } from '../../src/schedule';
import { deepFreeze } from '../_helpers/deepFreeze';

const phases: readonly Phase[] = deepFreeze([
  {
    id: 'step-1',
    kind: 'mobilization',
    title: '广泛发动,安排部署',
    start: isoDate('2010-06-01'),
    end: isoDate('2010-07-04'),
    tasks: [
      { id: 'meeting', title: '召开专题动员大会', due: isoDate('2010-06-04'), done: isoDate('2010-06-04') },
      { id: 'plan', title: '制定活动方案', due: isoDate('2010-07-04'), done: isoDate('2010-09-08') },
      { id: 'study', title: '组织学习', due: isoDate('2010-07-04') },
    ],
  },
  {
    id: 'step-2',
    kind: 'implementation',
    title: '全面争创,扎实推进',
    start: isoDate('2010-07-01'),
    end: isoDate('2011-03-31'),
    tasks: [
      { id: 'teachers-day', title: '教师节前宣传先进事迹', due: isoDate('2010-09-09') },
      { id: 'pledges', title: '申报承诺', due: isoDate('2010-09-22') },
      { id: 'today', title: '今日到期', due: isoDate('2010-09-08') },
      { id: 'later', title: '组织评议', due: isoDate('2011-03-31') },
      { id: 'open', title: '组织创争' },
    ],
  },
]);
const ids = (list: readonly { readonly task: { readonly id: string }; readonly days: number }[]) => list.map((entry) => [entry.task.id, entry.days]);

describe('deadlines', () => {
  it('lists what is due within two weeks, overdue, and done late, as of the day the plan was signed', () => {
    const report = deadlines(phases, isoDate('2010-09-08'));
    expect(ids(report.upcoming)).toEqual([['today', 0], ['teachers-day', 1], ['pledges', 14]]);
    expect(ids(report.overdue)).toEqual([['study', 66]]);
    expect(ids(report.doneLate)).toEqual([['plan', 66]]);
    expect(report.upcoming[0]?.phaseId).toBe('step-2');
    expect(report.overdue[0]?.due).toBe('2010-07-04');
  });

  it('looks as far ahead as asked, the last day included', () => {
    expect(DEFAULT_DEADLINES_OPTIONS.withinDays).toBe(14);
    expect(ids(deadlines(phases, isoDate('2010-09-08'), { withinDays: 13 }).upcoming)).toEqual([['today', 0], ['teachers-day', 1]]);
    expect(ids(deadlines(phases, isoDate('2010-09-08'), { withinDays: 0 }).upcoming)).toEqual([['today', 0]]);
  });

  it('counts a task done only from the day it was done, so a past day gets that day’s answer', () => {
    const before = deadlines(phases, isoDate('2010-08-01'));
    expect(ids(before.overdue)).toEqual([['plan', 28], ['study', 28]]);
    expect(before.doneLate).toEqual([]);
  });

  it('does not list a task done on time or early', () => {
    const report = deadlines(phases, isoDate('2010-06-04'));
    expect(report.doneLate).toEqual([]);
    expect(ids(report.overdue)).toEqual([]);
  });

  it('refuses a negative or fractional look-ahead with InvalidInputError naming the option', () => {
    expect(() => deadlines(phases, isoDate('2010-09-08'), { withinDays: -1 })).toThrow(InvalidInputError);
    expect(() => deadlines(phases, isoDate('2010-09-08'), { withinDays: 1.5 })).toThrow(InvalidInputError);
  });

  it('counts days across a leap day', () => {
    const leap: Phase = { id: 'p', kind: 'custom', title: 'P', start: isoDate('2012-02-01'), end: isoDate('2012-03-31'), tasks: [{ id: 't', title: 'T', due: isoDate('2012-03-01') }] };
    expect(ids(deadlines([leap], isoDate('2012-02-28')).upcoming)).toEqual([['t', 2]]);
    expect(ids(deadlines([leap], isoDate('2012-03-02')).overdue)).toEqual([['t', 1]]);
  });
});
