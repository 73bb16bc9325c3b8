import { describe, expect, it } from 'vitest';
import { DEFAULT_DATE_PHRASE_OPTIONS, parseDatePhrase, type DatePhraseOptions } from '../../src/schedule';

const read = (text: string, options: DatePhraseOptions = {}) => {
  const result = parseDatePhrase(text, options);
  return result.success ? result.data : result.issues.map((issue) => issue.code);
};

describe('parseDatePhrase — the plans’ phrases', () => {
  it.each([
    ['2010年7月', { start: '2010-07-01', end: '2010-07-31' }],
    ['2010年7月5日', { start: '2010-07-05', end: '2010-07-05' }],
    ['2010年7月5号', { start: '2010-07-05', end: '2010-07-05' }],
    ['2012年6月底', { start: '2012-06-30', end: '2012-06-30' }],
    ['2012年6月末', { start: '2012-06-30', end: '2012-06-30' }],
    ['2012年6月初', { start: '2012-06-01', end: '2012-06-01' }],
    ['2010年6月上旬', { start: '2010-06-01', end: '2010-06-10' }],
    ['2010年6月中旬', { start: '2010-06-11', end: '2010-06-20' }],
    ['2021年5月下旬', { start: '2021-05-21', end: '2021-05-31' }],
    ['2012年', { start: '2012-01-01', end: '2012-12-31' }],
    ['2012年底', { start: '2012-12-31', end: '2012-12-31' }],
    ['2010年7月—2011年3月', { start: '2010-07-01', end: '2011-03-31' }],
    ['2011年4月—2011年6月', { start: '2011-04-01', end: '2011-06-30' }],
    ['2012年7月—党的十八大召开前', { start: '2012-07-01', end: '2012-11-07' }],
    ['2010年6中旬一2011年6月底', { start: '2010-06-11', end: '2011-06-30' }],
    ['2011年7月2012年6月底', { start: '2011-07-01', end: '2012-06-30' }],
    ['2012年7月党的十八大召开前', { start: '2012-07-01', end: '2012-11-07' }],
    ['(2010年7月5日前)', { end: '2010-07-04' }],
    ['(2012年5月)。', { start: '2012-05-01', end: '2012-05-31' }],
    ['2010年“七一”前', { end: '2010-06-30' }],
    ['2010年七、一前', { end: '2010-06-30' }],
    ['从2011年4月', { start: '2011-04-01', end: '2011-04-30' }],
    ['(在2021年7月1日前)', { end: '2021-06-30' }],
    ['2010年7月1日至2010年12月31日', { start: '2010-07-01', end: '2010-12-31' }],
    ['2010年7月~12月', { start: '2010-07-01', end: '2010-12-31' }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads phrases without a year in the plan’s year', () => {
    expect(read('5月下旬—6月', { year: 2021 })).toEqual({ start: '2021-05-21', end: '2021-06-30' });
    expect(read('在7月1日前', { year: 2021 })).toEqual({ end: '2021-06-30' });
    expect(read('于6月4', { year: 2010 })).toEqual({ start: '2010-06-04', end: '2010-06-04' });
    expect(read('6月2023年5月', { year: 2022 })).toEqual({ start: '2022-06-01', end: '2023-05-31' });
    expect(read('4月5月', { year: 2022 })).toEqual({ start: '2022-04-01', end: '2022-05-31' });
  });

  it('gives the right side of a range the left side’s year, not the default', () => {
    expect(read('2012年6月—6月底', { year: 2030 })).toEqual({ start: '2012-06-01', end: '2012-06-30' });
  });

  it('returns an inverted range as written, for validateSchedule to report', () => {
    expect(read('2012年7月—2012年6月底')).toEqual({ start: '2012-07-01', end: '2012-06-30' });
    expect(read('2010年9月—3月')).toEqual({ start: '2010-09-01', end: '2010-03-31' });
  });
});

describe('parseDatePhrase — month ends and leap years', () => {
  it.each([
    ['2012年2月', { start: '2012-02-01', end: '2012-02-29' }],
    ['2011年2月', { start: '2011-02-01', end: '2011-02-28' }],
    ['2000年2月底', { start: '2000-02-29', end: '2000-02-29' }],
    ['1900年2月底', { start: '1900-02-28', end: '1900-02-28' }],
    ['2012年2月下旬', { start: '2012-02-21', end: '2012-02-29' }],
    ['2011年2月下旬', { start: '2011-02-21', end: '2011-02-28' }],
    ['2012年2月29日', { start: '2012-02-29', end: '2012-02-29' }],
    ['2012年3月1日前', { end: '2012-02-29' }],
    ['2012年3月前', { end: '2012-02-29' }],
    ['2011年3月前', { end: '2011-02-28' }],
    ['2010年4月底', { start: '2010-04-30', end: '2010-04-30' }],
    ['2010年12月底', { start: '2010-12-31', end: '2010-12-31' }],
    ['2011年1月1日前', { end: '2010-12-31' }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each(['2011年2月29日', '2010年4月31日', '2010年13月', '2010年0月', '2010年6月0日'])('rejects %s, a day that does not exist', (text) => {
    expect(read(text)).toEqual(['datePhrase.notADate']);
  });
});

describe('parseDatePhrase — the meaning of “前”', () => {
  it('is exclusive by default: the named day itself is not before it', () => {
    expect(DEFAULT_DATE_PHRASE_OPTIONS.before).toBe('exclusive');
    expect(read('2021年7月1日前')).toEqual({ end: '2021-06-30' });
    expect(read('2021年7月1日之前')).toEqual({ end: '2021-06-30' });
    expect(read('2021年7月1日以前')).toEqual({ end: '2021-06-30' });
  });

  it('is inclusive when asked: up to the last day of what it names', () => {
    expect(read('2021年7月1日前', { before: 'inclusive' })).toEqual({ end: '2021-07-01' });
    expect(read('2012年6月底前', { before: 'inclusive' })).toEqual({ end: '2012-06-30' });
    expect(read('2012年6月前', { before: 'inclusive' })).toEqual({ end: '2012-06-30' });
    expect(read('党的十八大召开前', { before: 'inclusive' })).toEqual({ end: '2012-11-08' });
  });
});

describe('parseDatePhrase — what it cannot read', () => {
  it('points at the first character it could not read', () => {
    const result = parseDatePhrase('2010年7月—明年春天');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ['datePhrase.unreadable', [], { text: '2010年7月—明年春天', at: 8, rest: '—明年春天' }],
    ]);
    expect(result.issues[0]?.message['zh-CN']).toBe('无法识别日期表述“2010年7月—明年春天”中从第 8 个字符起的“—明年春天”');
  });

  it.each([
    ['', 'datePhrase.unreadable'],
    ['近期', 'datePhrase.unreadable'],
    ['2010年7月5日召开', 'datePhrase.unreadable'],
    ['2010年7月—2011年3月以后', 'datePhrase.unreadable'],
    ['7月1日前', 'datePhrase.missingYear'],
    ['七一前', 'datePhrase.missingYear'],
    ['5月下旬—6月', 'datePhrase.missingYear'],
    ['7月1日前—8月', 'datePhrase.missingYear'],
    ['2021年7月1日前—8月', 'datePhrase.deadlineAsStart'],
    ['2010年7月—2月30日', 'datePhrase.notADate'],
    ['2010年7月—党的十五大召开前', 'datePhrase.unknownCongress'],
  ])('reports %j', (text, code) => {
    expect(read(text)).toEqual([code]);
  });

  it('never throws', () => {
    for (const text of ['年', '月', '前', '—', '2010年—', '十大', '2010年七月', '99月', '((']) {
      expect(typeof parseDatePhrase(text).success).toBe('boolean');
    }
  });
});

describe('parseDatePhrase — the congresses by their numerals, and what a 党务工作者 reads when a phrase cannot be read', () => {
  const said = (text: string, options: DatePhraseOptions = {}) => {
    const result = parseDatePhrase(text, options);
    return result.success ? result.data : result.issues.map((issue) => [issue.code, issue.params, issue.message['zh-CN']]);
  };

  it('reads 十六大, 二十大 and 18大, and names the congress it does not know, 九大, 十大 and 二十一大, by its number', () => {
    expect(said('十六大召开前')).toEqual({ end: '2002-11-07' });
    expect(said('二十大召开前')).toEqual({ end: '2022-10-15' });
    expect(said('18大召开前')).toEqual({ end: '2012-11-07' });
    for (const [text, ordinal] of [['九大召开前', 9], ['十大召开前', 10], ['二十一大召开前', 21]] as const) {
      expect(said(text)).toEqual([['datePhrase.unknownCongress', { text, ordinal }, `日期表述“${text}”提到的党的第 ${ordinal} 次全国代表大会不在已知的召开日期中`]]);
    }
  });

  it('reads a named day by its longest name, wherever that name is listed', () => {
    const school = { month: 5, day: 20, label: { 'zh-CN': '校庆日', en: 'School day' }, names: ['校庆', '校庆日'] };
    expect(said('2015年校庆日前', { namedDays: { school } })).toEqual({ end: '2015-05-19' });
  });

  it('names the month that does not exist, the year that is missing and the deadline given as a start', () => {
    expect(said('2015年13月1日')).toEqual([['datePhrase.notADate', { text: '2015年13月1日', year: 2015, month: 13, day: 1 }, '日期表述“2015年13月1日”中的 2015年13月1日 不存在']]);
    expect(said('2015年0月')).toEqual([['datePhrase.notADate', { text: '2015年0月', year: 2015, month: 0, day: 1 }, '日期表述“2015年0月”中的 2015年0月1日 不存在']]);
    expect(said('国庆前')).toEqual([['datePhrase.missingYear', { text: '国庆前' }, '日期表述“国庆前”没有写年份,也没有给出默认年份']]);
    expect(said('从2015年国庆前开始')).toEqual([
      ['datePhrase.deadlineAsStart', { text: '从2015年国庆前开始' }, '日期表述“从2015年国庆前开始”以“前”字表述开头,只说明截止日期,不能作为起始日期'],
    ]);
  });
});

describe('parseDatePhrase — a congress of the options numbered as no congress is', () => {
  it.each([
    [0, 'input.tooSmall'],
    [1.5, 'input.expected'],
  ])('ordinal %s: %s at its path', (ordinal, code) => {
    const congresses = [{ ordinal, opening: '2012-11-08', label: { 'zh-CN': '十八大', en: '18th' } }];
    const result = parseDatePhrase('十八大召开前', { congresses } as never);
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([[code, ['options', 'congresses', 0, 'ordinal']]]);
  });
});
