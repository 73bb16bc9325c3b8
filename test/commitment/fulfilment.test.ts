import { describe, expect, it } from 'vitest';
import { fulfilment, type Commitment, type CommitmentItem } from '../../src/commitment';
import { isoDate } from '../../src/schedule';
import { deepFreeze } from '../_helpers/deepFreeze';
import { SEED_COMMITMENTS } from './seedCommitments';

const item = (id: string, due: string, extra: Partial<CommitmentItem> = {}): CommitmentItem => ({
  id,
  title: id,
  due: isoDate(due),
  status: 'pending',
  ...extra,
});
const member = (makerId: string, items: CommitmentItem[]): Commitment => ({ id: `${makerId}-c`, level: 'member', makerId, audiences: ['group', 'masses'], items });

describe('fulfilment — 践诺情况', () => {
  it('tallies the seed’s three levels on 2011-02-01', () => {
    const result = fulfilment(deepFreeze(SEED_COMMITMENTS), isoDate('2011-02-01'));
    expect(result.byLevel.branch).toEqual({
      items: 3, fulfilled: 0, fulfilledLate: 0, overdue: 0, notYetDue: 3,
      rate: { numerator: 0, denominator: 0, value: null },
    });
    expect(result.byLevel.group.fulfilled).toBe(2);
    expect(result.byLevel.member).toEqual({
      items: 3, fulfilled: 2, fulfilledLate: 1, overdue: 1, notYetDue: 0,
      rate: { numerator: 2, denominator: 3, value: 2 / 3 },
    });
    expect(result.overall.rate).toEqual({ numerator: 4, denominator: 5, value: 0.8 });
    expect(result.overdue.map((each) => [each.makerId, each.itemId, each.daysLate])).toEqual([['m2', 'm2-help', 17]]);
    expect(result.fulfilledLate.map((each) => [each.itemId, each.fulfilledOn, each.daysLate])).toEqual([['m3-home', '2011-01-20', 5]]);
    expect(result.issues).toEqual([]);
  });

  it('orders makers by level, then id', () => {
    const result = fulfilment(SEED_COMMITMENTS, isoDate('2011-02-01'));
    expect(result.byMaker.map((maker) => `${maker.level}:${maker.makerId}`)).toEqual([
      'branch:school-branch', 'group:moral', 'group:safety', 'group:teaching', 'member:m1', 'member:m2', 'member:m3',
    ]);
  });

  it('办结时限 includes its last day: an item due today is not overdue', () => {
    const result = fulfilment([member('m', [item('a', '2011-01-15')])], isoDate('2011-01-15'));
    expect(result.overall.overdue).toBe(0);
    expect(fulfilment([member('m', [item('a', '2011-01-15')])], isoDate('2011-01-16')).overdue[0]?.daysLate).toBe(1);
  });

  it('an item fulfilled after the day of the tally is not yet fulfilled on that day', () => {
    const commitments = [member('m', [item('a', '2011-01-15', { status: 'fulfilled', fulfilledOn: isoDate('2011-01-10') })])];
    expect(fulfilment(commitments, isoDate('2011-01-09')).overall.fulfilled).toBe(0);
    expect(fulfilment(commitments, isoDate('2011-01-10')).overall.fulfilled).toBe(1);
  });

  it('counts the items of one maker over several commitments together', () => {
    const result = fulfilment(
      [member('m', [item('a', '2011-01-01')]), { ...member('m', [item('b', '2012-01-01')]), id: 'second' }],
      isoDate('2011-06-01'),
    );
    expect(result.byMaker).toHaveLength(1);
    expect(result.byMaker[0]?.tally.items).toBe(2);
  });

  it('reports an item fulfilled without a date, and counts it as fulfilled on time', () => {
    const result = fulfilment([member('m', [item('a', '2011-01-15', { status: 'fulfilled' })])], isoDate('2011-03-01'));
    expect(result.overall.rate.value).toBe(1);
    expect(result.issues.map((issue) => [issue.code, issue.path, issue.severity])).toEqual([
      ['commitment.fulfilledWithoutDate', [0, 'items', 0, 'fulfilledOn'], 'warning'],
    ]);
  });

  it('reports a date on an item not marked fulfilled, and counts it as not fulfilled', () => {
    const result = fulfilment([member('m', [item('a', '2011-01-15', { status: 'inProgress', fulfilledOn: isoDate('2011-01-01') })])], isoDate('2011-03-01'));
    expect(result.overall.overdue).toBe(1);
    expect(result.issues[0]?.message['zh-CN']).toBe('承诺事项“a”填写了践诺日期 2011-01-01,但状态不是已践诺,按未践诺统计');
  });

  it('orders overdue items most days late first, then by commitment and item id', () => {
    const result = fulfilment(
      [member('b', [item('x', '2011-01-10'), item('y', '2011-01-01')]), member('a', [item('z', '2011-01-10')])],
      isoDate('2011-02-01'),
    );
    expect(result.overdue.map((each) => each.itemId)).toEqual(['y', 'z', 'x']);
  });

  it('returns an empty tally for no commitments', () => {
    const result = fulfilment([], isoDate('2011-02-01'));
    expect(result.overall).toEqual({ items: 0, fulfilled: 0, fulfilledLate: 0, overdue: 0, notYetDue: 0, rate: { numerator: 0, denominator: 0, value: null } });
    expect(result.byMaker).toEqual([]);
  });
});
