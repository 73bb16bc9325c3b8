import { describe, expect, it } from 'vitest';
import { rectificationStatus, rectifyUnqualified, type RectificationItem } from '../../src/rectification';
import { isoDate } from '../../src/schedule';

const read = (issues: readonly { code: string; path: readonly (string | number)[]; message: { 'zh-CN': string } }[]) =>
  issues.map((issue) => [issue.code, issue.path.join('.'), issue.message['zh-CN']]);
const cast = <T>(value: unknown) => value as T;

const item: RectificationItem = {
  id: 'r1', problem: '作业负担过重', source: 'massOpinion', measure: '……', target: '……', ownerId: 'm02', due: isoDate('2011-05-31'),
  status: 'completed', completedOn: isoDate('2011-05-10'), processDisclosed: true, resultDisclosed: true,
};

describe('rectifyUnqualified checks its arguments at entry', () => {
  const unqualified = { memberId: 'm11', tier: 'unqualified' } as const;
  it('reports months given as text, a rule that is not whole numbers and an unknown locale, and makes no item', () => {
    const result = rectifyUnqualified(unqualified, isoDate('2011-01-10'), cast({ months: '6', rule: { months: 6, maxMonths: 12.5 }, locale: 'fr' }));
    expect(result.item).toBeUndefined();
    expect(read(result.issues)).toEqual([
      ['input.expected', 'options.months', '“月数”应为数字,实际为文本“6”'],
      ['input.expected', 'options.rule.maxMonths', '“最长月数”应为整数,实际为数字 12.5'],
      ['input.notOneOf', 'options.locale', '“语言”为“fr”,应为以下之一:zh-CN, en'],
    ]);
  });

  it('reports a result that is null', () => {
    expect(rectifyUnqualified(cast(null), isoDate('2011-01-10')).issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['input.expected', 'result']]);
  });

  it('reports a period that would end after 9999-12-31 instead of writing a date that is not one', () => {
    const result = rectifyUnqualified(unqualified, isoDate('9999-08-01'), { months: 6 });
    expect(result.item).toBeUndefined();
    expect(read(result.issues)).toEqual([['rectification.dueBeyondCalendar', 'decidedOn', '自 9999-08-01 起限期改正 6 个月,期满日超出 9999-12-31,无法表示']]);
    expect(rectifyUnqualified(unqualified, isoDate('9999-06-30'), { months: 6 }).item?.due).toBe('9999-12-30');
  });
});

describe('rectificationStatus checks its arguments at entry', () => {
  it('skips and reports an item whose disclosure is the text "false", and counts the others', () => {
    const report = rectificationStatus(cast([item, { ...item, id: 'r2', resultDisclosed: 'false' }, null]), isoDate('2011-06-01'));
    expect(read(report.issues)).toEqual([
      ['input.expected', '1.resultDisclosed', '第 2 项“整改结果已公开”应为布尔值(true 或 false),实际为文本“false”'],
      ['input.expected', '2', '第 3 项应为对象,实际为空值 null'],
    ]);
    expect(report.total).toBe(1);
    expect(report.completionRate).toEqual({ numerator: 1, denominator: 1, value: 1 });
  });

  it('reports a date that is not a date, and items that are not a list, and counts nothing', () => {
    const report = rectificationStatus([item], cast('2011-6-1'));
    expect(report.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['input.expected', 'asOf']]);
    expect(report.total).toBe(0);
    expect(rectificationStatus(cast({}), isoDate('2011-06-01')).issues.map((issue) => issue.path)).toEqual([[]]);
  });

  it('reads an item whose id is __proto__ like any other', () => {
    const report = rectificationStatus([{ ...item, id: '__proto__' }, { ...item, id: '__proto__' }], isoDate('2011-06-01'));
    expect(report.issues.map((issue) => issue.code)).toEqual(['rectification.duplicateId']);
  });
});
