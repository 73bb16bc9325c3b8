import { describe, expect, it } from 'vitest';
import {
  checkCadence,
  deadlines,
  DEFAULT_CADENCE_RULES,
  DEFAULT_CHECK_CADENCE_OPTIONS,
  DEFAULT_DATE_PHRASE_OPTIONS,
  isoDate,
  namedDayIn,
  parseDatePhrase,
  phaseAt,
  planSchedule,
  SCHEDULE_TEMPLATES,
  TEMPLATE_NANJIAO_2010,
  validateSchedule,
  type Phase,
} from '../../src/schedule';
import { leafPaths, wrongAt, type ValuePath } from '../_helpers/wrongAtEveryPath';

// A schedule, a template, a cadence rule or the options of a date phrase stored as JSON, wrong in
// one place: whichever text, number or boolean is of the wrong kind, the function says so at
// exactly that path (`['template', 'phases', 1, 'tasks', 0, 'due', 'daysAfterStart']`), without
// throwing anything but the documented `InvalidInputError`.

/** The issues of a call: those it returns, or those of the `InvalidInputError` it throws. */
function issuesOf(call: () => unknown): readonly { readonly path: ValuePath }[] {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if ((error as Error).name !== 'InvalidInputError') throw error;
    return (error as { issues: readonly { path: ValuePath }[] }).issues;
  }
  if (Array.isArray(result)) return result as { path: ValuePath }[];
  return ((result as { issues?: readonly { path: ValuePath }[] }).issues ?? []) as { path: ValuePath }[];
}

/**
 * For every argument and every leaf inside it, the paths the call reported with that leaf of the
 * wrong kind that are the leaf's own path (`prefix` names where the argument's paths start):
 * must be exactly the leaf's path, once.
 */
function unreported<Args extends Record<string, unknown>>(args: Args, prefix: { readonly [K in keyof Args]: ValuePath }, call: (args: Args) => unknown): string[] {
  const missed: string[] = [];
  for (const name of Object.keys(args) as (keyof Args & string)[]) {
    for (const path of leafPaths(args[name])) {
      const wrong = { ...args, [name]: wrongAt(args[name], path) };
      const expected = [...prefix[name], ...path].join('.');
      const found = issuesOf(() => call(wrong)).map((issue) => issue.path.join('.'));
      if (!found.includes(expected)) missed.push(`${expected} (found: ${found.join(' | ') || 'nothing'})`);
    }
  }
  return missed;
}

const PHASES: readonly Phase[] = (() => {
  const planned = planSchedule(TEMPLATE_NANJIAO_2010, { start: isoDate('2010-06-01') }).phases;
  const [first, ...rest] = planned;
  // A task that was done, so that `done` is checked too.
  const task = { ...first!.tasks[0]!, done: isoDate('2010-06-20') };
  return [{ ...first!, tasks: [task, ...first!.tasks.slice(1)] }, ...rest];
})();

describe('a value of the wrong kind anywhere is reported at its path', () => {
  it.each(SCHEDULE_TEMPLATES.map((template) => [template.id, template] as const))('planSchedule, template %s and its options', (_, template) => {
    const args = { template, options: { start: isoDate('2010-06-01'), before: 'exclusive' } };
    expect(unreported(args, { template: ['template'], options: ['options'] }, (a) => planSchedule(a.template as never, a.options as never))).toEqual([]);
  });

  it('parseDatePhrase, its text and every option (the named days and the Party congresses included)', () => {
    const args = { text: '国庆前', options: { ...DEFAULT_DATE_PHRASE_OPTIONS, year: 2015 } };
    expect(unreported(args, { text: ['text'], options: ['options'] }, (a) => parseDatePhrase(a.text as never, a.options as never))).toEqual([]);
  });

  it('checkCadence, its events, rules, period and options (the semesters included)', () => {
    const args = {
      events: [{ kind: 'jointMeeting', date: isoDate('2010-09-03'), id: 'e1' }],
      rules: DEFAULT_CADENCE_RULES,
      period: { start: isoDate('2010-09-01'), end: isoDate('2011-08-31') },
      options: DEFAULT_CHECK_CADENCE_OPTIONS,
    };
    const prefix = { events: ['events'], rules: ['rules'], period: ['period'], options: ['options'] };
    expect(unreported(args, prefix, (a) => checkCadence(a.events as never, a.rules as never, a.period as never, a.options as never))).toEqual([]);
  });

  it('validateSchedule, a list of phases, a campaign and the options', () => {
    expect(unreported({ phases: PHASES }, { phases: [] }, (a) => validateSchedule(a.phases as never))).toEqual([]);
    const campaign = { phases: PHASES, period: { start: isoDate('2010-06-01'), end: isoDate('2011-06-30') } };
    expect(unreported({ campaign }, { campaign: [] }, (a) => validateSchedule(a.campaign as never))).toEqual([]);
    const options = { period: { start: isoDate('2010-06-01'), end: isoDate('2011-06-30') }, minPhaseDays: { mobilization: 7 } };
    expect(unreported({ options }, { options: ['options'] }, (a) => validateSchedule(PHASES, a.options as never))).toEqual([]);
  });

  it('namedDayIn, its day and its year', () => {
    expect(unreported({ namedDay: { month: 9, day: 10 }, year: 2010 }, { namedDay: ['namedDay'], year: ['year'] }, (a) => namedDayIn(a.namedDay as never, a.year as never))).toEqual([]);
  });

  it('phaseAt and deadlines, their phases, date and options', () => {
    expect(unreported({ phases: PHASES, date: isoDate('2010-07-01') }, { phases: ['phases'], date: ['date'] }, (a) => phaseAt(a.phases as never, a.date as never))).toEqual([]);
    const args = { phases: PHASES, asOf: isoDate('2010-07-01'), options: { withinDays: 14 } };
    expect(unreported(args, { phases: ['phases'], asOf: ['asOf'], options: ['options'] }, (a) => deadlines(a.phases as never, a.asOf as never, a.options as never))).toEqual([]);
  });
});
