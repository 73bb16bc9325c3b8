import { describe, expect, it } from 'vitest';
import {
  isoDate,
  NAMED_DAYS,
  PARTY_CONGRESSES,
  planSchedule,
  SCHEDULE_TEMPLATES,
  TEMPLATE_FOUR_STEPS_2010,
  TEMPLATE_FUNCTIONAL_GROUPS_2022,
  TEMPLATE_NANJIAO_2010,
  validateSchedule,
  type PhaseTemplate,
  type ScheduleTemplate,
} from '../../src/schedule';
import { deepFreeze } from '../_helpers/deepFreeze';

const template = (phases: readonly PhaseTemplate[]): ScheduleTemplate => ({
  id: 't',
  label: { 'zh-CN': '模板', en: 'Template' },
  source: 'test',
  phases,
});
const spans = (plan: { readonly phases: readonly { readonly start: string; readonly end: string }[] }) =>
  plan.phases.map((phase) => [phase.start, phase.end]);

describe('planSchedule — the seeds’ templates give the seeds’ dates', () => {
  it('三步走 of the 南郊职业中学 plan from 1 June 2010', () => {
    const plan = planSchedule(deepFreeze(TEMPLATE_NANJIAO_2010), { start: isoDate('2010-06-01') });
    expect(spans(plan)).toEqual([
      ['2010-06-01', '2010-06-30'],
      ['2010-07-01', '2011-03-31'], // 2010年7月—2011年3月
      ['2011-04-01', '2011-06-30'], // 2011年4月—2011年6月
    ]);
    expect(plan.phases[0]?.tasks[0]).toEqual({ id: 'mobilization-meeting', title: '召开专题动员大会,进行安排部署', due: '2010-06-04' });
    expect(plan.phases[1]?.tasks[1]).toEqual({ id: 'striving', title: '组织创争' });
    expect(plan.issues).toEqual([]);
    expect(validateSchedule(plan.phases)).toEqual([]);
  });

  it('四步走 to the eve of the 18th congress, from 1 June 2010', () => {
    const plan = planSchedule(TEMPLATE_FOUR_STEPS_2010, { start: isoDate('2010-06-01') });
    expect(spans(plan)).toEqual([
      ['2010-06-01', '2010-06-10'], // 2010年6月上旬
      ['2010-06-11', '2011-06-30'], // 2010年6中旬—2011年6月底
      ['2011-07-01', '2012-06-30'], // 2011年7月—2012年6月底
      ['2012-07-01', '2012-11-07'], // 2012年7月—党的十八大召开前
    ]);
    expect(validateSchedule(plan.phases)).toEqual([]);
  });

  it('功能党小组 in three stages from April 2022', () => {
    const plan = planSchedule(TEMPLATE_FUNCTIONAL_GROUPS_2022, { start: isoDate('2022-04-01') });
    expect(spans(plan)).toEqual([
      ['2022-04-01', '2022-05-31'],
      ['2022-06-01', '2023-05-31'],
      ['2023-06-01', '2023-06-30'],
    ]);
  });

  it('ships the three templates', () => {
    expect(SCHEDULE_TEMPLATES.map((entry) => entry.id)).toEqual(['nanjiao-2010', 'four-steps-2010', 'functional-groups-2022']);
  });
});

describe('planSchedule — lengths and anchors', () => {
  it('ends a month-long phase at a month’s end, across February in a leap year', () => {
    const plan = planSchedule(template([{ id: 'a', kind: 'custom', title: 'A', length: { months: 1 }, tasks: [] }, { id: 'b', kind: 'custom', title: 'B', length: { months: 1 }, tasks: [] }]), {
      start: isoDate('2012-01-01'),
    });
    expect(spans(plan)).toEqual([['2012-01-01', '2012-01-31'], ['2012-02-01', '2012-02-29']]);
  });

  it('counts the month it starts in: from 21 May, two months end on 30 June (5月下旬—6月)', () => {
    const plan = planSchedule(template([{ id: 'a', kind: 'mobilization', title: '动员部署', length: { months: 2 }, tasks: [] }]), { start: isoDate('2021-05-21') });
    expect(spans(plan)).toEqual([['2021-05-21', '2021-06-30']]);
  });

  it('crosses the year end', () => {
    const plan = planSchedule(template([{ id: 'a', kind: 'custom', title: 'A', length: { months: 3 }, tasks: [] }]), { start: isoDate('2010-11-15') });
    expect(spans(plan)).toEqual([['2010-11-15', '2011-01-31']]);
  });

  it('ends a phase before the next 七一, reading “前” as everywhere', () => {
    const toJulyFirst = template([{ id: 'a', kind: 'custom', title: 'A', length: { before: { namedDay: NAMED_DAYS.partyFounding } }, tasks: [] }]);
    expect(spans(planSchedule(toJulyFirst, { start: isoDate('2021-05-21') }))).toEqual([['2021-05-21', '2021-06-30']]);
    expect(spans(planSchedule(toJulyFirst, { start: isoDate('2021-07-01') }))).toEqual([['2021-07-01', '2022-06-30']]);
    expect(spans(planSchedule(toJulyFirst, { start: isoDate('2021-06-30') }))).toEqual([['2021-06-30', '2021-06-30']]);
    expect(spans(planSchedule(toJulyFirst, { start: isoDate('2021-07-01'), before: 'inclusive' }))).toEqual([['2021-07-01', '2021-07-01']]);
  });

  it('dates a task “教师节前” at the first 教师节 after its phase starts', () => {
    const plan = planSchedule(
      template([
        {
          id: 'a',
          kind: 'implementation',
          title: '全面争创',
          length: { months: 9 },
          tasks: [{ id: 'teachers-day', title: '教师节前宣传先进事迹', due: { before: { namedDay: NAMED_DAYS.teachersDay } } }],
        },
      ]),
      { start: isoDate('2010-07-01') },
    );
    expect(plan.phases[0]?.tasks[0]?.due).toBe('2010-09-09');
    expect(plan.issues).toEqual([]);
  });
});

describe('planSchedule — what does not fit', () => {
  it('reports a congress already passed, and returns the phase ending before it starts', () => {
    const plan = planSchedule(TEMPLATE_FOUR_STEPS_2010, { start: isoDate('2012-01-01') });
    expect(plan.issues.map((issue) => [issue.code, issue.phaseId, issue.path])).toEqual([['template.anchorNotAfterStart', 'summary', ['phases', 3, 'length']]]);
    expect(plan.issues[0]?.message['zh-CN']).toBe('模板阶段“系统总结,完善机制”应在 2012-11-08 前结束,但该阶段 2014-02-01 才开始');
    const summary = plan.phases[3];
    expect(summary !== undefined && summary.end < summary.start).toBe(true);
    expect(validateSchedule(plan.phases).map((issue) => issue.code)).toContain('schedule.endBeforeStart');
  });

  it.each([0, -1, 1.5])('reports a length of %s, which is not a positive whole number', (days) => {
    const plan = planSchedule(template([{ id: 'a', kind: 'custom', title: 'A', length: { days }, tasks: [{ id: 't', title: 'T', due: { daysAfterStart: 0 } }] }]), {
      start: isoDate('2012-01-01'),
    });
    expect(plan.issues.map((issue) => issue.code)).toEqual(['template.invalidLength']);
    expect(plan.phases[0]?.end).toBe('2011-12-31');
  });

  it('reports a length of NaN as a number it cannot read, and plans nothing', () => {
    const plan = planSchedule(template([{ id: 'a', kind: 'custom', title: 'A', length: { days: Number.NaN }, tasks: [] }]), { start: isoDate('2012-01-01') });
    expect(plan.issues.map((issue) => [issue.code, issue.path])).toEqual([['input.expected', ['template', 'phases', 0, 'length', 'days']]]);
    expect(plan.phases).toEqual([]);
  });

  it('reports a month count that is not a positive whole number', () => {
    const plan = planSchedule(template([{ id: 'a', kind: 'custom', title: 'A', length: { months: 0 }, tasks: [] }]), { start: isoDate('2012-01-01') });
    expect(plan.issues.map((issue) => issue.code)).toEqual(['template.invalidLength']);
  });

  it('reports a task that falls outside its phase, and keeps its date', () => {
    const plan = planSchedule(
      template([
        {
          id: 'a',
          kind: 'custom',
          title: 'A',
          length: { days: 10 },
          tasks: [
            { id: 'late', title: '晚', due: { daysAfterStart: 10 } },
            { id: 'early', title: '早', due: { daysBeforeEnd: 10 } },
            { id: 'odd', title: '半天', due: { daysAfterStart: 0.5 } },
            { id: 'national-day', title: '国庆节前', due: { before: { namedDay: NAMED_DAYS.nationalDay } } },
          ],
        },
      ]),
      { start: isoDate('2012-01-01') },
    );
    expect(plan.issues.map((issue) => [issue.code, issue.taskId, issue.params['due']])).toEqual([
      ['template.taskOutsidePhase', 'late', '2012-01-11'],
      ['template.taskOutsidePhase', 'early', '2011-12-31'],
      ['template.taskOutsidePhase', 'odd', '0.5'],
      ['template.taskOutsidePhase', 'national-day', '2012-09-30'],
    ]);
    expect(plan.phases[0]?.tasks.map((task) => task.due)).toEqual(['2012-01-11', '2011-12-31', undefined, '2012-09-30']);
  });

  it('anchors to a congress given as data', () => {
    const nineteenth = PARTY_CONGRESSES.find((congress) => congress.ordinal === 19)!;
    const plan = planSchedule(template([{ id: 'a', kind: 'summary', title: '系统总结', length: { before: { congress: nineteenth } }, tasks: [] }]), {
      start: isoDate('2017-07-01'),
    });
    expect(spans(plan)).toEqual([['2017-07-01', '2017-10-17']]);
  });
});
