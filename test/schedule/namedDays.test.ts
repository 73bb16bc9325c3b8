import { describe, expect, it } from 'vitest';
import { isIsoDate, NAMED_DAYS, namedDayIn, PARTY_CONGRESSES, parseDatePhrase } from '../../src/schedule';

const end = (text: string, year?: number) => {
  const result = parseDatePhrase(text, year === undefined ? {} : { year });
  return result.success ? result.data : result.issues.map((issue) => issue.code);
};

describe('named days', () => {
  it.each([
    ['建党节', 'partyFounding', '2021-07-01'],
    ['青年节', 'youthDay', '2021-05-04'],
    ['教师节', 'teachersDay', '2021-09-10'],
    ['国庆节', 'nationalDay', '2021-10-01'],
  ] as const)('%s falls on its day', (name, id, date) => {
    expect(namedDayIn(NAMED_DAYS[id], 2021)).toBe(date);
    expect(NAMED_DAYS[id].label['zh-CN']).toBe(name);
    expect(end(`${name}`, 2021)).toEqual({ start: date, end: date });
  });

  it.each([
    ['七一前', '2010-06-30'],
    ['“七一”前', '2010-06-30'],
    ['七、一前', '2010-06-30'],
    ['七·一前', '2010-06-30'],
    ['建党节前', '2010-06-30'],
    ['五四前', '2010-05-03'],
    ['教师节前', '2010-09-09'],
    ['国庆节前', '2010-09-30'],
    ['国庆前', '2010-09-30'],
  ])('%s ends the day before', (text, date) => {
    expect(end(text, 2010)).toEqual({ end: date });
  });

  it('puts a user’s 29 February on the 28th in other years', () => {
    const leapDay = { month: 2, day: 29, label: { 'zh-CN': '闰日', en: 'Leap day' }, names: ['闰日'] };
    expect(namedDayIn(leapDay, 2012)).toBe('2012-02-29');
    expect(namedDayIn(leapDay, 2011)).toBe('2011-02-28');
  });

  it('reads a user’s own named days', () => {
    const namedDays = { childrensDay: { month: 6, day: 1, label: { 'zh-CN': '儿童节', en: "Children's Day" }, names: ['六一', '儿童节'] } };
    const result = parseDatePhrase('2012年六一前', { namedDays });
    expect(result.success && result.data).toEqual({ end: '2012-05-31' });
    expect(parseDatePhrase('2012年七一前', { namedDays }).success).toBe(false);
  });
});

describe('Party congresses', () => {
  it.each([
    ['十六大', 16, '2002-11-08'],
    ['十七大', 17, '2007-10-15'],
    ['十八大', 18, '2012-11-08'],
    ['十九大', 19, '2017-10-18'],
    ['二十大', 20, '2022-10-16'],
  ] as const)('党的%s opened on %s', (name, ordinal, date) => {
    const congress = PARTY_CONGRESSES.find((candidate) => candidate.ordinal === ordinal);
    expect(congress?.opening).toBe(date);
    expect(isIsoDate(congress?.opening)).toBe(true);
    expect(congress?.label['zh-CN']).toBe(`党的${name}`);
    expect(end(`党的${name}召开`)).toEqual({ start: date, end: date });
    expect(end(`${name}`)).toEqual({ start: date, end: date });
  });

  it('reads “党的十八大召开前” as 7 November 2012, whatever the default year', () => {
    expect(end('党的十八大召开前')).toEqual({ end: '2012-11-07' });
    expect(end('十八大召开之前', 1999)).toEqual({ end: '2012-11-07' });
    expect(end('第18次全国代表大会召开前')).toEqual({ end: '2012-11-07' });
  });

  it('reports a congress whose opening is not in the table', () => {
    expect(end('党的二十一大召开前')).toEqual(['datePhrase.unknownCongress']);
    const later = [...PARTY_CONGRESSES, { ordinal: 21, opening: '2027-10-01' as never, label: { 'zh-CN': '党的二十一大', en: '21st' } }];
    const result = parseDatePhrase('党的二十一大召开前', { congresses: later });
    expect(result.success && result.data).toEqual({ end: '2027-09-30' });
  });

  it('lists the congresses in order, from the 16th', () => {
    expect(PARTY_CONGRESSES.map((congress) => congress.ordinal)).toEqual([16, 17, 18, 19, 20]);
  });
});
