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

describe('deadlines — each list by due date, whatever order the plan lists its tasks in', () => {
  const task = (id: string, due: string, done?: string) => ({ id, title: id, due: isoDate(due), ...(done === undefined ? {} : { done: isoDate(done) }) });
  const plan: readonly Phase[] = [
    {
      id: 'p',
      kind: 'custom',
      title: 'p',
      start: isoDate('2010-06-01'),
      end: isoDate('2010-12-31'),
      tasks: [
        task('up-later', '2010-09-10'),
        task('up-sooner', '2010-09-05'),
        task('over-later', '2010-08-20'),
        task('over-sooner', '2010-08-10'),
        task('late-later', '2010-07-20', '2010-07-25'),
        task('late-sooner', '2010-07-10', '2010-07-15'),
        task('done-today', '2010-08-30', '2010-09-01'),
      ],
    },
  ];

  it('sorts the upcoming, the overdue and those done late by due date; a task done on the day counts as done', () => {
    const report = deadlines(plan, isoDate('2010-09-01'));
    expect(ids(report.upcoming)).toEqual([['up-sooner', 4], ['up-later', 9]]);
    expect(ids(report.overdue)).toEqual([['over-sooner', 22], ['over-later', 12]]);
    expect(ids(report.doneLate)).toEqual([['late-sooner', 5], ['late-later', 5], ['done-today', 2]]);
  });
});
