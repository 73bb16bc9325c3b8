import { describe, expect, it } from 'vitest';
import { LIMITED_CORRECTION_PERIOD, rectifyUnqualified } from '../../src/rectification';
import { isoDate, type IsoDate } from '../../src/schedule';
import { MEMBER_TIERS } from '../../src/scoring';

const unqualified = { memberId: 'm11', tier: 'unqualified' } as const;

describe('rectifyUnqualified — 不合格党员限期改正', () => {
  it('限期改正 lasts six months by default, ending on the corresponding day (民法典 第二百零二条)', () => {
    const { item, issues } = rectifyUnqualified(unqualified, isoDate('2011-01-10'));
    expect(issues).toEqual([]);
    expect(item).toEqual({
      id: 'limited-correction-m11',
      problem: '民主评议被评定为不合格党员',
      source: 'assessment',
      measure: '限期改正:党组织进行批评教育,帮助其查找原因、制定改正措施',
      target: '期满经党组织考察,达到合格党员标准',
      due: '2011-07-10',
      ownerId: 'm11',
      status: 'open',
      processDisclosed: false,
      resultDisclosed: false,
    });
  });

  it('a month without the corresponding day ends on its last day', () => {
    expect(rectifyUnqualified(unqualified, isoDate('2010-08-31')).item?.due).toBe('2011-02-28');
    expect(rectifyUnqualified(unqualified, isoDate('2011-08-31')).item?.due).toBe('2012-02-29');
  });

  it('最长不超过1年: twelve months are allowed, thirteen are not', () => {
    expect(rectifyUnqualified(unqualified, isoDate('2011-01-10'), { months: 12 }).item?.due).toBe('2012-01-10');
    const refused = rectifyUnqualified(unqualified, isoDate('2011-01-10'), { months: 13 });
    expect(refused.item).toBeUndefined();
    expect(refused.issues.map((issue) => [issue.code, issue.path])).toEqual([['rectification.invalidPeriod', ['options', 'months']]]);
    expect(refused.issues[0]?.message['zh-CN']).toBe('限期改正期限应为 1 至 12 个月的整月数,现为 13');
  });

  it('refuses a period that is not a whole number of months', () => {
    for (const months of [0, 2.5, -1]) {
      expect(rectifyUnqualified(unqualified, isoDate('2011-01-10'), { months }).issues[0]?.code).toBe('rectification.invalidPeriod');
    }
    expect(rectifyUnqualified(unqualified, isoDate('2011-01-10'), { months: Number.NaN }).issues[0]?.code).toBe('input.expected');
  });

  it('takes the period, rule, id and language from the options', () => {
    const { item } = rectifyUnqualified(unqualified, isoDate('2011-01-10'), {
      rule: { months: 3, maxMonths: 6 },
      id: 'r-m11',
      locale: 'en',
    });
    expect([item?.id, item?.due, item?.problem]).toEqual(['r-m11', '2011-04-10', 'Found an unqualified member in the democratic evaluation']);
    expect(LIMITED_CORRECTION_PERIOD).toEqual({ months: 6, maxMonths: 12 });
  });

  it('reports a forged date, which the IsoDate type forbids, and makes no item', () => {
    const result = rectifyUnqualified(unqualified, '2011-02-30' as IsoDate);
    expect(result.item).toBeUndefined();
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([['input.expected', ['decidedOn']]]);
  });

  it('makes no item for any other tier', () => {
    for (const tier of MEMBER_TIERS.filter((each) => each !== 'unqualified')) {
      expect(rectifyUnqualified({ memberId: 'm06', tier }, isoDate('2011-01-10'))).toEqual({ issues: [] });
    }
  });
});
