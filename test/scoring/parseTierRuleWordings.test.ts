import { describe, expect, it } from 'vitest';
import {
  classify,
  parseTierRule,
  TIER_SET_EXCELLENT_GOOD_QUALIFIED,
  TIER_SET_FIVE_GRADES,
  TIER_SET_GOOD_TO_POOR,
  type TierBand,
  type TierRule,
} from '../../src/scoring';

// The wordings real plans use, each test named in the wording it reads.

function parsed(text: string): TierRule {
  const result = parseTierRule(text);
  if (!result.success) throw new Error(JSON.stringify(result.issues.map((issue) => issue.message['zh-CN'])));
  return result.data;
}

function failed(text: string) {
  const result = parseTierRule(text);
  if (result.success) throw new Error('expected a failure');
  return result.issues;
}

const at = (value: number, inclusive = true) => ({ value, inclusive });

/** The bands without their texts: what they hold. */
const bounds = (rule: TierRule) => rule.bands.map(({ text: _text, ...band }) => band);

const WHOLE_NUMBER_BANDS: readonly TierBand[] = [
  { tier: 'excellent', min: at(90) },
  { tier: 'qualified', min: at(80), max: at(89) },
  { tier: 'basicallyQualified', min: at(60), max: at(79) },
  { tier: 'unqualified', max: at(59) },
];

describe('whole-number rules', () => {
  it('90分以上为优秀,80—89分为合格,60—79分为基本合格,59分以下为不合格', () => {
    const rule = parsed('90分以上为优秀,80—89分为合格,60—79分为基本合格,59分以下为不合格');
    expect(bounds(rule)).toEqual(WHOLE_NUMBER_BANDS);
    expect(rule.bands.map((band) => band.text)).toEqual(['90分以上', '80—89分', '60—79分', '59分以下']);
    expect(rule.wholeScores).toBe(true);
  });
  it('90分及以上为优秀;80分至89分为合格;60分至79分为基本合格;59分及以下为不合格', () => {
    const rule = parsed('90分及以上为优秀;80分至89分为合格;60分至79分为基本合格;59分及以下为不合格');
    expect(bounds(rule)).toEqual(WHOLE_NUMBER_BANDS);
    expect(rule.bands.map((band) => band.text)).toEqual(['90分及以上', '80分至89分', '60分至79分', '59分及以下']);
    expect(rule.wholeScores).toBe(true);
  });
  it('a parsed whole-number rule classifies 89.5 as 合格: it has not reached 90, and is never rounded up into 优秀', () => {
    const rule = parsed('90分以上为优秀,80—89分为合格,60—79分为基本合格,59分以下为不合格');
    expect(classify(89.5, rule)).toMatchObject({ tier: 'qualified', bandIndex: 1, alsoMatched: [] });
    expect(classify(89.99, rule)?.tier).toBe('qualified');
    expect(classify(90, rule)?.tier).toBe('excellent');
    expect(classify(79.5, rule)?.tier).toBe('basicallyQualified');
    expect(classify(59.99, rule)?.tier).toBe('unqualified');
    expect(classify(60, rule)?.tier).toBe('basicallyQualified');
    // Without the whole-number reading the same bands leave 89.5 without a tier.
    expect(classify(89.5, { ...rule, wholeScores: false })).toBeUndefined();
  });
  it('a gap of two points (80—88分 under 90分以上) is still a gap', () => {
    // Not every gap is one point, so the text is not a whole-number rule: every gap is reported.
    const issues = failed('90分以上为优秀,80—88分为合格,60—79分为基本合格,59分以下为不合格');
    expect(issues.map((issue) => [issue.code, issue.params['from'], issue.params['to']])).toEqual([
      ['scoring.ruleGap', 59.01, 59.99],
      ['scoring.ruleGap', 79.01, 79.99],
      ['scoring.ruleGap', 88.01, 89.99],
    ]);
  });
  it('bands that leave no gap are not a whole-number rule: 100分以上为优秀;80—100分为合格', () => {
    expect(parsed('100分以上为优秀;80—100分为合格;60—80分为基本合格;60分以下为不合格').wholeScores).toBeUndefined();
  });
});

describe('(含100分), (不含), 及以上, 以上(含)', () => {
  it('100分以上(含100分)为优秀', () => {
    const rule = parsed('100分以上(含100分)为优秀;80—100分为合格;60—80分为基本合格;60分以下为不合格');
    expect(rule.bands[0]).toEqual({ tier: 'excellent', min: at(100), text: '100分以上(含100分)' });
    expect(classify(100, rule)?.tier).toBe('excellent');
  });
  it('(不含60分) after 60分以上 excludes 60; (含90分) after another number is reported', () => {
    expect(parsed('60分以上(不含60分)为合格;60分以下为不合格').bands[0]).toMatchObject({ min: at(60, false) });
    const [issue] = failed('100分以上(含90分)为优秀;100分以下为合格');
    expect(issue).toMatchObject({ code: 'scoring.parseMarkerMismatch', path: [6], params: { column: 7, fragment: '(含90分)' } });
    expect(issue?.message['zh-CN']).toBe('第 7 个字符起的“(含90分)”所说的分数与它前面的分数不同');
  });
  it('(不含)', () => {
    expect(bounds(parsed('90分(不含)以上为优秀;60—90分为合格;60分以下(不含)为不合格'))).toEqual([
      { tier: 'excellent', min: at(90, false) },
      { tier: 'qualified', min: at(60), max: at(90) },
      { tier: 'unqualified', max: at(60, false) },
    ]);
  });
  it('及以上', () => {
    expect(parsed('90分及以上为优秀;90分以下为合格').bands[0]).toEqual({ tier: 'excellent', min: at(90), text: '90分及以上' });
  });
  it('以上(含)', () => {
    expect(parsed('90分以上(含)为优秀;90分以下(不含)为合格').bands).toEqual([
      { tier: 'excellent', min: at(90), text: '90分以上(含)' },
      { tier: 'qualified', max: at(90, false), text: '90分以下(不含)' },
    ]);
  });
});

describe('comparison signs', () => {
  it('得分≥90为优秀,80≤得分<90为合格,60≤得分<80为基本合格,得分<60为不合格', () => {
    const rule = parsed('得分≥90为优秀,80≤得分<90为合格,60≤得分<80为基本合格,得分<60为不合格');
    expect(rule.bands).toEqual([
      { tier: 'excellent', min: at(90), text: '≥90' },
      { tier: 'qualified', min: at(80), max: at(90, false), text: '80≤得分<90' },
      { tier: 'basicallyQualified', min: at(60), max: at(80, false), text: '60≤得分<80' },
      { tier: 'unqualified', max: at(60, false), text: '<60' },
    ]);
    expect(rule.wholeScores).toBeUndefined();
  });
  it('≥90 and <60', () => {
    expect(bounds(parsed('≥90为优秀;<90为合格'))).toEqual([
      { tier: 'excellent', min: at(90) },
      { tier: 'qualified', max: at(90, false) },
    ]);
    expect(bounds(parsed('≥60为合格;<60为不合格'))).toEqual([
      { tier: 'qualified', min: at(60) },
      { tier: 'unqualified', max: at(60, false) },
    ]);
  });
  it('> and ≤', () => {
    expect(bounds(parsed('得分>90为优秀;60<得分≤90为合格;得分≤60为不合格'))).toEqual([
      { tier: 'excellent', min: at(90, false) },
      { tier: 'qualified', min: at(60, false), max: at(90) },
      { tier: 'unqualified', max: at(60) },
    ]);
  });
  it('full-width ＞＝ and ＜', () => {
    expect(parsed('得分＞＝90为优秀;60＜＝得分＜90为合格;得分＜60为不合格').bands).toEqual([
      { tier: 'excellent', min: at(90), text: '＞＝90' },
      { tier: 'qualified', min: at(60), max: at(90, false), text: '60＜＝得分＜90' },
      { tier: 'unqualified', max: at(60, false), text: '＜60' },
    ]);
  });
  it('>= and <=', () => {
    expect(bounds(parsed('>=90分为优秀;60分<=得分<90分为合格;<60分为不合格'))).toEqual([
      { tier: 'excellent', min: at(90) },
      { tier: 'qualified', min: at(60), max: at(90, false) },
      { tier: 'unqualified', max: at(60, false) },
    ]);
    expect(bounds(parsed('得分>=60为合格;得分<=59为不合格'))).toEqual([
      { tier: 'qualified', min: at(60) },
      { tier: 'unqualified', max: at(59) },
    ]);
  });
  it('90>得分: the sign after the number points the other way', () => {
    expect(bounds(parsed('得分≥90为优秀;90>得分为合格'))).toEqual([
      { tier: 'excellent', min: at(90) },
      { tier: 'qualified', max: at(90, false) },
    ]);
  });
  it('a sign without its number, or a third bound, is not a range', () => {
    expect(failed('得分≥为优秀')[0]).toMatchObject({ code: 'scoring.parseBadRange', params: { fragment: '≥' } });
    expect(failed('60≤得分<90≤得分为合格')[0]).toMatchObject({ code: 'scoring.parseBadRange' });
    expect(failed('60(含)≤得分为合格')[0]).toMatchObject({ code: 'scoring.parseBadRange' });
    expect(failed('得分为合格')[0]).toMatchObject({ code: 'scoring.parseMissingRange' });
  });
});

describe('不低于 / 低于 / 不足 / 满 / 达到 / 未达到, 分数在…之间', () => {
  it('不低于90分为优秀;满60分低于90分为合格;不足60分为不合格', () => {
    expect(bounds(parsed('不低于90分为优秀;满60分低于90分为合格;不足60分为不合格'))).toEqual([
      { tier: 'excellent', min: at(90) },
      { tier: 'qualified', min: at(60), max: at(90, false) },
      { tier: 'unqualified', max: at(60, false) },
    ]);
  });
  it('达到90分为优秀;分数在60分至90分之间的为合格;未达到60分者评为不合格', () => {
    expect(parsed('达到90分为优秀;分数在60分至90分之间的为合格;未达到60分者评为不合格').bands).toEqual([
      { tier: 'excellent', min: at(90), text: '达到90分' },
      { tier: 'qualified', min: at(60), max: at(90), text: '60分至90分' },
      { tier: 'unqualified', max: at(60, false), text: '未达到60分' },
    ]);
  });
  it('…的为, 者为, 评为, 定为', () => {
    expect(bounds(parsed('90分以上的为优秀;60—89分者为合格;不满60分的评为不合格'))).toEqual([
      { tier: 'excellent', min: at(90) },
      { tier: 'qualified', min: at(60), max: at(89) },
      { tier: 'unqualified', max: at(60, false) },
    ]);
    expect(parsed('90分以上定为优秀;90分以下定为合格').bands.map((band) => band.tier)).toEqual(['excellent', 'qualified']);
  });
});

describe('separators and numbered lists', () => {
  const EXPECTED = [
    { tier: 'excellent', min: at(90) },
    { tier: 'qualified', min: at(60), max: at(89) },
    { tier: 'unqualified', max: at(59) },
  ];
  it('; , ， 。 and line breaks', () => {
    for (const text of [
      '90分以上为优秀;60—89分为合格;59分以下为不合格',
      '90分以上为优秀,60—89分为合格,59分以下为不合格',
      '90分以上为优秀，60—89分为合格，59分以下为不合格',
      '90分以上为优秀。60—89分为合格。59分以下为不合格。',
      '90分以上为优秀\n60—89分为合格\r\n59分以下为不合格\n',
    ]) {
      expect(bounds(parsed(text)), text).toEqual(EXPECTED);
    }
  });
  it('1. … 2. …', () => {
    expect(bounds(parsed('1. 90分以上为优秀\n2. 60—89分为合格\n3. 59分以下为不合格'))).toEqual(EXPECTED);
    expect(bounds(parsed('1.90分以上为优秀;2.60—89分为合格;3.59分以下为不合格'))).toEqual(EXPECTED);
    expect(bounds(parsed('1、90分以上为优秀 2、60—89分为合格 3、59分以下为不合格'))).toEqual(EXPECTED);
  });
  it('(1) (2), ① ②, 一、 二、', () => {
    expect(bounds(parsed('(1)90分以上定为优秀;(2)60—89分定为合格;(3)59分以下定为不合格'))).toEqual(EXPECTED);
    expect(bounds(parsed('（一）90分以上为优秀（二）60—89分为合格（三）59分以下为不合格'))).toEqual(EXPECTED);
    expect(bounds(parsed('①90分以上为优秀②60—89分为合格③59分以下为不合格'))).toEqual(EXPECTED);
    expect(bounds(parsed('一、90分以上为优秀。二、60—89分为合格。三、59分以下为不合格。'))).toEqual(EXPECTED);
  });
  it('1.5 is a score, not item 1, when the items are not numbered 1. 2. in order', () => {
    expect(bounds(parsed('1.5分以上为合格;不满1.5分为不合格'))).toEqual([
      { tier: 'qualified', min: at(1.5) },
      { tier: 'unqualified', max: at(1.5, false) },
    ]);
    expect(bounds(parsed('2.5分以上为合格;1.5—2.5分为基本合格;不满1.5分为不合格'))[1]).toEqual({ tier: 'basicallyQualified', min: at(1.5), max: at(2.5) });
  });
});

describe('就高不就低 / 就低不就高', () => {
  it('分界分数就低不就高 gives a shared boundary the lower tier', () => {
    const rule = parsed('100分以上为优秀；80—100分为合格；60—80分为基本合格；60分以下为不合格；分界分数就低不就高');
    expect(rule.overlap).toBe('lowerTier');
    expect(classify(100, rule)?.tier).toBe('qualified');
    expect(parseTierRule('90分以上为优秀,90分以下为合格,就高不就低', { overlap: 'lowerTier' })).toMatchObject({ success: true, data: { overlap: 'higherTier' } });
  });
  it('a text that says both is reported', () => {
    const [issue] = failed('90分以上为优秀;90分以下为合格;就高不就低;就低不就高');
    expect(issue).toMatchObject({ code: 'scoring.parseOverlapConflict', params: { fragment: '就低不就高', column: 25 } });
  });
});

describe('tier words from the rule’s tier set', () => {
  it('90分以上为优秀;75—90分为良好;60—75分为合格;60分以下为不合格, read in 优秀/良好/合格/不合格', () => {
    const text = '90分以上为优秀;75—90分为良好;60—75分为合格;60分以下为不合格';
    const result = parseTierRule(text, { tierSet: TIER_SET_EXCELLENT_GOOD_QUALIFIED });
    expect(result).toEqual({
      success: true,
      data: {
        source: text,
        tierSet: TIER_SET_EXCELLENT_GOOD_QUALIFIED,
        bands: [
          { tier: 'excellent', min: at(90), text: '90分以上' },
          { tier: 'good', min: at(75), max: at(90), text: '75—90分' },
          { tier: 'qualified', min: at(60), max: at(75), text: '60—75分' },
          { tier: 'unqualified', max: at(60), text: '60分以下' },
        ],
        overlap: 'higherTier',
      },
    });
    expect(result.success && classify(80, result.data)?.tier).toBe('good');
  });
  it('好/较好/一般/差 and five grades, whole-number style', () => {
    const branch = parseTierRule('90分以上为好;80—89分为较好;60—79分为一般;59分以下为差', { tierSet: TIER_SET_GOOD_TO_POOR });
    expect(branch.success && branch.data.bands.map((band) => band.tier)).toEqual(['good', 'fairlyGood', 'average', 'poor']);
    expect(branch.success && branch.data.wholeScores).toBe(true);
    const five = parseTierRule('≥90为优秀;80≤得分<90为良好;70≤得分<80为中等;60≤得分<70为合格;<60为不合格', { tierSet: TIER_SET_FIVE_GRADES });
    expect(five.success && five.data.bands.map((band) => band.tier)).toEqual(['excellent', 'good', 'fair', 'qualified', 'unqualified']);
  });
  it('“良好” read without its tier set names the sets that have it', () => {
    const [issue] = failed('90分以上为优秀;75—90分为良好;60—75分为合格;60分以下为不合格');
    expect(issue).toMatchObject({
      code: 'scoring.parseOtherSetTier',
      path: [16],
      params: { column: 17, fragment: '良好', sets: 'excellent-good-qualified / five-grades' },
    });
    expect(issue?.message['zh-CN']).toBe(
      '第 17 个字符起的“良好”不是本规则的等次,而是等次集“excellent-good-qualified / five-grades”的等次:读取这样的规则时请指定其等次集',
    );
  });
  it('a tier set that is not shaped as one, or names two tiers alike, is reported in the options', () => {
    const notASet = parseTierRule('90分以上为优秀', { tierSet: null as never });
    expect(!notASet.success && notASet.issues.map((issue) => [issue.code, issue.path])).toEqual([['input.expected', ['options', 'tierSet']]]);
    const twice = { ...TIER_SET_EXCELLENT_GOOD_QUALIFIED, tierLabels: { ...TIER_SET_EXCELLENT_GOOD_QUALIFIED.tierLabels, good: { 'zh-CN': '优秀', en: 'Good' } } };
    const result = parseTierRule('90分以上为优秀;90分以下为合格', { tierSet: twice });
    expect(!result.success && result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['scoring.tierSetDuplicateLabel', ['options', 'tierSet', 'tierLabels', 'good', 'zh-CN']],
    ]);
  });
  it('a tier of another set, given a set, is only unreadable', () => {
    const result = parseTierRule('90分以上为好;90分以下为不合格', { tierSet: TIER_SET_EXCELLENT_GOOD_QUALIFIED });
    expect(!result.success && result.issues[0]).toMatchObject({ code: 'scoring.parseUnreadable', params: { fragment: '好' } });
  });
});

describe('what still cannot be read is pointed at', () => {
  it('points at prose after a sign, with its column', () => {
    expect(failed('得分≥90且无违纪为优秀')[0]).toMatchObject({ code: 'scoring.parseUnreadable', path: [5], params: { column: 6, fragment: '且无违纪' } });
  });
});
