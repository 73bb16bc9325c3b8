import { describe, expect, it } from 'vitest';
import { isoDate, phaseAt } from '../../src/schedule';
import { deepFreeze } from '../_helpers/deepFreeze';
import { CENTENARY_2021, phase } from './seedSchedules';

const phases = deepFreeze([
  phase('step-1', 'mobilization', '广泛发动,安排部署', '2010年6月'),
  phase('step-2', 'implementation', '全面争创,扎实推进', '2010年7月—2011年3月'),
  phase('step-3', 'rectificationAndCommendation', '总结整改,评选表彰', '2011年5月—2011年6月'),
]);
const at = (date: string) => {
  const position = phaseAt(phases, isoDate(date));
  return {
    status: position.status,
    phase: position.status === 'during' ? position.phase.id : undefined,
    previous: 'previous' in position ? position.previous?.id : undefined,
    next: 'next' in position ? position.next?.id : undefined,
  };
};

describe('phaseAt', () => {
  it('is before the first phase the day before it starts', () => {
    expect(at('2010-05-31')).toEqual({ status: 'before', phase: undefined, previous: undefined, next: 'step-1' });
  });

  it('counts both ends of a phase as inside it', () => {
    expect(at('2010-06-01')).toMatchObject({ status: 'during', phase: 'step-1', next: 'step-2' });
    expect(at('2010-06-30')).toMatchObject({ status: 'during', phase: 'step-1', next: 'step-2' });
    expect(at('2010-07-01')).toMatchObject({ status: 'during', phase: 'step-2', next: 'step-3' });
  });

  it('is between two phases in a gap, naming both', () => {
    expect(at('2011-04-15')).toEqual({ status: 'between', phase: undefined, previous: 'step-2', next: 'step-3' });
  });

  it('is during the last phase with nothing next, then after it', () => {
    expect(at('2011-06-30')).toEqual({ status: 'during', phase: 'step-3', previous: undefined, next: undefined });
    expect(at('2011-07-01')).toEqual({ status: 'after', phase: undefined, previous: 'step-3', next: undefined });
  });

  it('gives the phase that began last when phases overlap, and lists them all', () => {
    const position = phaseAt(CENTENARY_2021, isoDate('2021-06-15'));
    expect(position.status).toBe('during');
    if (position.status !== 'during') return;
    expect(position.phase.id).toBe('implementation');
    expect(position.phases.map((entry) => entry.id)).toEqual(['mobilization', 'implementation']);
  });

  it('takes phases by their dates, whatever order they are listed in', () => {
    const reversed = [...phases].reverse();
    for (const date of ['2010-05-31', '2010-06-15', '2011-04-15', '2011-07-01']) {
      expect(phaseAt(reversed, isoDate(date))).toEqual(phaseAt(phases, isoDate(date)));
    }
  });

  it('never finds a phase that ends before it starts', () => {
    const inverted = phase('step-3', 'benchmarking', '对标定位,晋档升级', '2012年7月—2012年6月底');
    expect(phaseAt([inverted], isoDate('2012-06-30'))).toEqual({ status: 'after' });
  });

  it('is after everything for an empty schedule', () => {
    expect(phaseAt([], isoDate('2010-01-01'))).toEqual({ status: 'after' });
  });
});

describe('phaseAt — ties', () => {
  const plain = (id: string, start: string, end: string) => ({ id, kind: 'custom' as const, title: id, start: isoDate(start), end: isoDate(end), tasks: [] });

  it('between two phases that ended the same day, names the one that began last as the previous', () => {
    const position = phaseAt([plain('long', '2010-06-01', '2010-06-30'), plain('short', '2010-06-20', '2010-06-30'), plain('next', '2010-07-10', '2010-07-31')], isoDate('2010-07-05'));
    expect(position).toMatchObject({ status: 'between', previous: { id: 'short' }, next: { id: 'next' } });
  });

  it('of two phases that begin the same day, takes the one listed last as the phase under way', () => {
    const position = phaseAt([plain('first', '2010-06-01', '2010-06-30'), plain('second', '2010-06-01', '2010-06-20'), plain('later', '2010-08-01', '2010-08-31')], isoDate('2010-06-10'));
    expect(position).toMatchObject({ status: 'during', phase: { id: 'second' }, next: { id: 'later' } });
    if (position.status === 'during') expect(position.phases.map((phase) => phase.id)).toEqual(['first', 'second']);
  });

  it('after the last phase, says so and names it', () => {
    expect(phaseAt([plain('only', '2010-06-01', '2010-06-30')], isoDate('2010-07-01'))).toMatchObject({ status: 'after', previous: { id: 'only' } });
  });
});
