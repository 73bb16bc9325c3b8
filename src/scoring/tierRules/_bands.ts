import type { Locale } from '../../core/locale';
import { formatMessage } from '../../core/message';
import * as en from '../../locales/en';
import * as zhCN from '../../locales/zh-CN';
import { roundHundredths } from '../_hundredths';
import { MEMBER_TIERS } from '../../core/tiers';
import type { MemberTier } from '../../core/tiers';
import type { OverlapResolution, TierBand, TierBound } from './types';

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

/** The position of a tier in {@link MEMBER_TIERS}: 0 is best; unknown tiers sort last. */
export function tierRank(tier: MemberTier): number {
  const rank = MEMBER_TIERS.indexOf(tier);
  return rank < 0 ? MEMBER_TIERS.length : rank;
}

export function compileBand(band: TierBand): CompiledBand {
  return {
    lo: band.min === undefined ? -Infinity : lowest(band.min),
    hi: band.max === undefined ? Infinity : highest(band.max),
    rank: tierRank(band.tier),
  };
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
export function formatBand(band: TierBand, locale: Locale): string {
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
export function bandText(band: TierBand, locale: Locale = 'zh-CN'): string {
  return locale === 'zh-CN' && band.text !== undefined ? band.text : formatBand(band, locale);
}
