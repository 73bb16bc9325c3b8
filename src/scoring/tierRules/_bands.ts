import type { Locale } from '../../core/locale';
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

const NONE: readonly number[] = Object.freeze([]);

/** The other bands that contain the score: those that lost to the overlap resolution. */
export function otherBands(score: number, bands: readonly CompiledBand[], chosen: number): readonly number[] {
  let others: number[] | undefined;
  for (let index = 0; index < bands.length; index += 1) {
    const band = bands[index]!;
    if (index !== chosen && score >= band.lo && score <= band.hi) (others ??= []).push(index);
  }
  return others ?? NONE;
}

/** A band the way plans write it: `100分以上`, `80—100分`, `不满60分`. */
export function formatBand(band: TierBand, locale: Locale): string {
  const { min, max } = band;
  if (locale === 'zh-CN') {
    if (min !== undefined && max !== undefined) {
      const from = `${String(min.value)}${min.inclusive ? '' : '（不含）'}`;
      return `${from}—${String(max.value)}分${max.inclusive ? '' : '（不含）'}`;
    }
    if (min !== undefined) return min.inclusive ? `${String(min.value)}分以上` : `超过${String(min.value)}分`;
    if (max !== undefined) return max.inclusive ? `${String(max.value)}分以下` : `不满${String(max.value)}分`;
    return '任意分数';
  }
  if (min !== undefined && max !== undefined) {
    const from = `${String(min.value)}${min.inclusive ? '' : ' (excluded)'}`;
    return `${from} to ${String(max.value)}${max.inclusive ? '' : ' (excluded)'}`;
  }
  if (min !== undefined) return min.inclusive ? `${String(min.value)} or more` : `more than ${String(min.value)}`;
  if (max !== undefined) return max.inclusive ? `${String(max.value)} or less` : `under ${String(max.value)}`;
  return 'any score';
}

/** The band's own text where the rule has one, else the band written out. */
export function bandText(band: TierBand, locale: Locale = 'zh-CN'): string {
  return locale === 'zh-CN' && band.text !== undefined ? band.text : formatBand(band, locale);
}
