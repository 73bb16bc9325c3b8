import { assertInput, type InputIssues } from '../core/input';
import type { IsoDate } from '../core/isoDate';
import { checkPhasesShape, expectDate } from './checkPhasesShape';
import type { Phase, PhasePosition } from './types';

/**
 * Where a date falls in a schedule: `before` the first phase, `during` a phase, `between` two
 * phases (in a gap), or `after` the last. Phases are taken by their dates, whatever order they are
 * listed in; both ends of a phase belong to it. A phase whose end is before its start has no days
 * and is never found ({@link validateSchedule} reports it). When phases overlap, `phase` is the
 * one that began last (it has taken over) and `phases` lists them all.
 *
 * @param phases - the phases. Not modified.
 * @param date - the day to place.
 * @returns the position, with the phase under way, the previous and the next one as they apply.
 *   With no phases, every date is `after`: nothing is left to come.
 * @throws {@link InvalidInputError} (a `TypeError`) when `phases` is not a list of phases as `Phase`
 *   says (each with a text `id`, `kind`, `title`, `YYYY-MM-DD` dates `start` and `end`, a list of
 *   `tasks`) or `date` is not a `YYYY-MM-DD` calendar date; its `issues` name each field.
 *
 * @example
 * ```ts
 * import { isoDate, phaseAt } from 'cxzy/schedule';
 * const phases = [
 *   { id: 'step-1', kind: 'mobilization', title: '广泛发动,安排部署', start: isoDate('2010-06-01'), end: isoDate('2010-06-30'), tasks: [] },
 *   { id: 'step-2', kind: 'implementation', title: '全面争创,扎实推进', start: isoDate('2010-07-01'), end: isoDate('2011-03-31'), tasks: [] },
 * ] as const;
 * phaseAt(phases, isoDate('2010-09-08')).status; // 'during'
 * const position = phaseAt(phases, isoDate('2010-06-30'));
 * position.status === 'during' && position.next?.id; // 'step-2'
 * phaseAt(phases, isoDate('2011-04-01')).status; // 'after'
 * ```
 */
export function phaseAt(phases: readonly Phase[], date: IsoDate): PhasePosition {
  const issues: InputIssues = [];
  checkPhasesShape(phases, ['phases'], issues);
  expectDate(date, ['date'], issues);
  assertInput(issues);
  const byStart = phases
    .map((phase, index) => ({ phase, index }))
    .filter(({ phase }) => phase.start <= phase.end)
    .sort((a, b) => (a.phase.start < b.phase.start ? -1 : a.phase.start > b.phase.start ? 1 : a.index - b.index))
    .map(({ phase }) => phase);
  const containing = byStart.filter((phase) => phase.start <= date && date <= phase.end);
  const next = byStart.find((phase) => phase.start > date);
  const current = containing.at(-1);
  if (current !== undefined) {
    return next === undefined
      ? { status: 'during', phase: current, phases: containing }
      : { status: 'during', phase: current, phases: containing, next };
  }
  let previous: Phase | undefined;
  for (const phase of byStart) if (phase.end < date && (previous === undefined || phase.end >= previous.end)) previous = phase;
  if (previous === undefined) return next === undefined ? { status: 'after' } : { status: 'before', next };
  return next === undefined ? { status: 'after', previous } : { status: 'between', previous, next };
}
