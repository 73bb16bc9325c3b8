import { describe, expect, it } from 'vitest';
import { EXAMPLE_CAMPAIGN } from '../src/cli/demo/example';
import { runCli } from './cli/_io';
import { addDays, daysBetween, isIsoDate, isoDate } from '../src/schedule';

/**
 * The days the zones of the matrix (scripts/test-timezones.mjs) skipped when they moved across the
 * date line: local clocks there went from the day before straight to the day after.
 */
const SKIPPED_DAYS: Readonly<Record<string, { readonly year: number; readonly monthIndex: number; readonly day: number }>> = {
  'Pacific/Kiritimati': { year: 1994, monthIndex: 11, day: 31 },
  'Pacific/Apia': { year: 2011, monthIndex: 11, day: 30 },
};

const zone = process.env['TZ'];
const skipped = zone === undefined ? undefined : SKIPPED_DAYS[zone];

describe('the suite runs in the time zone it was given', () => {
  it('sees TZ in the worker, so the runs under several zones really differ', () => {
    expect(zone).toBeTruthy();
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  });

  it.runIf(skipped !== undefined)('in a zone that skipped a day, the local clock really skips it (so the run tests something)', () => {
    const { year, monthIndex, day } = skipped!;
    // Noon of the skipped day, read on the local clock, lands on another day: the zone's rules are there.
    expect(new Date(year, monthIndex, day, 12).getDate()).not.toBe(day);
    const text = `${year}-${String(monthIndex + 1).padStart(2, '0')}-${day}`;
    expect(isIsoDate(text)).toBe(true);
    expect(addDays(isoDate(text), -1)).toBe(`${year}-${String(monthIndex + 1).padStart(2, '0')}-${day - 1}`);
    expect(daysBetween(addDays(isoDate(text), 1), addDays(isoDate(text), -1))).toBe(2);
  });
});

describe('cxzy check on campaigns around the skipped days, in every zone', () => {
  const files: Readonly<Record<string, string>> = {
    '1994.json': JSON.stringify({
      ...EXAMPLE_CAMPAIGN,
      period: { start: '1994-12-01', end: '1995-01-31' },
      phases: [
        { id: 'p1', kind: 'mobilization', title: '动员部署', start: '1994-12-01', end: '1994-12-31', tasks: [{ id: 't1', title: '年终总结', due: '1994-12-31' }] },
        { id: 'p2', kind: 'summary', title: '系统总结', start: '1995-01-01', end: '1995-01-31', tasks: [] },
      ],
    }),
    '2011.json': JSON.stringify({
      ...EXAMPLE_CAMPAIGN,
      period: { start: '2011-12-01', end: '2012-01-31' },
      phases: [
        { id: 'p1', kind: 'mobilization', title: '动员部署', start: '2011-12-01', end: '2011-12-30', tasks: [] },
        { id: 'p2', kind: 'summary', title: '系统总结', start: '2011-12-31', end: '2012-01-31', tasks: [] },
      ],
    }),
  };
  const check = (file: string) => runCli(['check', file, '--lang', 'en'], files);

  it.each(Object.keys(files))('%s: no problem found, as under UTC', async (file) => {
    const { code, out, err } = await check(file);
    expect(err).toBe('');
    expect(out).not.toMatch(/RangeError|Not a calendar date/);
    expect(code).toBe(0);
  });
});
