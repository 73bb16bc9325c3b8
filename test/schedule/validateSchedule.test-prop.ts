import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { addDays, daysBetween, isoDate, validateSchedule, type Phase } from '../../src/schedule';
import { deepFreeze } from '../_helpers/deepFreeze';

const origin = isoDate('2011-12-15');
/** Phases laid end to end from random lengths: a sound schedule. */
const contiguous = fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 2, maxLength: 6 }).map((lengths) => {
  let start = origin;
  return lengths.map((length, index): Phase => {
    const phase: Phase = { id: `p${index}`, kind: 'custom', title: `阶段${index}`, start, end: addDays(start, length - 1), tasks: [] };
    start = addDays(phase.end, 1);
    return phase;
  });
});

const lengthOf = (phase: Phase) => daysBetween(phase.end, phase.start) + 1;

test.prop([contiguous])('phases that touch are sound', (phases) => {
  expect(validateSchedule(deepFreeze(phases))).toEqual([]);
});

test.prop([contiguous, fc.nat(), fc.integer({ min: 1, max: 30 })])('moving a phase’s start back makes exactly one overlap, of that many days', (phases, pick, days) => {
  const index = 1 + (pick % (phases.length - 1));
  const previous = phases[index - 1]!;
  fc.pre(days <= lengthOf(previous));
  const moved = phases.map((phase, at) => (at === index ? { ...phase, start: addDays(phase.start, -days) } : phase));
  const issues = validateSchedule(moved);
  expect(issues.map((issue) => [issue.code, issue.phaseId, issue.params['otherTitle'], issue.params['days']])).toEqual([
    ['schedule.overlap', phases[index]!.id, previous.title, days],
  ]);
});

test.prop([contiguous, fc.nat(), fc.integer({ min: 1, max: 30 })])('moving a phase’s start forward makes exactly one gap, of that many days', (phases, pick, days) => {
  const index = 1 + (pick % (phases.length - 1));
  const target = phases[index]!;
  fc.pre(days < lengthOf(target));
  const moved = phases.map((phase, at) => (at === index ? { ...phase, start: addDays(phase.start, days) } : phase));
  const issues = validateSchedule(moved);
  expect(issues.map((issue) => [issue.code, issue.phaseId, issue.params['days']])).toEqual([['schedule.gap', target.id, days]]);
});
