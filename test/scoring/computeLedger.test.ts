import { describe, expect, it } from 'vitest';
import { isoDate, type IsoDate } from '../../src/core/isoDate';
import { branchAverage, computeLedger, POINTS_LEDGER_EXAMPLE, type LedgerEvent, type LedgerRule } from '../../src/scoring';
import { deepFreeze } from '../_helpers/deepFreeze';

const rule = deepFreeze(POINTS_LEDGER_EXAMPLE);
const event = (itemId: string, on: string, extra: Partial<LedgerEvent> = {}): LedgerEvent => ({ itemId, on: isoDate(on), ...extra });
const year2015 = { start: isoDate('2015-01-01'), end: isoDate('2015-12-31') };

describe('党员积分制: computeLedger', () => {
  it('starts from the base score and adds each event', () => {
    const ledger = computeLedger(deepFreeze([event('meeting', '2015-03-06'), event('volunteer', '2015-03-08'), event('absence', '2015-04-10')]), rule);
    expect(ledger).toMatchObject({ base: 60, earned: 1, total: 61, floored: false, carryOver: 0.1, issues: [] });
    expect(ledger.byCategory).toEqual([
      { categoryId: 'basic', total: 1 },
      { categoryId: 'service', total: 2 },
      { categoryId: 'honour', total: 0 },
      { categoryId: 'deduction', total: -2 },
    ]);
  });
  it('caps an item per month, and a category per quarter', () => {
    const meetings = ['01', '08', '15', '22', '29'].map((day) => event('meeting', `2015-05-${day}`));
    const volunteering = ['2015-01-10', '2015-02-10', '2015-02-20', '2015-03-01', '2015-03-20', '2015-03-30', '2015-04-01'].map((day) =>
      event('volunteer', day),
    );
    const ledger = computeLedger([...meetings, ...volunteering, event('meeting', '2015-06-01')], rule);
    expect(ledger.byCategory.slice(0, 2)).toEqual([
      { categoryId: 'basic', total: 5 },
      { categoryId: 'service', total: 12 },
    ]);
    expect(ledger.lines.filter((line) => line.limitedBy !== undefined).map((line) => [line.itemId, line.on, line.limitedBy])).toEqual([
      ['volunteer', '2015-03-30', 'categoryCap'],
      ['meeting', '2015-05-29', 'itemCap'],
    ]);
  });
  it('counts a once-only item once, in date order whatever the input order', () => {
    const ledger = computeLedger([event('honour', '2015-11-01'), event('honour', '2015-06-01')], rule);
    expect(ledger.earned).toBe(5);
    expect(ledger.lines.map((line) => [line.eventIndex, line.awarded, line.limitedBy])).toEqual([
      [1, 5, undefined],
      [0, 0, 'once'],
    ]);
  });
  it('never falls below the floor', () => {
    const absences = Array.from({ length: 40 }, (_, index) => event('absence', `2015-${String((index % 12) + 1).padStart(2, '0')}-0${(index % 9) + 1}`));
    const ledger = computeLedger(absences, rule);
    expect(ledger).toMatchObject({ earned: -80, total: 0, floored: true, carryOver: 0 });
  });
  it('adds last year’s carry-over, and passes a share of the surplus on, at most the rule’s max', () => {
    const honours: LedgerRule = { ...rule, items: [...rule.items, { id: 'big', title: '省级表彰', categoryId: 'honour', points: 50 }] };
    const ledger = computeLedger([event('big', '2015-05-05'), event('honour', '2015-05-06')], honours, { carriedOver: 2.5 });
    expect(ledger).toMatchObject({ base: 62.5, earned: 55, total: 117.5, carryOver: 5 });
    expect(computeLedger([event('volunteer', '2015-05-05'), event('meeting', '2015-05-05')], rule).carryOver).toBe(0.3);
  });
  it('starts a member who transferred in from the branch average, and skips earlier events', () => {
    const ledger = computeLedger([event('meeting', '2015-03-06'), event('meeting', '2015-10-09')], rule, {
      transferredIn: { on: isoDate('2015-09-01'), branchAverage: 72.345 },
    });
    expect(ledger).toMatchObject({ base: 72.35, earned: 1, total: 73.35 });
    expect(ledger.issues.map((issue) => [issue.code, issue.severity])).toEqual([['scoring.ledgerBeforeTransfer', 'info']]);
    expect(ledger.lines[0]).toMatchObject({ awarded: 0, limitedBy: 'beforeTransfer' });
  });
  it('reports events outside the period, unknown items, bad dates and bad points', () => {
    const ledger = computeLedger(
      [
        event('meeting', '2014-12-31'),
        event('sport', '2015-01-02'),
        { itemId: 'meeting', on: '2015-02-30' as IsoDate },
        event('volunteer', '2015-03-03', { points: 3 }),
        event('volunteer', '2015-03-04', { points: -1 }),
        event('volunteer', '2015-03-05', { points: 1.005 }),
        event('volunteer', '2015-03-06', { points: 1.5 }),
      ],
      rule,
      { period: year2015 },
    );
    expect(ledger.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['scoring.ledgerOutsidePeriod', ['events', 0, 'on']],
      ['scoring.ledgerUnknownItem', ['events', 1, 'itemId']],
      ['scoring.ledgerBadPoints', ['events', 3, 'points']],
      ['scoring.ledgerBadPoints', ['events', 4, 'points']],
      ['scoring.ledgerBadPoints', ['events', 5, 'points']],
      ['scoring.ledgerBadDate', ['events', 2, 'on']],
    ]);
    expect(ledger.earned).toBe(1.5);
    expect(ledger.lines.at(-1)).toMatchObject({ eventIndex: 2, limitedBy: 'invalid' });
  });
  it('reports problems in the rule and the options', () => {
    const bad: LedgerRule = {
      baseScore: Number.NaN,
      floor: 0.001,
      categories: [{ id: 'a', title: 'A', cap: { points: -1, per: 'day' } }, { id: 'a', title: 'A' }],
      items: [
        { id: 'x', title: 'X', categoryId: 'b', points: 1, cap: { points: 1, per: 'year' } },
        { id: 'x', title: 'X', categoryId: 'a', points: 1 },
      ],
      carryOver: { share: { numerator: 1, denominator: 0 } },
    };
    const ledger = computeLedger([event('x', '2015-01-01'), event('x', '2015-01-02')], bad, {
      carriedOver: Infinity,
      transferredIn: { on: '2015-9-1' as IsoDate, branchAverage: Number.NaN },
    });
    expect(ledger.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['scoring.ledgerBadNumber', ['rule', 'baseScore']],
      ['scoring.ledgerBadNumber', ['rule', 'floor']],
      ['scoring.ledgerBadNumber', ['rule', 'categories', 0, 'cap', 'points']],
      ['scoring.ledgerDuplicateCategory', ['rule', 'categories', 1, 'id']],
      ['scoring.ledgerUnknownCategory', ['rule', 'items', 0, 'categoryId']],
      ['scoring.ledgerDuplicateItem', ['rule', 'items', 1, 'id']],
      ['scoring.ledgerBadNumber', ['options', 'carriedOver']],
      ['scoring.ledgerBadNumber', ['options', 'transferredIn', 'branchAverage']],
      ['scoring.ledgerBadDate', ['options', 'transferredIn', 'on']],
      ['scoring.ledgerBadCarryOver', ['rule', 'carryOver', 'share']],
    ]);
    // Each message names the field by its label and shows the value, in both languages.
    expect(ledger.issues.map((issue) => issue.message['zh-CN'])).toEqual([
      '积分“基础分”的值 NaN 无效',
      '积分“最低分”的值 0.001 无效',
      '积分“封顶”的值 -1 无效',
      '积分类别编号“a”重复',
      '积分项目“x”的类别“b”不存在',
      '积分项目编号“x”重复',
      '积分“上年结转分”的值 Infinity 无效',
      '积分“支部平均分”的值 NaN 无效',
      '日期“2015-9-1”不是 YYYY-MM-DD 格式的日期',
      '结转比例 1/0 无效:分子须为非负整数,分母须为正整数',
    ]);
    expect(ledger.issues[0]?.message.en).toBe("The ledger's base score of NaN is invalid");
    expect(ledger.earned).toBe(1);
  });
  it('names an item’s points and the carry-over’s max by their labels when they are not scores', () => {
    const bad: LedgerRule = {
      baseScore: 60,
      categories: [{ id: 'a', title: 'A' }],
      items: [{ id: 'x', title: 'X', categoryId: 'a', points: 1.005 }],
      carryOver: { share: { numerator: 1, denominator: 10 }, max: -1 },
    };
    const ledger = computeLedger([], bad);
    expect(ledger.issues.map((issue) => [issue.path, issue.params, issue.message['zh-CN']])).toEqual([
      [['rule', 'items', 0, 'points'], { field: 'points', value: '1.005' }, '积分“分值”的值 1.005 无效'],
      [['rule', 'carryOver', 'max'], { field: 'max', value: '-1' }, '积分“上限”的值 -1 无效'],
    ]);
  });
  it('caps per day and per year too', () => {
    const daily: LedgerRule = {
      baseScore: 0,
      categories: [{ id: 'c', title: 'C', cap: { points: 3, per: 'year' } }],
      items: [{ id: 'x', title: 'X', categoryId: 'c', points: 1, cap: { points: 1, per: 'day' } }],
    };
    const ledger = computeLedger(['01', '01', '02', '03', '04'].map((day) => event('x', `2015-01-${day}`)), daily);
    expect(ledger.total).toBe(3);
    expect(ledger.lines.map((line) => line.limitedBy)).toEqual([undefined, 'itemCap', undefined, undefined, 'categoryCap']);
  });
});

describe('branchAverage', () => {
  it('averages totals once, rounded half up to hundredths', () => {
    expect(branchAverage([80, 85, 90.5])).toBe(85.17);
    expect(branchAverage([0.01, 0.02])).toBe(0.02);
    expect(branchAverage([-0.01, -0.02])).toBe(-0.02);
    expect(branchAverage([])).toBeUndefined();
    expect(branchAverage([1, Number.NaN])).toBeUndefined();
  });
});
