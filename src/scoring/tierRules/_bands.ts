import type { Locale } from '../../core/locale';
import { formatMessage } from '../../core/message';
import * as en from '../../locales/en';
import * as zhCN from '../../locales/zh-CN';
import { roundHundredths } from '../_hundredths';
import { MEMBER_TIERS } from '../../core/tiers';
import { tierOrderOf, tierRankIn } from '../tierSets/_tierSetOf';
import type { OverlapResolution, TierBand, TierBound, TierRule } from './types';

/**
 * A band as a closed interval of whole hundredths: every score is a whole number of hundredths,
 * so `不满60分` is `[−∞, 5999]` and `60分以上` is `[6000, +∞]`, and two bands share a boundary
 * exactly when their intervals share one point.
 */
export interface CompiledBand {
  readonly lo: number;
  readonly hi: number;
  readonly rank: number;
}

/** A band compiled in its rule's tier order (the four 民主评议 tiers by default): ranks follow that order. */
export function compileBand(band: TierBand<string>, tiers: readonly string[] = MEMBER_TIERS): CompiledBand {
  return {
    lo: band.min === undefined ? -Infinity : lowest(band.min),
    hi: band.max === undefined ? Infinity : highest(band.max),
    rank: tierRankIn(tiers, band.tier),
  };
}

/**
 * The rule's bands as intervals of hundredths, with the whole-number reading applied where the
 * rule asks for it (`wholeScores`): a band that ends at a whole score one point below the next
 * band's lowest score reaches up to that score, exclusive (`80—89分` under `90分以上` becomes
 * `[8000, 8999]`). Bands whose bounds are not finite two-decimal numbers are compiled as they
 * are; the callers check them first.
 */
export function compileBands(rule: Pick<TierRule<string>, 'bands' | 'wholeScores' | 'tierSet'>): CompiledBand[] {
  const tiers = tierOrderOf(rule);
  const bands = rule.bands.map((band) => compileBand(band, tiers));
  return rule.wholeScores === true ? reachUpWholeGaps(bands) : bands;
}

/**
 * Bands with every gap of exactly one whole point closed from below: each band that ends at the
 * gap's lower score reaches up to the next band's lowest score, exclusive. Empty bands
 * (`lo > hi`) take no part.
 */
export function reachUpWholeGaps<T extends CompiledBand>(bands: readonly T[]): T[] {
  const { whole } = scoreGaps(bands);
  if (whole.size === 0) return [...bands];
  return bands.map((band) => {
    const next = band.lo <= band.hi ? whole.get(band.hi) : undefined;
    return next === undefined ? band : { ...band, hi: next - 1 };
  });
}

/**
 * The gaps between bands, swept from the lowest score up: `whole` maps the highest score below
 * each gap of exactly one whole point (8900, under 9000) to the lowest score above it; `other`
 * counts every other gap. Empty bands (`lo > hi`) take no part.
 */
export function scoreGaps(bands: readonly CompiledBand[]): { readonly whole: ReadonlyMap<number, number>; readonly other: number } {
  const sorted = bands.filter((band) => band.lo <= band.hi).sort((a, b) => a.lo - b.lo);
  const whole = new Map<number, number>();
  let other = 0;
  let reach = sorted[0]?.hi ?? Infinity;
  for (const band of sorted.slice(1)) {
    if (band.lo > reach + 1) {
      if (isWholeHundredths(reach) && band.lo === reach + 100) whole.set(reach, band.lo);
      else other += 1;
    }
    reach = Math.max(reach, band.hi);
  }
  return { whole, other };
}

function isWholeHundredths(hundredths: number): boolean {
  return Number.isFinite(hundredths) && hundredths % 100 === 0;
}

function lowest(bound: TierBound): number {
  const value = roundHundredths(bound.value);
  return bound.inclusive ? value : value + 1;
}

function highest(bound: TierBound): number {
  const value = roundHundredths(bound.value);
  return bound.inclusive ? value : value - 1;
}

/** The index of the band a score gets, by the rule's overlap resolution; −1 when none contains it. */
export function chooseBand(score: number, bands: readonly CompiledBand[], overlap: OverlapResolution): number {
  let chosen = -1;
  for (let index = 0; index < bands.length; index += 1) {
    const band = bands[index]!;
    if (score < band.lo || score > band.hi) continue;
    if (chosen < 0 || (overlap === 'higherTier' ? band.rank < bands[chosen]!.rank : band.rank > bands[chosen]!.rank)) chosen = index;
  }
  return chosen;
}

const NONE: readonly number[] = /* @__PURE__ */ Object.freeze([]);

/** The other bands that contain the score: those that lost to the overlap resolution. */
export function otherBands(score: number, bands: readonly CompiledBand[], chosen: number): readonly number[] {
  let others: number[] | undefined;
  for (let index = 0; index < bands.length; index += 1) {
    const band = bands[index]!;
    if (index !== chosen && score >= band.lo && score <= band.hi) (others ??= []).push(index);
  }
  return others ?? NONE;
}

/** A band the way plans write it: `100分以上`, `80—100分`, `不满60分`, in the words of the locale. */
export function formatBand(band: TierBand<string>, locale: Locale): string {
  const words = BAND_TEXTS[locale];
  const { min, max } = band;
  if (min !== undefined && max !== undefined) {
    return formatMessage(words.range, {
      from: String(min.value),
      fromExcluded: min.inclusive ? '' : words.excluded,
      to: String(max.value),
      toExcluded: max.inclusive ? '' : words.excluded,
    });
  }
  if (min !== undefined) return formatMessage(min.inclusive ? words.atLeast : words.moreThan, { value: String(min.value) });
  if (max !== undefined) return formatMessage(max.inclusive ? words.atMost : words.under, { value: String(max.value) });
  return words.any;
}

/** The words bands are written in, by locale. */
export const BAND_TEXTS = { 'zh-CN': zhCN.bandTexts, en: en.bandTexts } as const satisfies Record<Locale, Readonly<Record<keyof typeof en.bandTexts, string>>>;

/** The band's own text where the rule has one, else the band written out. */
export function bandText(band: TierBand<string>, locale: Locale = 'zh-CN'): string {
  return locale === 'zh-CN' && band.text !== undefined ? band.text : formatBand(band, locale);
}
