import { describe, expect, it } from 'vitest';
import { classify, formatTierRule, InvalidInputError, type TierBand, type TierRule } from '../../src/scoring';

// formatTierRule keeps a band's own text only when it reads back, alone and whole, into the band's
// bounds: a text that says something else than the band (a stored rule edited by hand) is never
// shown as if it were the band.

const band = (text: string | undefined, min?: readonly [number, boolean], max?: readonly [number, boolean]): TierBand => ({
  tier: 'qualified',
  ...(text === undefined ? {} : { text }),
  ...(min === undefined ? {} : { min: { value: min[0], inclusive: min[1] } }),
  ...(max === undefined ? {} : { max: { value: max[0], inclusive: max[1] } }),
});
const written = (each: TierBand) => formatTierRule({ bands: [each], overlap: 'higherTier' } as TierRule);

describe('formatTierRule writes a band out instead of a text that does not say the band', () => {
  it.each([
    ['a text without the band’s upper bound', band('80分以上', [80, true], [90, true]), '80—90分为合格'],
    ['a text that includes a bound the band excludes', band('80—90分', [80, true], [90, false]), '80—90分（不含）为合格'],
    ['a text with another lower bound', band('80—90分', [81, true], [90, true]), '81—90分为合格'],
    ['a text with spaces around it', band(' 80—90分', [80, true], [90, true]), '80—90分为合格'],
    ['a text that names what is scored', band('总分80—90分', [80, true], [90, true]), '80—90分为合格'],
    ['a text that already names the tier', band('80—90分为良好', [80, true], [90, true]), '80—90分为合格'],
    ['an empty text', band('', [80, true]), '80分以上为合格'],
  ])('%s', (_, each, expected) => {
    expect(written(each)).toBe(expected);
  });

  it('refuses what is not a rule, at its path', () => {
    expect(() => formatTierRule(null as never)).toThrowError(InvalidInputError);
    try {
      formatTierRule(null as never);
    } catch (error) {
      expect((error as InvalidInputError).issues.map((issue) => issue.path)).toEqual([['rule']]);
    }
  });
});

describe('classify refuses a rule whose bound is not a number it can compare', () => {
  it.each([
    ['min', { tier: 'qualified', min: { value: Number.NaN, inclusive: true } }],
    ['max', { tier: 'qualified', max: { value: Number.POSITIVE_INFINITY, inclusive: true } }],
  ])('a %s that is not finite, at its path', (edge, each) => {
    try {
      classify(80, { bands: [band('80分以上', [80, true]), each as TierBand], overlap: 'higherTier' });
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidInputError).issues.map((issue) => [issue.code, issue.path])).toEqual([['input.expected', ['rule', 'bands', 1, edge, 'value']]]);
    }
  });
});
