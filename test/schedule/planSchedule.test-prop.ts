import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import {
  addDays,
  isoDate,
  planSchedule,
  TEMPLATE_FOUR_STEPS_2010,
  TEMPLATE_FUNCTIONAL_GROUPS_2022,
  TEMPLATE_NANJIAO_2010,
  validateSchedule,
  type IsoDate,
  type PhaseTemplate,
  type ScheduleTemplate,
} from '../../src/schedule';
import { deepFreeze } from '../_helpers/deepFreeze';

/** Any day from 1990 to 2100, built from UTC parts so the generator itself ignores the time zone. */
const anyDay = fc.integer({ min: 0, max: 40_000 }).map((offset) => addDays(isoDate('1990-01-01'), offset));
const firstOfMonth = fc.record({ year: fc.integer({ min: 1990, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) }).map(({ year, month }) =>
  isoDate(`${year}-${String(month).padStart(2, '0')}-01`),
);

/** A phase template of whole days or months, with tasks that fit whatever day it starts on. */
const phaseTemplate = fc.oneof(
  fc.integer({ min: 1, max: 400 }).chain((days) =>
    fc.array(fc.integer({ min: 0, max: days - 1 }), { maxLength: 3 }).map((offsets): PhaseTemplate => ({
      id: '',
      kind: 'custom',
      title: `${days}天`,
      length: { days },
      tasks: offsets.map((offset, index) => ({ id: `t${index}`, title: '任务', due: index % 2 === 0 ? { daysAfterStart: offset } : { daysBeforeEnd: offset } })),
    })),
  ),
  fc.integer({ min: 1, max: 24 }).map((months): PhaseTemplate => ({
    id: '',
    kind: 'custom',
    title: `${months}个月`,
    length: { months },
    tasks: [{ id: 't0', title: '月末任务', due: { daysBeforeEnd: 0 } }, { id: 't1', title: '首日任务', due: { daysAfterStart: 0 } }],
  })),
);
const template = fc.array(phaseTemplate, { minLength: 1, maxLength: 6 }).map(
  (phases): ScheduleTemplate => ({
    id: 'random',
    label: { 'zh-CN': '随机模板', en: 'Random template' },
    source: 'fast-check',
    phases: phases.map((phase, index) => ({ ...phase, id: `p${index}`, tasks: phase.tasks.map((task) => ({ ...task, id: `p${index}-${task.id}` })) })),
  }),
);

test.prop([template, anyDay])('a schedule planned from a template validates clean, its phases touching', (random, start) => {
  const plan = planSchedule(deepFreeze(random), { start });
  expect(plan.issues).toEqual([]);
  expect(validateSchedule(plan.phases)).toEqual([]);
  expect(plan.phases[0]?.start).toBe(start);
  plan.phases.slice(1).forEach((phase, index) => expect(phase.start).toBe(addDays(plan.phases[index]!.end, 1)));
});

test.prop([firstOfMonth])('the seeds’ relative templates plan clean from the first of any month', (start) => {
  for (const shipped of [TEMPLATE_NANJIAO_2010, TEMPLATE_FUNCTIONAL_GROUPS_2022]) {
    const plan = planSchedule(shipped, { start });
    expect(plan.issues).toEqual([]);
    expect(validateSchedule(plan.phases)).toEqual([]);
  }
});

test.prop([fc.integer({ min: 0, max: 900 }).map((offset) => addDays(isoDate('2008-01-01'), offset))])(
  'the four steps to the 18th congress plan clean from any day of 2008 to mid-2010',
  (start) => {
    const plan = planSchedule(TEMPLATE_FOUR_STEPS_2010, { start });
    expect(plan.issues).toEqual([]);
    expect(validateSchedule(plan.phases)).toEqual([]);
    expect(plan.phases.at(-1)?.end).toBe('2012-11-07');
  },
);

test.prop([anyDay, fc.integer({ min: 1, max: 60 })])('a phase of n months ends where UTC arithmetic says the month ends', (start, months) => {
  const [phase] = planSchedule(
    { id: 't', label: { 'zh-CN': '模板', en: 'Template' }, source: 'test', phases: [{ id: 'p', kind: 'custom', title: 'P', length: { months }, tasks: [] }] },
    { start },
  ).phases;
  const [year, month] = start.split('-').map(Number) as [number, number];
  const expected = new Date(Date.UTC(year, month - 1 + months, 0)).toISOString().slice(0, 10) as IsoDate;
  expect(phase?.end).toBe(expected);
});
