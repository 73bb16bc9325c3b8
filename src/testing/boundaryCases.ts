import type { Locale, LocalizedText } from '../core/locale';
import type { MemberTier } from '../core/tiers';
import { fromHundredths, roundHundredths } from '../scoring/_hundredths';
import { bandText } from '../scoring/tierRules/_bands';
import type { TierBand, TierRule } from '../scoring/tierRules/types';
import { checkRule, tierRankOf, type AnyTierRule } from './_rule';
import { TESTING_TEXTS, quotedBand, say, sayAll, tierLabel } from './_texts';

/**
 * Every boundary of a tier rule and the scores next to it, each with the tier the rule's words
 * give it, the band and the reason: a table a rule author reads, and cases a test iterates with
 * `test.each`.
 *
 * For each score a band starts or ends at (`100`, `80`, `60` in `MEMBER_TIERS_TONGMIN_2015`) it gives
 * the score itself and its neighbours one step of the rule's precision below and above (a hundredth:
 * `99.99` and `100.01`), and for each open end one score far beyond it (one hundred points above
 * the highest boundary; `0` below the lowest, or one hundred points below a lowest boundary of 0 or
 * less). Cases are ordered from the highest score down, each score once (as the boundary itself
 * where it is one).
 *
 * The tier is worked out from the rule's words, independently of `classify`, and agrees with
 * it (a property test holds them together over random rules): a score is in every band whose ends
 * contain it, as `inclusive` says; when it is in two (a boundary shared under the statutory reading
 * of 以上、以下), the rule's `overlap` takes the better or the worse tier; in none, the tier is
 * `null` — a gap the rule's author should close.
 *
 * @param rule - the rule. Not modified.
 * @returns the cases, highest score first.
 * @throws {@link InvalidInputError} when `rule` is not shaped as a {@link TierRule} or a bound is
 *   not a finite number, as `classify` does; paths from `['rule']`.
 *
 * @example
 * ```ts
 * import { MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * import { boundaryCases } from 'cxzy/testing';
 * const cases = boundaryCases(MEMBER_TIERS_TONGMIN_2015);
 * cases.map((c) => c.score); // [200, 100.01, 100, 99.99, 80.01, 80, 79.99, 60.01, 60, 59.99, 0]
 * cases.map((c) => c.tier).slice(1, 4); // ['excellent', 'excellent', 'qualified']
 * cases[2]?.reason['zh-CN']; // '100分同在“100分以上”、“80—100分”内,按规则取较高等次:优秀'
 * cases[3]?.reason.en; // '99.99 is in "80 to 100": Qualified'
 * ```
 *
 * @example
 * ```ts
 * // In a test file: one test per case (vitest and jest alike).
 * import { classify, MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * import { boundaryCases } from 'cxzy/testing';
 * for (const { score, tier } of boundaryCases(MEMBER_TIERS_TONGMIN_2015)) {
 *   if ((classify(score, MEMBER_TIERS_TONGMIN_2015)?.tier ?? null) !== tier) throw new Error(String(score));
 * }
 * ```
 */
export function boundaryCases<T extends string = MemberTier>(rule: TierRule<T>): readonly BoundaryCase<T>[] {
  checkRule(rule);
  // A bound so large that its hundredths overflow (1e308) has no score to test at: it is left out.
  const values = rule.bands
    .flatMap((band) => [band.min, band.max])
    .flatMap((bound) => (bound === undefined ? [] : [roundHundredths(bound.value)]))
    .filter((value) => Number.isFinite(value));
  const boundaries = [...new Set(values)].sort((a, b) => b - a);
  const reach = wholeReach(rule);
  // A whole-score rule is tested at whole scores; any other at hundredths.
  const step = rule.wholeScores === true && values.every((value) => value % WHOLE === 0) ? WHOLE : 1;
  const found = new Map<number, { readonly boundary: number | null; readonly position: BoundaryPosition }>();
  for (const boundary of boundaries) found.set(boundary, { boundary: fromHundredths(boundary), position: 'at' });
  for (const boundary of boundaries) {
    setIfNew(found, boundary + step, { boundary: fromHundredths(boundary), position: 'above' });
    setIfNew(found, boundary - step, { boundary: fromHundredths(boundary), position: 'below' });
  }
  for (const upper of new Set(reach.values())) setIfNew(found, upper - WHOLE / 2, { boundary: fromHundredths(upper), position: 'between' });
  const highest = boundaries[0];
  const lowest = boundaries[boundaries.length - 1];
  if (highest === undefined || lowest === undefined) {
    found.set(0, { boundary: null, position: 'beyond' });
  } else {
    if (rule.bands.some((band) => band.max === undefined)) setIfNew(found, highest + FAR, { boundary: null, position: 'beyond' });
    if (rule.bands.some((band) => band.min === undefined)) setIfNew(found, lowest > 0 ? 0 : lowest - FAR, { boundary: null, position: 'beyond' });
  }
  return [...found.entries()].sort(([a], [b]) => b - a).map(([hundredths, where]) => caseAt(rule, reach, hundredths, where.boundary, where.position));
}

/**
 * One row of {@link boundaryCases}: a score, the tier and band it gets, and why.
 *
 * @example
 * ```ts
 * import { MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * import { boundaryCases, type BoundaryCase } from 'cxzy/testing';
 * const row: BoundaryCase | undefined = boundaryCases(MEMBER_TIERS_TONGMIN_2015).find((c) => c.score === 60);
 * row?.tier; // 'basicallyQualified'
 * row?.band; // '60—80分'
 * row?.alsoIn; // [3]
 * ```
 */
export interface BoundaryCase<T extends string = MemberTier> {
  /** The score, at the rule's precision (hundredths). */
  readonly score: number;
  /** The boundary the score is at or next to; `null` for a score far beyond an open end. */
  readonly boundary: number | null;
  /** Where the score is from its boundary. */
  readonly position: BoundaryPosition;
  /** The tier the rule gives the score; `null` when no band contains it (a gap). */
  readonly tier: T | null;
  /** The index of the band that gives the tier in the rule's `bands`; `null` when none does. */
  readonly bandIndex: number | null;
  /** That band as the rule writes it (its `text`, else written out in zh-CN); `null` when none. */
  readonly band: string | null;
  /** The other bands that contain the score and lost to the rule's `overlap`; usually empty. */
  readonly alsoIn: readonly number[];
  /** Why the score gets its tier, in every locale. */
  readonly reason: LocalizedText;
}

/**
 * Where a {@link BoundaryCase}'s score is: `at` a boundary, one step `below` or `above` it, far
 * `beyond` an open end of the rule, or, in a whole-score rule, half a point `between` a band's last
 * whole score and the next band's first (89.5 between `80—89分` and `90分以上`).
 *
 * @example
 * ```ts
 * import type { BoundaryPosition } from 'cxzy/testing';
 * const position: BoundaryPosition = 'below'; // 99.99 next to 100
 * ```
 */
export type BoundaryPosition = 'at' | 'below' | 'above' | 'beyond' | 'between';

/** How far beyond an open end its case lies, in hundredths: one hundred points. */
const FAR = 10_000;
/** One whole point, in hundredths. */
const WHOLE = 100;

function setIfNew<Key, Value>(map: Map<Key, Value>, key: Key, value: Value): void {
  if (!map.has(key)) map.set(key, value);
}

/** A band's lowest and highest score in hundredths, read from its words: each end inclusive or not. */
function limits(band: TierBand<string>): { readonly lo: number; readonly hi: number } {
  const { min, max } = band;
  const lo = min === undefined ? -Infinity : roundHundredths(min.value) + (min.inclusive ? 0 : 1);
  const hi = max === undefined ? Infinity : roundHundredths(max.value) - (max.inclusive ? 0 : 1);
  return { lo, hi };
}

/**
 * The whole-score reading (`wholeScores`): a band whose last score is a whole one, followed by no
 * score in any band until the next whole score, where a band starts (`80—89分` under `90分以上`),
 * holds every score up to that next one, exclusive. Maps such a band's index to that next score.
 */
function wholeReach(rule: AnyTierRule): ReadonlyMap<number, number> {
  const reach = new Map<number, number>();
  if (rule.wholeScores !== true) return reach;
  const all = rule.bands.map(limits).filter(({ lo, hi }) => lo <= hi);
  rule.bands.forEach((band, index) => {
    const { lo, hi } = limits(band);
    if (lo > hi || !Number.isFinite(hi) || hi % WHOLE !== 0) return;
    const next = Math.min(...all.filter((other) => other.lo > hi).map((other) => other.lo));
    if (next === hi + WHOLE && !all.some((other) => other.lo <= hi + 1 && other.hi >= hi + 1)) reach.set(index, next);
  });
  return reach;
}

function caseAt<T extends string>(
  rule: TierRule<T>,
  reach: ReadonlyMap<number, number>,
  hundredths: number,
  boundary: number | null,
  position: BoundaryPosition,
): BoundaryCase<T> {
  const score = fromHundredths(hundredths);
  const contains = (index: number): boolean => {
    const { lo, hi } = limits(rule.bands[index]!);
    const upTo = reach.get(index);
    return hundredths >= lo && (upTo === undefined ? hundredths <= hi : hundredths < upTo);
  };
  const containing = rule.bands.flatMap((_band, index) => (contains(index) ? [index] : []));
  const rank = (index: number): number => tierRankOf(rule, rule.bands[index]!.tier);
  // The first band of the best (or worst) tier, as classify keeps the first it finds.
  const chosen = containing.reduce<number | undefined>((best, index) => {
    if (best === undefined) return index;
    return (rule.overlap === 'higherTier' ? rank(index) < rank(best) : rank(index) > rank(best)) ? index : best;
  }, undefined);
  if (chosen === undefined) {
    return { score, boundary, position, tier: null, bandIndex: null, band: null, alsoIn: [], reason: sayAll('caseInNoBand', () => ({ score })) };
  }
  const band = rule.bands[chosen]!;
  const alsoIn = containing.filter((index) => index !== chosen);
  const tier = (locale: Locale): string => tierLabel(rule, band.tier, locale);
  const reason =
    alsoIn.length > 0
      ? sayAll('caseInBands', (locale) => ({
          score,
          bands: containing.map((index) => quotedBand(rule.bands[index]!, locale)).join(TESTING_TEXTS.listSeparator[locale]),
          overlap: say(rule.overlap === 'higherTier' ? 'overlapHigher' : 'overlapLower', {}, locale),
          tier: tier(locale),
        }))
      : position === 'between' && boundary !== null
        ? sayAll('caseBetween', (locale) => ({ score, next: boundary, band: quotedBand(band, locale), tier: tier(locale) }))
        : sayAll('caseInBand', (locale) => ({ score, band: quotedBand(band, locale), tier: tier(locale) }));
  return { score, boundary, position, tier: band.tier, bandIndex: chosen, band: bandText(band), alsoIn, reason };
}
