import type { MemberTier } from '../../core/tiers';
import { assertInput, expectBoolean, type InputIssues } from '../../core/input';
import { formatBand } from '../../scoring/tierRules/_bands';
import type { OverlapResolution, TierBand, TierBound, TierRule } from '../../scoring/tierRules/types';
import { checkTierSetShape } from '../../scoring/tierSets/checkTierSetShape';
import { MEMBER_TIER_SET } from '../../scoring/tierSets/tierSets';
import type { TierSet } from '../../scoring/tierSets/types';
import { type Arbitrary, type FastCheck } from './_fc';
import { readOptions } from './_options';

/**
 * Tier rules as schools write them: one band per tier of the set, best first, open at the top and
 * the bottom, cut at scores from 0.01 up (with two decimals, or whole scores with `wholeScores`),
 * each cut written one of the ways plans write it — shared by both bands (`80—100分` and
 * `60—80分`, resolved by the rule's `overlap`), or belonging to the band above or the band below
 * only — and each band with its `text` as `formatTierRule` writes it. `checkTierRule` reports no
 * error and no warning, and `parseTierRuleData` of `cxzy/schema` accepts every rule.
 *
 * @param fc - your fast-check.
 * @param options - the tier set, and whether scores are whole.
 * @returns the arbitrary.
 */
export function arbitraryTierRule<T extends string = MemberTier>(fc: FastCheck, options: TierRuleOptions<T> = {}): Arbitrary<TierRule<T>> {
  const { given } = readOptions(options, {});
  const issues: InputIssues = [];
  if (given['tierSet'] !== undefined) checkTierSetShape(given['tierSet'], ['options', 'tierSet'], issues);
  if (given['wholeScores'] !== undefined) expectBoolean(given['wholeScores'], ['options', 'wholeScores'], issues);
  assertInput(issues);
  const tierSet = (options.tierSet ?? MEMBER_TIER_SET) as TierSet<T>;
  const whole = options.wholeScores;
  const tiers = tierSet.tiers;
  const cutCount = Math.max(tiers.length - 1, 0);
  const wholeness = whole === undefined ? fc.boolean() : fc.constant(whole);
  return wholeness.chain((wholeScores) =>
    fc
      .record({
        // The lowest cut and the steps up to the next ones: every band holds a score, whatever its ends.
        base: wholeScores ? fc.integer({ min: 1, max: 40 }) : fc.integer({ min: 1, max: 4000 }),
        steps: fc.array(wholeScores ? fc.integer({ min: 1, max: 30 }) : fc.integer({ min: 2, max: 3000 }), { minLength: cutCount, maxLength: cutCount }),
        styles: fc.array(fc.constantFrom(...STYLES), { minLength: cutCount, maxLength: cutCount }),
        overlap: fc.constantFrom<OverlapResolution>('higherTier', 'lowerTier'),
      })
      .map(({ base, steps, styles, overlap }) => {
        const cuts = steps.slice(1).reduce((found, step) => [...found, found[found.length - 1]! + step], steps.length === 0 ? [] : [base]);
        const points = cuts.map((cut) => (wholeScores ? cut : cut / 100)).sort((a, b) => b - a);
        const bands = tiers.map((tier, index): TierBand<T> => {
          const above = index === 0 ? undefined : points[index - 1]!;
          const below = index === tiers.length - 1 ? undefined : points[index]!;
          const min = below === undefined ? undefined : lowerBound(below, wholeScores ? 'wholeAbove' : styles[index]!);
          const max = above === undefined ? undefined : upperBound(above, wholeScores ? 'wholeAbove' : styles[index - 1]!);
          const band = { tier, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
          return { ...band, text: formatBand(band, 'zh-CN') };
        });
        return {
          ...(options.tierSet === undefined ? {} : { tierSet }),
          bands,
          overlap,
          ...(wholeScores ? { wholeScores: true } : {}),
        } as TierRule<T>;
      }),
  );
}

/**
 * How a cut between two bands is written: `shared` (`80—100分` and `60—80分`: both contain 80),
 * `above` (80 belongs to the band above only: `60—80分(不含)`), `below` (to the band below only),
 * `wholeAbove` (whole scores: `80—89分` under `90分以上`).
 */
type CutStyle = 'shared' | 'above' | 'below' | 'wholeAbove';
const STYLES = ['shared', 'above', 'below'] as const satisfies readonly CutStyle[];

/** The lower bound of the band above a cut. */
function lowerBound(cut: number, style: CutStyle): TierBound {
  return { value: cut, inclusive: style !== 'below' };
}

/** The upper bound of the band below a cut. */
function upperBound(cut: number, style: CutStyle): TierBound {
  if (style === 'wholeAbove') return { value: cut - 1, inclusive: true };
  return { value: cut, inclusive: style !== 'above' };
}

/**
 * Options of the tier rule arbitrary.
 *
 * @typeParam T - the codes of the tier set.
 *
 * @example
 * ```ts
 * import { TIER_SET_EXCELLENT_GOOD_QUALIFIED } from 'cxzy/scoring';
 * import type { TierRuleOptions } from 'cxzy/testing';
 * const options: TierRuleOptions<'excellent' | 'good' | 'qualified' | 'unqualified'> = { tierSet: TIER_SET_EXCELLENT_GOOD_QUALIFIED, wholeScores: true };
 * ```
 */
export interface TierRuleOptions<T extends string = MemberTier> {
  /**
   * The tiers the rule grades into, one band each.
   * @defaultValue the four 民主评议 tiers
   */
  readonly tierSet?: TierSet<T>;
  /**
   * Whether the rule is written for whole scores (`80—89分`); by default, either.
   * @defaultValue either, at random
   */
  readonly wholeScores?: boolean;
}
