import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { addDays, isoDate, phaseAt, type IsoDate, type Phase } from '../../src/schedule';
import { deepFreeze } from '../_helpers/deepFreeze';

const origin = isoDate('2012-01-20');
/** Up to six phases over about three months around a leap day: touching, overlapping, apart, inverted. */
const schedule = fc.array(fc.tuple(fc.integer({ min: 0, max: 90 }), fc.integer({ min: -3, max: 40 })), { maxLength: 6 }).map((spans) =>
  spans.map(([offset, length], index): Phase => ({
    id: `p${index}`,
    kind: 'custom',
    title: `阶段${index}`,
    start: addDays(origin, offset),
    end: addDays(origin, offset + length),
    tasks: [],
  })),
);

/** The same question answered by looking at every day, the slow and obvious way. */
function bruteForce(phases: readonly Phase[], date: IsoDate) {
  const days = (phase: Phase) => {
    const list: IsoDate[] = [];
    for (let day = phase.start; day <= phase.end; day = addDays(day, 1)) list.push(day);
    return list;
  };
  const inside = phases.filter((phase) => days(phase).includes(date));
  const hasDays = phases.filter((phase) => days(phase).length > 0);
  const started = hasDays.filter((phase) => days(phase).some((day) => day <= date));
  const ended = hasDays.filter((phase) => days(phase).every((day) => day < date));
  const upcoming = hasDays.filter((phase) => days(phase).every((day) => day > date));
  if (inside.length > 0) return 'during';
  if (started.length === 0) return upcoming.length > 0 ? 'before' : 'after';
  return upcoming.length > 0 && ended.length > 0 ? 'between' : 'after';
}

test.prop([schedule, fc.integer({ min: -5, max: 140 })])('phaseAt agrees with a scan of every day', (phases, offset) => {
  const date = addDays(origin, offset);
  const position = phaseAt(deepFreeze(phases), date);
  expect(position.status).toBe(bruteForce(phases, date));
  if (position.status === 'during') {
    expect(position.phases.every((phase) => phase.start <= date && date <= phase.end)).toBe(true);
    expect(position.phases).toContain(position.phase);
  }
  if ('next' in position && position.next !== undefined) {
    expect(position.next.start > date).toBe(true);
    const earlier = phases.filter((phase) => phase.start <= phase.end && phase.start > date && phase.start < position.next!.start);
    expect(earlier).toEqual([]);
  }
});
