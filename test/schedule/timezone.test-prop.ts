import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { checkCadence, isoDate, parseDatePhrase, type CadenceRule } from '../../src/schedule';

/**
 * Results must not depend on the process's time zone. The suite runs under several `TZ` values;
 * these properties compare with arithmetic on UTC milliseconds, which no zone can move, so a
 * local-midnight `Date` sneaking into the module would fail them under America/New_York,
 * Pacific/Kiritimati or Pacific/Apia.
 */
const utcDay = (year: number, monthIndex: number, day: number) => new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);
const yearMonth = fc.record({ year: fc.integer({ min: 1901, max: 2099 }), month: fc.integer({ min: 1, max: 12 }) });

test.prop([yearMonth])('“YYYY年M月底” is the last day UTC arithmetic gives the month', ({ year, month }) => {
  const result = parseDatePhrase(`${year}年${month}月底`);
  expect(result.success && result.data.end).toBe(utcDay(year, month, 0));
});

const monthly: CadenceRule = { id: 'm', kind: 'm', label: { 'zh-CN': '每月', en: 'Monthly' }, every: 'month', atLeast: 1, source: 'test' };

test.prop([yearMonth, fc.integer({ min: 1, max: 30 })])('cadence periods are as long as UTC arithmetic says', ({ year, month }, months) => {
  const start = isoDate(utcDay(year, month - 1, 1));
  const end = isoDate(utcDay(year, month - 1 + months, 0));
  const report = checkCadence([], [monthly], { start, end });
  const periods = report.rules[0]!.periods;
  expect(periods).toHaveLength(months);
  periods.forEach((period, index) => {
    const days = (Date.UTC(year, month + index, 1) - Date.UTC(year, month - 1 + index, 1)) / 86_400_000;
    expect([period.start, period.periodDays, period.partial]).toEqual([utcDay(year, month - 1 + index, 1), days, false]);
  });
});
