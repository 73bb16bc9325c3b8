import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { addDays, daysBetween, isoDate, parseDatePhrase } from '../../src/schedule';

const day = fc.integer({ min: 0, max: 80_000 }).map((offset) => addDays(isoDate('1900-01-01'), offset));
const written = (date: string) => {
  const [year, month, dayOfMonth] = date.split('-').map(Number);
  return { year: year!, month: month!, day: dayOfMonth! };
};

test.prop([day])('a day written 年月日 reads back as itself, and “前” as the day before', (date) => {
  const { year, month, day: dayOfMonth } = written(date);
  const result = parseDatePhrase(`${year}年${month}月${dayOfMonth}日`);
  expect(result.success && result.data).toEqual({ start: date, end: date });
  const before = parseDatePhrase(`${year}年${month}月${dayOfMonth}日前`);
  expect(before.success && before.data).toEqual({ end: addDays(date, -1) });
});

test.prop([day])('a month is the whole month: it starts on the 1st and the next day is the next month’s 1st', (date) => {
  const { year, month } = written(date);
  const result = parseDatePhrase(`${year}年${month}月`);
  expect(result.success).toBe(true);
  if (!result.success || result.data.start === undefined) return;
  expect(result.data.start.endsWith('-01')).toBe(true);
  expect(addDays(result.data.end, 1).endsWith('-01')).toBe(true);
  expect(daysBetween(result.data.end, result.data.start)).toBeGreaterThanOrEqual(27);
  const last = parseDatePhrase(`${year}年${month}月底`);
  expect(last.success && last.data.end).toBe(result.data.end);
  const lateMonth = parseDatePhrase(`${year}年${month}月下旬`);
  expect(lateMonth.success && lateMonth.data).toEqual({ start: `${result.data.start.slice(0, 8)}21`, end: result.data.end });
});

test.prop([day, day])('a range runs from its left side’s first day to its right side’s last, as written', (a, b) => {
  const left = written(a);
  const right = written(b);
  const result = parseDatePhrase(`${left.year}年${left.month}月${left.day}日—${right.year}年${right.month}月${right.day}日`);
  expect(result.success && result.data).toEqual({ start: a, end: b });
});

test.prop([fc.string({ maxLength: 20 })])('never throws on any text', (text) => {
  expect(typeof parseDatePhrase(text).success).toBe('boolean');
});
