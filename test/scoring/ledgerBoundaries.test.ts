import { describe, expect, it } from 'vitest';
import { isoDate, type IsoDate } from '../../src/core/isoDate';
import { computeLedger, POINTS_LEDGER_EXAMPLE, type LedgerEvent, type LedgerRule } from '../../src/scoring';
import { deepFreeze } from '../_helpers/deepFreeze';

// The ledger's limits sat on exactly: the first and last day of the period, the transfer day, a cap
// reached to the point, a total landing on the floor, quarters at their edges, a carry-over share
// whose numerator is not 1.

const rule = deepFreeze(POINTS_LEDGER_EXAMPLE);
const event = (itemId: string, on: string, extra: Partial<LedgerEvent> = {}): LedgerEvent => ({ itemId, on: isoDate(on), ...extra });
const year2015 = { start: isoDate('2015-01-01'), end: isoDate('2015-12-31') };

describe('积分期: events on its first and last day count, one day outside does not', () => {
  it('counts events on 1 January and 31 December', () => {
    const ledger = computeLedger([event('meeting', '2015-01-01'), event('meeting', '2015-12-31')], rule, { period: year2015 });
    expect(ledger).toMatchObject({ earned: 2, issues: [] });
  });
  it('reports an event after the period with its item, date and the period, and lists it uncounted', () => {
    const ledger = computeLedger([event('volunteer', '2016-01-01'), event('meeting', '2015-06-01')], rule, { period: year2015 });
    expect(ledger.earned).toBe(1);
    expect(ledger.issues).toHaveLength(1);
    expect(ledger.issues[0]).toMatchObject({
      code: 'scoring.ledgerOutsidePeriod',
      severity: 'warning',
      path: ['events', 0, 'on'],
      params: { itemId: 'volunteer', date: '2016-01-01', start: '2015-01-01', end: '2015-12-31' },
    });
    expect(ledger.issues[0]?.message['zh-CN']).toBe('“volunteer”的日期 2016-01-01 不在积分期 2015-01-01 至 2015-12-31 内,不计分');
    expect(ledger.lines.at(-1)).toEqual({ eventIndex: 0, itemId: 'volunteer', on: '2016-01-01', recorded: 2, awarded: 0, limitedBy: 'outsidePeriod' });
  });
});

describe('转入: a member who transferred in', () => {
  it('counts an event on the day of the transfer, and names the transfer day for one before it', () => {
    const ledger = computeLedger([event('meeting', '2015-08-31'), event('volunteer', '2015-09-01')], rule, {
      transferredIn: { on: isoDate('2015-09-01'), branchAverage: 70 },
    });
    expect(ledger).toMatchObject({ base: 70, earned: 2, total: 72 });
    expect(ledger.issues.map((issue) => [issue.path, issue.params])).toEqual([
      [['events', 0, 'on'], { itemId: 'meeting', date: '2015-08-31', transferOn: '2015-09-01' }],
    ]);
    expect(ledger.issues[0]?.message['zh-CN']).toBe('“meeting”的日期 2015-08-31 早于转入日期 2015-09-01,不计分');
  });
  it('a branch average that rounds to 0 starts the member on 0, not -0', () => {
    const ledger = computeLedger([], rule, { transferredIn: { on: isoDate('2015-09-01'), branchAverage: -0.004 } });
    expect(Object.is(ledger.base, 0)).toBe(true);
    expect(computeLedger([], rule, { transferredIn: { on: isoDate('2015-09-01'), branchAverage: 80.005 } }).base).toBe(80.01);
  });
  it('counts every event when the transfer date is not a date, and says so', () => {
    const ledger = computeLedger([event('meeting', '2015-01-05')], rule, { transferredIn: { on: '2015-9-1' as IsoDate, branchAverage: 70 } });
    expect(ledger).toMatchObject({ base: 70, earned: 1 });
    expect(ledger.issues.map((issue) => [issue.code, issue.params])).toEqual([['scoring.ledgerBadDate', { date: '2015-9-1' }]]);
  });
});

describe('recorded points: same sign as the item, at most its points', () => {
  it('accepts an event recording exactly the item’s points, or none, or part of a deduction', () => {
    const ledger = computeLedger(
      [
        event('volunteer', '2015-03-03', { points: 2 }),
        event('volunteer', '2015-03-04', { points: 0 }),
        event('absence', '2015-03-05', { points: -1 }),
        event('absence', '2015-03-06', { points: -2 }),
      ],
      rule,
    );
    expect(ledger.issues).toEqual([]);
    expect(ledger.lines.map((line) => line.awarded)).toEqual([2, 0, -1, -2]);
    expect(Object.is(ledger.lines[1]?.awarded, 0)).toBe(true);
    expect(ledger.earned).toBe(-1);
  });
  it('refuses a deduction recorded as a gain, naming the item, the points and the item’s points', () => {
    const ledger = computeLedger([event('absence', '2015-03-05', { points: 1 })], rule);
    expect(ledger.issues.map((issue) => [issue.code, issue.params])).toEqual([
      ['scoring.ledgerBadPoints', { itemId: 'absence', points: '1', itemPoints: -2 }],
    ]);
    expect(ledger.issues[0]?.message['zh-CN']).toBe('“absence”记录的 1 分无效:须为最多两位小数、与该项同号且不超过 -2 分');
    expect(ledger.lines[0]).toEqual({ eventIndex: 0, itemId: 'absence', on: '2015-03-05', recorded: 0, awarded: 0, limitedBy: 'invalid' });
  });
  it('names an unknown item and a bad date', () => {
    const ledger = computeLedger([event('sport', '2015-01-02'), { itemId: 'meeting', on: '2015-02-30' as IsoDate }], rule);
    expect(ledger.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ['scoring.ledgerUnknownItem', ['events', 0, 'itemId'], { itemId: 'sport' }],
      ['scoring.ledgerBadDate', ['events', 1, 'on'], { date: '2015-02-30' }],
    ]);
    expect(ledger.lines.map((line) => [line.eventIndex, line.itemId, line.on, line.recorded, line.awarded, line.limitedBy])).toEqual([
      [0, 'sport', '2015-01-02', 0, 0, 'invalid'],
      [1, 'meeting', '2015-02-30', 0, 0, 'invalid'],
    ]);
  });
});

describe('event order: by date, input order within a day, undated events last', () => {
  it('lists the lines in that order', () => {
    const ledger = computeLedger(
      [
        { itemId: 'meeting', on: 'soon' as IsoDate },
        event('volunteer', '2015-05-02'),
        event('meeting', '2015-05-01'),
        { itemId: 'meeting', on: '2015-13-01' as IsoDate },
        event('absence', '2015-05-02'),
        event('meeting', '2015-04-30'),
      ],
      rule,
    );
    expect(ledger.lines.map((line) => line.eventIndex)).toEqual([5, 2, 1, 4, 0, 3]);
  });
  it('takes a once-only item’s earliest event, whichever comes first in the input', () => {
    const ledger = computeLedger([event('honour', '2015-12-01'), event('honour', '2015-02-01'), event('honour', '2015-07-01')], rule);
    expect(ledger.lines.map((line) => [line.on, line.awarded, line.limitedBy])).toEqual([
      ['2015-02-01', 5, undefined],
      ['2015-07-01', 0, 'once'],
      ['2015-12-01', 0, 'once'],
    ]);
  });
  it('counts an item that is not once-only every time', () => {
    const ledger = computeLedger([event('volunteer', '2015-02-01'), event('volunteer', '2015-02-02')], rule);
    expect(ledger.earned).toBe(4);
  });
});

describe('caps', () => {
  it('an event that exactly fills a cap is not limited; the next one is', () => {
    const meetings = ['04', '11', '18', '25', '26'].map((day) => event('meeting', `2015-06-${day}`));
    const ledger = computeLedger(meetings, rule);
    expect(ledger.lines.map((line) => [line.awarded, line.limitedBy])).toEqual([
      [1, undefined],
      [1, undefined],
      [1, undefined],
      [1, undefined],
      [0, 'itemCap'],
    ]);
  });
  it('a cap of 0 points is allowed and lets nothing through; a negative cap is an issue', () => {
    const none: LedgerRule = {
      baseScore: 0,
      categories: [{ id: 'c', title: 'C' }],
      items: [{ id: 'x', title: 'X', categoryId: 'c', points: 1, cap: { points: 0, per: 'year' } }],
    };
    const ledger = computeLedger([event('x', '2015-01-01')], none);
    expect(ledger).toMatchObject({ earned: 0, issues: [] });
    expect(ledger.lines[0]?.limitedBy).toBe('itemCap');
    const negative = computeLedger([], { ...none, items: [{ ...none.items[0]!, cap: { points: -0.5, per: 'year' } }] });
    expect(negative.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ['scoring.ledgerBadNumber', ['rule', 'items', 0, 'cap', 'points'], { field: 'cap', value: '-0.5' }],
    ]);
    expect(negative.issues[0]?.message['zh-CN']).toBe('积分“封顶”的值 -0.5 无效');
  });
  it('names the item cap when both the item’s and the category’s caps hold an event back', () => {
    const both: LedgerRule = {
      baseScore: 0,
      categories: [{ id: 'c', title: 'C', cap: { points: 3, per: 'month' } }],
      items: [{ id: 'x', title: 'X', categoryId: 'c', points: 2, cap: { points: 3, per: 'month' } }],
    };
    const ledger = computeLedger([event('x', '2015-01-01'), event('x', '2015-01-02')], both);
    expect(ledger.lines.map((line) => [line.awarded, line.limitedBy])).toEqual([
      [2, undefined],
      [1, 'itemCap'],
    ]);
  });
  it('an item’s cap and its category’s cap are counted apart', () => {
    // The item cap is 4 a month, the category cap 5 a month: the category's room is what other items left.
    const apart: LedgerRule = {
      baseScore: 0,
      categories: [{ id: 'c', title: 'C', cap: { points: 5, per: 'month' } }],
      items: [
        { id: 'x', title: 'X', categoryId: 'c', points: 2, cap: { points: 4, per: 'month' } },
        { id: 'y', title: 'Y', categoryId: 'c', points: 2 },
      ],
    };
    const ledger = computeLedger([event('y', '2015-01-01'), event('x', '2015-01-02'), event('x', '2015-01-03')], apart);
    expect(ledger.lines.map((line) => [line.itemId, line.awarded, line.limitedBy])).toEqual([
      ['y', 2, undefined],
      ['x', 2, undefined],
      ['x', 1, 'categoryCap'],
    ]);
  });
  it('a deduction never frees room under a cap on gains, and gains never use up a cap on deductions', () => {
    const mixed: LedgerRule = {
      baseScore: 10,
      categories: [{ id: 'c', title: 'C', cap: { points: 2, per: 'month' } }],
      items: [
        { id: 'plus', title: '+', categoryId: 'c', points: 2 },
        { id: 'minus', title: '−', categoryId: 'c', points: -2 },
      ],
    };
    const ledger = computeLedger(
      [event('plus', '2015-01-01'), event('minus', '2015-01-02'), event('plus', '2015-01-03'), event('minus', '2015-01-04')],
      mixed,
    );
    expect(ledger.lines.map((line) => [line.awarded, line.limitedBy])).toEqual([
      [2, undefined],
      [-2, undefined],
      [0, 'categoryCap'],
      [0, 'categoryCap'],
    ]);
    expect(ledger.total).toBe(10);
  });
  it('a quarterly cap starts again on 1 April, 1 July and 1 October, not on other days', () => {
    const quarterly: LedgerRule = {
      baseScore: 0,
      categories: [{ id: 'c', title: 'C', cap: { points: 2, per: 'quarter' } }],
      items: [{ id: 'x', title: 'X', categoryId: 'c', points: 2 }],
    };
    const days = ['2015-01-01', '2015-03-31', '2015-04-01', '2015-06-30', '2015-07-01', '2015-09-30', '2015-10-01', '2015-12-31', '2016-01-01'];
    const ledger = computeLedger(days.map((day) => event('x', day)), quarterly);
    expect(ledger.lines.map((line) => line.awarded)).toEqual([2, 0, 2, 0, 2, 0, 2, 0, 2]);
  });
  it('a monthly cap starts again each month, a yearly cap each year, a daily cap each day', () => {
    const caps = (per: 'day' | 'month' | 'year'): LedgerRule => ({
      baseScore: 0,
      categories: [{ id: 'c', title: 'C' }],
      items: [{ id: 'x', title: 'X', categoryId: 'c', points: 1, cap: { points: 1, per } }],
    });
    const days = ['2015-01-31', '2015-01-31', '2015-02-01', '2015-12-31', '2016-01-01'];
    const awarded = (per: 'day' | 'month' | 'year') => computeLedger(days.map((day) => event('x', day)), caps(per)).lines.map((line) => line.awarded);
    expect(awarded('day')).toEqual([1, 0, 1, 1, 1]);
    expect(awarded('month')).toEqual([1, 0, 1, 1, 1]);
    expect(awarded('year')).toEqual([1, 0, 0, 0, 1]);
  });
});

describe('floor and carry-over', () => {
  it('a total that lands exactly on the floor was not raised by it', () => {
    const ledger = computeLedger([event('absence', '2015-01-01')], { ...rule, baseScore: 2 });
    expect(ledger).toMatchObject({ total: 0, floored: false });
  });
  it('without a floor in the rule, the total never falls below 0', () => {
    const { floor: _floor, ...noFloor } = rule;
    const ledger = computeLedger([event('absence', '2015-01-01')], { ...noFloor, baseScore: 1 });
    expect(ledger).toMatchObject({ earned: -2, total: 0, floored: true });
  });
  it('carries over three tenths of the surplus, not a third of a tenth', () => {
    const threeTenths: LedgerRule = { ...rule, carryOver: { share: { numerator: 3, denominator: 10 } } };
    // 60 + 20 = 80: 3/10 of 20 is 6 (no max in this rule).
    const volunteering = ['01-05', '02-05', '03-05', '04-05', '05-05', '06-05', '07-05', '08-05', '09-05', '10-05'].map((day) => event('volunteer', `2015-${day}`));
    const ledger = computeLedger(volunteering, threeTenths);
    expect(ledger).toMatchObject({ base: 60, total: 80, carryOver: 6 });
    const third = computeLedger([event('volunteer', '2015-01-05')], { ...rule, carryOver: { share: { numerator: 1, denominator: 3 } } });
    expect(third.carryOver).toBe(0.67);
  });
  it('a carry-over share of 0/1 carries nothing and is no issue; -1/10 and 1/0 are issues', () => {
    const zero = computeLedger([event('volunteer', '2015-01-05')], { ...rule, carryOver: { share: { numerator: 0, denominator: 1 } } });
    expect(zero).toMatchObject({ carryOver: 0, issues: [] });
    const all = computeLedger([event('volunteer', '2015-01-05')], { ...rule, carryOver: { share: { numerator: 1, denominator: 1 } } });
    expect(all).toMatchObject({ carryOver: 2, issues: [] });
    for (const share of [
      { numerator: -1, denominator: 10 },
      { numerator: 1, denominator: 0 },
    ]) {
      const ledger = computeLedger([], { ...rule, carryOver: { share } });
      expect(ledger.issues.map((issue) => [issue.code, issue.params])).toEqual([
        ['scoring.ledgerBadCarryOver', { numerator: String(share.numerator), denominator: String(share.denominator) }],
      ]);
    }
  });
  it('a negative carry-over maximum is an issue', () => {
    const ledger = computeLedger([event('volunteer', '2015-01-05')], { ...rule, carryOver: { share: { numerator: 1, denominator: 2 }, max: -1 } });
    expect(ledger.issues.map((issue) => [issue.code, issue.path])).toEqual([['scoring.ledgerBadNumber', ['rule', 'carryOver', 'max']]]);
  });
});
