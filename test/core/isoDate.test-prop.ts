import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { addDays, daysBetween, isIsoDate, type IsoDate } from '../../src/schedule';

/** Any day from 1900 to 2100, written the way a `Date` in UTC would write it. */
const day = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10) as IsoDate);

test.prop([day])('every day a UTC clock can show is a calendar date', (date) => {
  expect(isIsoDate(date)).toBe(true);
});

test.prop([day, fc.integer({ min: -40_000, max: 40_000 })])('addDays agrees with UTC milliseconds', (date, days) => {
  const expected = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  expect(addDays(date, days)).toBe(expected);
});

test.prop([day, day])('daysBetween is the inverse of addDays', (from, to) => {
  expect(addDays(from, daysBetween(to, from))).toBe(to);
});

test.prop([fc.string()])('isIsoDate never throws', (text) => {
  expect(typeof isIsoDate(text)).toBe('boolean');
});
