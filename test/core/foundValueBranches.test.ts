import { describe, expect, it } from 'vitest';
import { CalendarRangeError } from '../../src/core/calendarRangeError';
import { expectFraction, expectNumber, expectOneOf, expectText, InvalidInputError, type InputIssues } from '../../src/core/input';
import { daysBetween, type IsoDate } from '../../src/core/isoDate';
import { formatLocalized } from '../../src/core/message';
import { rank } from '../../src/core/rank';

// How an entry check shows what it found: a long text cut after 40 characters, a value that is
// neither text, number, boolean, list nor object named by its kind, a missing field as missing.

const check = (run: (issues: InputIssues) => unknown): InputIssues => {
  const issues: InputIssues = [];
  run(issues);
  return issues;
};
const read = (issues: InputIssues): unknown[] => issues.map((issue) => [issue.code, issue.path, issue.message['zh-CN']]);
const LONG = '一二三四五六七八九十'.repeat(5);

describe('what an entry check says it found', () => {
  it('cuts a long text after 40 characters, where a number was due', () => {
    expect(read(check((issues) => expectNumber(LONG, ['policy', 'precision'], issues)))).toEqual([
      ['input.expected', ['policy', 'precision'], `“保留小数位数”应为数字,实际为文本“${LONG.slice(0, 40)}…”`],
    ]);
  });

  it('cuts a long text after 40 characters, where one of a few codes was due', () => {
    const [issue] = check((issues) => expectOneOf(LONG, ['higherTier', 'lowerTier'], ['rule', 'overlap'], issues));
    expect(issue?.code).toBe('input.notOneOf');
    expect(issue?.params['value']).toBe(`${LONG.slice(0, 40)}…`);
    expect(issue?.message['zh-CN']).toContain(`${LONG.slice(0, 40)}…`);
  });

  it('says a code was expected as text, and a missing code is missing', () => {
    expect(read(check((issues) => expectOneOf(2, ['higherTier', 'lowerTier'], ['rule', 'overlap'], issues)))).toEqual([
      ['input.expected', ['rule', 'overlap'], '“分数段重叠”应为文本,实际为数字 2'],
    ]);
    expect(check((issues) => expectOneOf(undefined, ['higherTier'], ['rule', 'overlap'], issues)).map((issue) => [issue.code, issue.path])).toEqual([['input.missing', ['rule', 'overlap']]]);
  });

  it('names a function or a bigint by its kind, never by calling it', () => {
    const [fn] = check((issues) => expectText(() => 'x', ['rule', 'id'], issues));
    const [big] = check((issues) => expectText(10n, ['rule', 'id'], issues));
    expect([fn?.params['found'], big?.params['found']]).toEqual(['other', 'other']);
    expect(fn?.message['zh-CN']).toMatch(/^“编号”应为文本,实际为/);
    expect(fn?.message['zh-CN']).not.toContain('=>');
  });

  it('says a fraction that is not an object is not one', () => {
    expect(check((issues) => expectFraction(null, ['quota', 'share'], issues)).map((issue) => [issue.code, issue.path, issue.params['found']])).toEqual([
      ['input.expected', ['quota', 'share'], 'null'],
    ]);
  });
});

describe('the programmer errors that show a value', () => {
  it('cuts a long forged date in the message of the CalendarRangeError', () => {
    const forged = `2015-${LONG}` as IsoDate;
    expect(() => daysBetween(forged, '2015-01-01' as IsoDate)).toThrow(CalendarRangeError);
    expect(() => daysBetween(forged, '2015-01-01' as IsoDate)).toThrow(`${LONG.slice(0, 35)}…`);
    expect(() => daysBetween(Symbol('d') as never, '2015-01-01' as IsoDate)).toThrow('Not a calendar date: symbol');
  });

  it('says a rank without a score function is missing one', () => {
    try {
      rank([1, 2], undefined as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).issues.map((issue) => [issue.code, issue.path])).toEqual([['input.missing', ['score']]]);
    }
  });

  it('names the locale a template lacks', () => {
    try {
      formatLocalized({ 'zh-CN': '无' } as never, {});
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).issues.map((issue) => [issue.code, issue.path])).toEqual([['input.missing', ['template', 'en']]]);
    }
  });
});
