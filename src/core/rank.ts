/**
 * Ranks items by a score, with ties (并列): equal scores share a rank, and the next rank skips
 * (1, 2, 2, 4) unless `dense` (1, 2, 2, 3). Scores are compared exactly, so round them first (the
 * figures of `aggregateEvaluations` are). The output lists items best first; items sharing a score
 * are ordered by `tieBreak` when given, otherwise they keep their input order (the sort is stable),
 * so the same input always gives the same list. Items whose score is `null`, `undefined` or not
 * finite get no rank and come last, in input order.
 *
 * @typeParam T - the items ranked.
 * @param items - the items. Not modified.
 * @param score - each item's score.
 * @param options - order, dense ranks, tie-break.
 * @returns every item with its rank, score, tie size and input index.
 *
 * @example
 * ```ts
 * import { rank } from 'cxzy/evaluation';
 * const members = [
 *   { name: '王建国', score: 92 },
 *   { name: '李秀兰', score: 95 },
 *   { name: '张卫东', score: 92 },
 *   { name: '刘芳', score: 88 },
 * ];
 * rank(members, (member) => member.score).map((entry) => `${entry.rank} ${entry.item.name}`);
 * // ['1 李秀兰', '2 王建国', '2 张卫东', '4 刘芳']
 * rank(members, (member) => member.score, { dense: true }).map((entry) => entry.rank); // [1, 2, 2, 3]
 * ```
 */
export function rank<T>(
  items: readonly T[],
  score: (item: T, index: number) => number | null | undefined,
  options: RankOptions<T> = {},
): readonly RankedItem<T>[] {
  const direction = options.order === 'ascending' ? 1 : -1;
  const tieBreak = options.tieBreak;
  const scored: { item: T; score: number; index: number }[] = [];
  const unscored: RankedItem<T>[] = [];
  items.forEach((item, index) => {
    const value = score(item, index);
    if (typeof value === 'number' && Number.isFinite(value)) scored.push({ item, score: value, index });
    else unscored.push({ item, rank: null, score: null, tiedWith: 0, index });
  });
  scored.sort(
    (a, b) => (a.score - b.score) * direction || (tieBreak === undefined ? 0 : tieBreak(a.item, b.item)) || a.index - b.index,
  );

  const ranked: RankedItem<T>[] = [];
  let start = 0;
  let denseRank = 0;
  while (start < scored.length) {
    let end = start + 1;
    while (end < scored.length && scored[end]!.score === scored[start]!.score) end += 1;
    denseRank += 1;
    const shared = options.dense === true ? denseRank : start + 1;
    for (let at = start; at < end; at += 1) {
      const entry = scored[at]!;
      ranked.push({ item: entry.item, rank: shared, score: entry.score, tiedWith: end - start, index: entry.index });
    }
    start = end;
  }
  return [...ranked, ...unscored];
}

/**
 * Options of `rank`.
 *
 * @typeParam T - the items ranked.
 *
 * @example
 * ```ts
 * import type { RankOptions } from 'cxzy/evaluation';
 * const options: RankOptions<{ id: string }> = { dense: true, tieBreak: (a, b) => (a.id < b.id ? -1 : 1) };
 * ```
 */
export interface RankOptions<T> {
  /** `descending` (default: the highest score is first) or `ascending`. */
  readonly order?: 'descending' | 'ascending';
  /** Dense ranks (1, 2, 2, 3) instead of the default competition ranks (1, 2, 2, 4). */
  readonly dense?: boolean;
  /**
   * Orders items that share a score in the output (their rank stays shared). Without it, tied
   * items keep their input order.
   */
  readonly tieBreak?: (a: T, b: T) => number;
}

/**
 * One ranked item.
 *
 * @typeParam T - the items ranked.
 *
 * @example
 * ```ts
 * import { rank } from 'cxzy/evaluation';
 * rank([{ id: 'a', score: 90 }], (item) => item.score)[0]?.rank; // 1
 * ```
 */
export interface RankedItem<T> {
  /** The item. */
  readonly item: T;
  /** Its rank (1 is first); `null` when it has no score. */
  readonly rank: number | null;
  /** Its score; `null` when the score function gave none or a non-finite number. */
  readonly score: number | null;
  /** How many items share its rank, itself included (并列 when more than 1). */
  readonly tiedWith: number;
  /** Its index in the input. */
  readonly index: number;
}
