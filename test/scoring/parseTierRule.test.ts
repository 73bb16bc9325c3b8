import { describe, expect, it } from 'vitest';
import {
  formatTierRule,
  MEMBER_TIERS_DEMOCRATIC_REVIEW,
  MEMBER_TIERS_TONGMIN_2015,
  parseTierRule,
  type ParseTierRuleOptions,
  type TierRule,
} from '../../src/scoring';

const SEED_SENTENCE =
  '得分在100分以上者,推荐为本年度优秀党员;总分在80—100分的为合格党员;总分在60—80分的为基本合格党员;总分在60分以下的为不合格党员';

function parsed(text: string, options?: ParseTierRuleOptions): TierRule {
  const result = parseTierRule(text, options);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

function failed(text: string) {
  const result = parseTierRule(text);
  if (result.success) throw new Error('expected a failure');
  return result.issues;
}

describe('parseTierRule reads rules as plans write them', () => {
  it('reads the 2015 seed sentence into MEMBER_TIERS_TONGMIN_2015', () => {
    const rule = parsed(SEED_SENTENCE);
    expect(rule.bands).toEqual(MEMBER_TIERS_TONGMIN_2015.bands);
    expect(rule.overlap).toBe('higherTier');
    expect(rule.source).toBe(SEED_SENTENCE);
  });
  it('reads the issue’s form, 100分以上为优秀;80—100分为合格;60—80分为基本合格;60分以下为不合格', () => {
    expect(parsed('100分以上为优秀;80—100分为合格;60—80分为基本合格;60分以下为不合格').bands).toEqual(MEMBER_TIERS_TONGMIN_2015.bands);
  });
  it('round-trips the shipped rules through formatTierRule', () => {
    for (const rule of [MEMBER_TIERS_TONGMIN_2015, MEMBER_TIERS_DEMOCRATIC_REVIEW]) {
      expect(parsed(formatTierRule(rule)).bands).toEqual(rule.bands);
    }
  });
  it('round-trips exclusive bounds', () => {
    const rule: TierRule = {
      overlap: 'higherTier',
      bands: [
        { tier: 'excellent', min: { value: 90, inclusive: false } },
        { tier: 'qualified', min: { value: 60, inclusive: true }, max: { value: 90, inclusive: true } },
        { tier: 'basicallyQualified', min: { value: 50.5, inclusive: false }, max: { value: 60, inclusive: false } },
        { tier: 'unqualified', max: { value: 50.5, inclusive: true } },
      ],
    };
    const text = formatTierRule(rule);
    expect(text).toBe('超过90分为优秀；60—90分为合格；50.5（不含）—60分（不含）为基本合格；50.5分以下为不合格');
    expect(parsed(text).bands.map(({ text: _text, ...band }) => band)).toEqual(rule.bands);
  });
  it('reads full-width digits and punctuation, ～ and 至, tier before range, and (含)/(不含)', () => {
    const rule = parsed('优秀：９０分及以上，合格：６０（含）～９０分（不含），不合格：不满６０分');
    expect(rule.bands).toEqual([
      { tier: 'excellent', min: { value: 90, inclusive: true }, text: '９０分及以上' },
      { tier: 'qualified', min: { value: 60, inclusive: true }, max: { value: 90, inclusive: false }, text: '６０（含）～９０分（不含）' },
      { tier: 'unqualified', max: { value: 60, inclusive: false }, text: '不满６０分' },
    ]);
    expect(parsed('85分至100分为优秀;60到85分为合格;不足60分为不合格').bands.map((band) => band.min?.value)).toEqual([85, 60, undefined]);
  });
  it('reads 超过 and 以内 and two bounds in one range', () => {
    const rule = parsed('超过90分为优秀;60分以上90分以下为合格;不满60分为不合格');
    expect(rule.bands[0]).toMatchObject({ min: { value: 90, inclusive: false } });
    expect(rule.bands[1]).toMatchObject({ min: { value: 60, inclusive: true }, max: { value: 90, inclusive: true } });
    expect(rule.bands[2]).toMatchObject({ max: { value: 60, inclusive: false } });
    expect(parsed('90分以上为优秀;60分以上不满90分为合格;60分以内为不合格').bands[1]).toMatchObject({
      max: { value: 90, inclusive: false },
    });
  });
  it('takes the overlap resolution from the options', () => {
    expect(parsed(SEED_SENTENCE, { overlap: 'lowerTier' }).overlap).toBe('lowerTier');
  });
});

describe('parseTierRule reports what it cannot read, with its position', () => {
  it('points at the seed’s prose that is not a rule: “支部给予表彰奖励”', () => {
    const text = '得分在100分以上者,推荐为本年度优秀党员,支部给予表彰奖励;总分在80—100分的为合格党员';
    const [issue, ...rest] = failed(text);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'scoring.parseUnreadable', path: [22], params: { column: 23, fragment: '支部给予表彰奖励' } });
    expect(text.slice(22, 30)).toBe('支部给予表彰奖励');
    expect(issue?.message['zh-CN']).toBe('第 23 个字符起的“支部给予表彰奖励”无法识别');
    expect(issue?.message.en).toBe('Cannot read "支部给予表彰奖励" at character 23');
  });
  it('reports a gap, “90—100分” beside “80—88分”, not guessed', () => {
    const [issue] = failed('90—100分为优秀;80—88分为合格;80分以下为不合格');
    expect(issue).toMatchObject({ code: 'scoring.ruleGap', params: { from: 88.01, to: 89.99, fragment: '90—100分' } });
  });
  it('reports the gap under “90分以上” when a bound is not a whole number: “80—89.5分” is not a whole-number rule', () => {
    const [issue, ...rest] = failed('90分以上为优秀;80—89.5分为合格;80分以下为不合格');
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'scoring.ruleGap', params: { from: 89.51, to: 89.99, fragment: '90分以上' } });
  });
  it('reports a contradiction between two bands', () => {
    const [issue] = failed('80分以上为优秀;70—100分为合格;70分以下为不合格');
    expect(issue).toMatchObject({ code: 'scoring.ruleOverlap', params: { from: 80, to: 100, fragment: '70—100分' } });
    expect(issue?.message['zh-CN']).toBe('分数段“70—100分”与“80分以上”重叠于 80 至 100 分,不只是共用一个端点');
    expect(failed('90分以上为优秀;60—95分为合格;60分以下为不合格').map((issue) => issue.code)).toEqual(['scoring.ruleOverlap']);
  });
  it('reports a worse tier above a better one', () => {
    const [issue] = failed('60分以上为不合格;60分以下为优秀');
    expect(issue).toMatchObject({ code: 'scoring.ruleTierOrder', path: [0], params: { fragment: '60分以上' } });
  });
  it('reports a range without a tier and a tier without a range', () => {
    expect(failed('100分以上;60分以下为不合格')[0]).toMatchObject({ code: 'scoring.parseMissingTier', params: { fragment: '100分以上' } });
    expect(failed('优秀;60分以下为不合格')[0]).toMatchObject({ code: 'scoring.parseMissingRange', path: [0] });
    expect(failed('100分以上 80分以上为优秀')[0]).toMatchObject({ code: 'scoring.parseUnpaired' });
  });
  it('reports a bare number, a dangling dash, three decimals and an empty text', () => {
    expect(failed('100分为优秀')[0]).toMatchObject({ code: 'scoring.parseBadRange', params: { fragment: '100分' } });
    expect(failed('80—分为合格')[0]).toMatchObject({ code: 'scoring.parseBadRange' });
    expect(failed('60分以上80分以上为合格')[0]).toMatchObject({ code: 'scoring.parseBadRange' });
    expect(failed('以上为合格')[0]).toMatchObject({ code: 'scoring.parseBadRange' });
    expect(failed('不满分为合格')[0]).toMatchObject({ code: 'scoring.parseBadRange' });
    expect(failed('任意分数60分以上为合格')[0]).toMatchObject({ code: 'scoring.parseBadRange' });
    expect(failed('59.995分以下为不合格;59.995分以上为合格')[0]).toMatchObject({
      code: 'scoring.parseTooManyDecimals',
      params: { fragment: '59.995' },
    });
    expect(failed('')[0]).toMatchObject({ code: 'scoring.parseEmpty', path: [] });
    expect(failed(' ;。')[0]).toMatchObject({ code: 'scoring.parseEmpty' });
  });
  it('reads 任意分数 as a band without bounds', () => {
    expect(parsed('任意分数为合格').bands).toEqual([{ tier: 'qualified', text: '任意分数' }]);
  });
});
