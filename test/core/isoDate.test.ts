import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, isoDate } from '../../src/schedule';

describe('IsoDate', () => {
  it.each(['2010-09-08', '2012-02-29', '2000-02-29', '1999-12-31', '2021-07-01'])('accepts %s', (text) => {
    expect(isIsoDate(text)).toBe(true);
    expect(isoDate(text)).toBe(text);
  });

  it.each(['2010-02-30', '2011-02-29', '1900-02-29', '2010-13-01', '2010-00-10', '2010-04-31', '2010-9-8', '2010年9月8日', '', ' 2010-09-08'])(
    'rejects %j',
    (text) => {
      expect(isIsoDate(text)).toBe(false);
      expect(() => isoDate(text)).toThrow(RangeError);
    },
  );

  it('rejects non-strings', () => {
    for (const value of [20100908, null, undefined, new Date(2010, 8, 8), {}]) expect(isIsoDate(value)).toBe(false);
  });

  it('adds days across month ends, leap days and years', () => {
    expect(addDays(isoDate('2012-02-28'), 1)).toBe('2012-02-29');
    expect(addDays(isoDate('2012-02-29'), 1)).toBe('2012-03-01');
    expect(addDays(isoDate('2011-02-28'), 1)).toBe('2011-03-01');
    expect(addDays(isoDate('2010-12-31'), 1)).toBe('2011-01-01');
    expect(addDays(isoDate('2010-01-01'), -1)).toBe('2009-12-31');
    expect(addDays(isoDate('2010-07-05'), 0)).toBe('2010-07-05');
  });

  it('counts days between dates, negative when the first is earlier', () => {
    expect(daysBetween(isoDate('2011-01-01'), isoDate('2010-12-25'))).toBe(7);
    expect(daysBetween(isoDate('2010-12-25'), isoDate('2011-01-01'))).toBe(-7);
    expect(daysBetween(isoDate('2013-01-01'), isoDate('2012-01-01'))).toBe(366);
  });

  it('treats a forged date as a programming error', () => {
    expect(() => addDays('2010-02-30' as never, 1)).toThrow(RangeError);
  });
});
