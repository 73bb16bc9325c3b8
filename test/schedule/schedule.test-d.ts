import { describe, expectTypeOf, it } from 'vitest';
import type { InputIssueCode, ParseResult } from '../../src/i18n';
import {
  checkCadence,
  deadlines,
  isoDate,
  parseDatePhrase,
  phaseAt,
  planSchedule,
  validateSchedule,
  type CadenceReport,
  type DateSpan,
  type DeadlineReport,
  type IsoDate,
  type Phase,
  type PhasePosition,
  type PlannedSchedule,
  type ScheduleIssue,
  type ScheduleIssueCode,
  type ScheduleTemplate,
  type ScheduledCampaign,
} from '../../src/schedule';
import type { Campaign } from '../../src/campaign';

describe('schedule types', () => {
  it('returns readonly, typed results', () => {
    expectTypeOf(validateSchedule).returns.toEqualTypeOf<readonly ScheduleIssue[]>();
    expectTypeOf(validateSchedule).parameter(0).toEqualTypeOf<ScheduledCampaign | readonly Phase[]>();
    // A whole campaign is accepted as it is: the schedule asks only for its period and phases.
    expectTypeOf<Campaign>().toExtend<ScheduledCampaign>();
    expectTypeOf(parseDatePhrase).returns.toEqualTypeOf<ParseResult<DateSpan>>();
    expectTypeOf(phaseAt).returns.toEqualTypeOf<PhasePosition>();
    expectTypeOf(deadlines).returns.toEqualTypeOf<DeadlineReport>();
    expectTypeOf(planSchedule).returns.toEqualTypeOf<PlannedSchedule>();
    expectTypeOf(checkCadence).returns.toEqualTypeOf<CadenceReport>();
    expectTypeOf<ScheduleIssue['code']>().toEqualTypeOf<ScheduleIssueCode | InputIssueCode>();
    expectTypeOf<'schedule.overlap'>().toMatchTypeOf<ScheduleIssueCode>();
  });

  it('narrows a position by its status', () => {
    const position = phaseAt([], isoDate('2010-09-08'));
    if (position.status === 'during') expectTypeOf(position.phase).toEqualTypeOf<Phase>();
    if (position.status === 'before') expectTypeOf(position.next).toEqualTypeOf<Phase>();
    if (position.status === 'between') expectTypeOf(position.previous).toEqualTypeOf<Phase>();
    if (position.status === 'after') expectTypeOf(position.previous).toEqualTypeOf<Phase | undefined>();
  });

  it('rejects what a schedule cannot hold', () => {
    // @ts-expect-error — a plain string is not a checked IsoDate
    const unchecked: IsoDate = '2010-07-01';
    // @ts-expect-error — the kind is one of the PhaseKind codes, not the Chinese label
    const phase: Phase = { id: 'p', kind: '全面争创', title: 'P', start: isoDate('2010-07-01'), end: isoDate('2011-03-31'), tasks: [] };
    // @ts-expect-error — a template phase needs a length in days, months, or before an anchor
    const template: ScheduleTemplate = { id: 't', label: { 'zh-CN': '模板', en: 'T' }, source: 's', phases: [{ id: 'p', kind: 'custom', title: 'P', length: { weeks: 2 }, tasks: [] }] };
    // @ts-expect-error — "前" is read 'exclusive' or 'inclusive'
    parseDatePhrase('七一前', { before: 'strict' });
    // @ts-expect-error — the day to look from is required: the clock is never read
    deadlines([]);
    expectTypeOf([unchecked, phase, template]).not.toBeNever();
  });

  it('keeps phases readonly', () => {
    const phase: Phase = { id: 'p', kind: 'custom', title: 'P', start: isoDate('2010-07-01'), end: isoDate('2010-07-31'), tasks: [] };
    // @ts-expect-error — inputs are readonly
    phase.end = isoDate('2010-08-31');
    // @ts-expect-error — tasks are a readonly array
    phase.tasks.push({ id: 't', title: 'T' });
  });
});
