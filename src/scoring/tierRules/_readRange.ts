import type { ScoringIssueCode } from '../messages';
import type { Located, Token } from './_ruleWords';
import type { TierBand, TierBound } from './types';

/** What a run of range words reads as: the band's bounds, or what is wrong and where. */
export type RangeReading =
  | { readonly ok: true; readonly bounds: Pick<TierBand, 'min' | 'max'> }
  | { readonly ok: false; readonly code: ScoringIssueCode; readonly at?: Located };

/**
 * Reads a run of range words as a band's bounds, left to right, each word once:
 *
 * - `A分以上` `A分及以上` `A分以下` `A分以内` (inclusive), with `(含)` `(不含)` `(含A分)` before or after the word;
 * - `不满A分` `不足` `低于` `未达到` (below, exclusive), `超过` `高于` (above, exclusive), `不低于`
 *   `满` `达到` (at least), `不超过` (at most);
 * - `A—B分` `A分至B分` `A到B分` (both ends included unless marked `(不含)`);
 * - signs either way round: `≥A` `>A` `≤A` `<A`, and `A≤得分<B`, where `A≤` reads as "A or more";
 * - two of these for the two ends: `60分以上90分以下`, `满60分低于90分`;
 * - `任意分数` alone: no bound at all.
 *
 * Score words (得分, 分数 …) between them are skipped. A second bound for the same end, a number
 * with no word that says which end it is, a dangling word, or a `(含A分)` whose A is not the
 * number it follows make the run unreadable.
 */
export function readRange(tokens: readonly Located[]): RangeReading {
  const words = tokens.filter((located) => located.token.kind !== 'subject');
  const bounds: { min?: TierBound; max?: TierBound } = {};
  let index = 0;
  let problem: RangeReading | undefined;
  const bad: RangeReading = { ok: false, code: 'scoring.parseBadRange' };

  const peek = (): Token | undefined => words[index]?.token;
  const readNumber = (): { readonly value: number; readonly text: string } | undefined => {
    const located = words[index];
    if (located?.token.kind !== 'number') return undefined;
    index += 1;
    const text = located.token.text;
    const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
    if (decimals > 2) problem ??= { ok: false, code: 'scoring.parseTooManyDecimals', at: located };
    if (peek()?.kind === 'unit') index += 1;
    return { value: Number(text), text };
  };
  // A marker qualifies the number before it: `(含)`, or `(含100分)` naming that very number.
  const readMarker = (number: { readonly value: number }): boolean | undefined => {
    const located = words[index];
    if (located?.token.kind !== 'marker') return undefined;
    index += 1;
    if (located.token.value !== undefined && Number(located.token.value) !== number.value) {
      problem ??= { ok: false, code: 'scoring.parseMarkerMismatch', at: located };
    }
    return located.token.inclusive;
  };
  const set = (end: 'min' | 'max', value: number, inclusive: boolean): boolean => {
    if (bounds[end] !== undefined) return false;
    bounds[end] = { value, inclusive };
    return true;
  };

  if (peek()?.kind === 'any') return words.length === 1 ? { ok: true, bounds } : bad;
  while (index < words.length) {
    const token = peek()!;
    if (token.kind === 'before' || token.kind === 'sign') {
      index += 1;
      const number = readNumber();
      if (number === undefined) return bad;
      const marker = readMarker(number);
      if (!set(token.end, number.value, marker ?? token.inclusive)) return bad;
    } else if (token.kind === 'number') {
      const number = readNumber()!;
      const marker = readMarker(number);
      const next = peek();
      index += 1;
      if (next?.kind === 'dash') {
        const upper = readNumber();
        if (upper === undefined) return bad;
        const upperMarker = readMarker(upper);
        if (!set('min', number.value, marker ?? true) || !set('max', upper.value, upperMarker ?? true)) return bad;
      } else if (next?.kind === 'after') {
        const after = readMarker(number);
        if (!set(next.end, number.value, after ?? marker ?? next.inclusive)) return bad;
      } else if (next?.kind === 'sign' && marker === undefined) {
        // `80≤得分`: the number comes first, so the sign points the other way.
        if (!set(next.end === 'min' ? 'max' : 'min', number.value, next.inclusive)) return bad;
      } else {
        return bad;
      }
    } else {
      return bad;
    }
  }
  return problem ?? { ok: true, bounds };
}
