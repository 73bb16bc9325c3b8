import { describe, expect, it } from 'vitest';
import { CalendarRangeError } from '../../src/core/calendarRangeError';
import { InvalidInputError } from '../../src/core/input';
import type { Issue } from '../../src/core/issue';
import { addDays, daysBetween, isoDate, type IsoDate } from '../../src/core/isoDate';

const ISSUE: Issue = {
  code: 'input.missing',
  severity: 'error',
  path: ['policy', 'scale'],
  message: { 'zh-CN': '缺少“分值范围”', en: '"scale" is missing' },
  params: { path: 'policy.scale' },
};

/** What a caller catches: the error's class name, reason and message. */
function caught(run: () => unknown): { name: string; reason?: string; message: string } {
  try {
    run();
  } catch (error) {
    const { name, message } = error as Error;
    return error instanceof CalendarRangeError ? { name, reason: error.reason, message } : { name, message };
  }
  return { name: 'none', message: '' };
}

describe('InvalidInputError with anything', () => {
  it('keeps the well-formed issues of a list, in a frozen list of its own, and words its message from them', () => {
    const given = [ISSUE, 0, null, undefined, { code: 'x', message: null }, { code: 'y', message: { 'zh-CN': '甲', en: {} } }] as unknown as Issue[];
    const error = new InvalidInputError(given);
    expect(error.issues).toEqual([ISSUE]);
    expect(error.issues).not.toBe(given);
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(error.message).toBe('"scale" is missing');
    expect(error.name).toBe('InvalidInputError');
    expect(error).toBeInstanceOf(TypeError);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a number', 0],
    ['an object', { length: 2 }],
  ])('takes %s for its issues: no issues, message "Invalid input"', (_, issues) => {
    const error = new InvalidInputError(issues as unknown as Issue[]);
    expect(error.issues).toEqual([]);
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(error.message).toBe('Invalid input');
  });
});

describe('CalendarRangeError with a message that is not text', () => {
  it('shows an object without a toString as plain text instead of throwing', () => {
    const error = new CalendarRangeError('notADate', Object.create(null) as string);
    expect(error.message).toBe('{…}');
    expect(error.reason).toBe('notADate');
    expect(error).toBeInstanceOf(RangeError);
  });
});

describe('the date functions name what they refuse, whatever it is', () => {
  it('isoDate: a bigint is not a date, and the message shows it', () => {
    expect(caught(() => isoDate(71n as unknown as string))).toEqual({ name: 'CalendarRangeError', reason: 'notADate', message: 'Not a calendar date written YYYY-MM-DD: 71' });
  });

  it('isoDate: a text is quoted, as before', () => {
    expect(caught(() => isoDate('2010-02-30')).message).toBe('Not a calendar date written YYYY-MM-DD: "2010-02-30"');
  });

  it('addDays: a bigint date, and a number of days that is an object without toString', () => {
    expect(caught(() => addDays(-63n as unknown as IsoDate, 1))).toEqual({ name: 'CalendarRangeError', reason: 'notADate', message: 'Not a calendar date: -63' });
    const days = [Object.create(null)] as unknown as number;
    expect(caught(() => addDays(isoDate('2010-07-01'), days))).toEqual({ name: 'CalendarRangeError', reason: 'notWholeDays', message: 'Not a whole number of days: […]' });
  });

  it('daysBetween: a circular object is described, not serialized', () => {
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    expect(caught(() => daysBetween(circular as unknown as IsoDate, isoDate('2010-07-01')))).toEqual({
      name: 'CalendarRangeError',
      reason: 'notADate',
      message: 'Not a calendar date: {…}',
    });
  });
});
