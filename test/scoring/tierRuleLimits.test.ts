import { describe, expect, it } from 'vitest';
import { checkTierRule, MAX_RULE_TEXT_LENGTH, parseTierRule, type ParseTierRuleOptions, type TierRule } from '../../src/scoring';

const codes = (result: ReturnType<typeof parseTierRule>) => (result.success ? [] : result.issues.map((issue) => issue.code));

describe('checkTierRule: an overlap open at one end reads as a band, never “to Infinity”', () => {
  it('two bands “90分以上” of different tiers overlap on “90 or more”', () => {
    const rule: TierRule = {
      overlap: 'higherTier',
      bands: [
        { tier: 'excellent', min: { value: 90, inclusive: true } },
        { tier: 'qualified', min: { value: 60, inclusive: true } },
        { tier: 'unqualified', max: { value: 60, inclusive: false } },
      ],
    };
    const issues = checkTierRule(rule);
    expect(issues.map((issue) => [issue.code, issue.path, issue.params['from']])).toEqual([['scoring.ruleOverlapAtLeast', ['bands', 1], 90]]);
    expect(issues[0]?.message.en).toBe('Bands "60分以上" and "90分以上" overlap on 90 or more');
    expect(issues[0]?.message['zh-CN']).toBe('分数段“60分以上”与“90分以上”重叠于90分以上');
    for (const issue of issues) expect(JSON.stringify(issue)).not.toMatch(/Infinity|null/);
  });

  it('two bands open below overlap on “59.99 or less”, two bands of any score on any score', () => {
    const below = checkTierRule({
      overlap: 'higherTier',
      bands: [
        { tier: 'basicallyQualified', min: { value: 60, inclusive: true }, max: { value: 70, inclusive: true } },
        { tier: 'basicallyQualified', max: { value: 60, inclusive: false } },
        { tier: 'unqualified', max: { value: 60, inclusive: false } },
        { tier: 'qualified', min: { value: 70, inclusive: true } },
      ],
    });
    expect(below.map((issue) => [issue.code, issue.params['to']])).toEqual([['scoring.ruleOverlapAtMost', 59.99]]);
    expect(below[0]?.message['zh-CN']).toBe('分数段“不满60分”与“不满60分”重叠于59.99分以下');
    const any = checkTierRule({ overlap: 'higherTier', bands: [{ tier: 'excellent' }, { tier: 'qualified' }] });
    expect(any.map((issue) => issue.code)).toEqual(['scoring.ruleOverlapAny']);
    expect(any[0]?.message.en).toBe('Bands "任意分数" and "任意分数" overlap on any score');
  });

  it('parseTierRule reports “90分以上” beside “80分以上” of another tier as an overlap on 90 or more', () => {
    const result = parseTierRule('90分以上为优秀;80分以上为合格;不满80分为不合格');
    expect(codes(result)).toEqual(['scoring.ruleOverlapAtLeast']);
    expect(!result.success && result.issues[0]?.params).toMatchObject({ from: 90, fragment: '80分以上' });
  });
});

describe('parseTierRule: options and length are checked', () => {
  it.each([NaN, 'higher', null, 1])('reports the overlap option %s instead of keeping it in the rule', (overlap) => {
    const result = parseTierRule('60分以上为合格;不满60分为不合格', { overlap } as unknown as ParseTierRuleOptions);
    expect(result.success).toBe(false);
    expect(!result.success && result.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ['scoring.parseBadOverlap', ['options', 'overlap'], { value: String(overlap) }],
    ]);
  });

  it('keeps the two overlap resolutions and the default', () => {
    for (const overlap of ['higherTier', 'lowerTier'] as const) {
      const result = parseTierRule('60分以上为合格;不满60分为不合格', { overlap });
      expect(result.success && result.data.overlap).toBe(overlap);
    }
    expect(parseTierRule('60分以上为合格;不满60分为不合格', {}).success).toBe(true);
  });

  it(`reads a text of ${MAX_RULE_TEXT_LENGTH} characters and refuses a longer one with parseTooLong`, () => {
    const rule = '60分以上为合格;不满60分为不合格';
    const atLimit = rule + ' '.repeat(MAX_RULE_TEXT_LENGTH - rule.length);
    expect(parseTierRule(atLimit).success).toBe(true);
    const result = parseTierRule(atLimit + ' ');
    expect(!result.success && result.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ['scoring.parseTooLong', [], { length: MAX_RULE_TEXT_LENGTH + 1, limit: MAX_RULE_TEXT_LENGTH }],
    ]);
    expect(!result.success && result.issues[0]?.message['zh-CN']).toBe('文本有 10001 个字符,超过上限 10000');
  });

  it('reports a band that contradicts many others once, not once for every pair', () => {
    const text = '0—100分为优秀;0—100分为合格;'.repeat(50);
    const result = parseTierRule(text);
    expect(result.success).toBe(false);
    // 100 bands: one overlap issue per band after the first, never one per pair (2,500).
    expect(codes(result)).toEqual(Array.from({ length: 99 }, () => 'scoring.ruleOverlap'));
  });
});
