import { assertInput, expectBoolean, expectList, expectObject, expectOneOf, InvalidInputError, inputIssue, type InputIssues } from './input';

/**
 * Ranks items by a score, with ties (并列): equal scores share a rank, and the next rank skips
 * (1, 2, 2, 4) unless `dense` (1, 2, 2, 3). Scores are compared exactly, so round them first (the
 * figures of `aggregateEvaluations` are). The output lists items best first; items sharing a score
 * are ordered by `tieBreak` when given, otherwise they keep their input order (the sort is stable),
 * so the same input always gives the same list. Items whose score is `null`, `undefined` or not
 * finite get no rank and come last, in input order. With `tieBreakRanks`, the tie-break decides
 * places too: items it tells apart get ranks of their own, and only items equal on both share one.
 *
 * One sort and one pass: O(n log n) however many items tie. Every ranking in the library goes
 * through it: the 优秀 quota of `assessMembers` and the selection of `selectCandidates` too.
 *
 * @typeParam T - the items ranked.
 * @param items - the items. Not modified.
 * @param score - each item's score.
 * @param options - order, dense ranks, tie-break.
 * @returns every item with its rank, score, tie size and input index.
 * @throws {@link InvalidInputError} (a `TypeError`) when `items` is not a list, `score` not a
 *   function, or `options` not shaped as {@link RankOptions} (from JSON or a cast: `dense: "false"`,
 *   an unknown `order`, a `tieBreak` that is not a function); its `issues` have paths such as
 *   `['options', 'dense']`. Checked before anything is ranked.
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
 * const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
 * rank(members, (member) => member.score, { tieBreak: byName, tieBreakRanks: true }).map((entry) => entry.rank); // [1, 2, 3, 4]
 * ```
 */
export function rank<T>(
  items: readonly T[],
  score: (item: T, index: number) => number | null | undefined,
  options: RankOptions<T> = {},
): readonly RankedItem<T>[] {
  checkRankInput(items, score, options);
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

  // Two neighbours share a rank when their scores are equal and, with `tieBreakRanks`, the
  // tie-break does not tell them apart.
  const shareRank = (a: { item: T; score: number }, b: { item: T; score: number }): boolean =>
    a.score === b.score && (options.tieBreakRanks !== true || tieBreak === undefined || tieBreak(a.item, b.item) === 0);
  const ranked: RankedItem<T>[] = [];
  let start = 0;
  let denseRank = 0;
  while (start < scored.length) {
    let end = start + 1;
    while (end < scored.length && shareRank(scored[start]!, scored[end]!)) end += 1;
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

/** The entry check of {@link rank}'s arguments. */
function checkRankInput(items: unknown, score: unknown, options: unknown): void {
  const issues: InputIssues = [];
  expectList(items, ['items'], issues);
  if (typeof score !== 'function') issues.push(inputIssue(score === undefined ? 'input.missing' : 'input.expected', ['score'], { expected: 'function' }, score));
  if (expectObject(options, ['options'], issues)) {
    if (options['order'] !== undefined) expectOneOf(options['order'], ORDERS, ['options', 'order'], issues);
    for (const field of ['dense', 'tieBreakRanks']) if (options[field] !== undefined) expectBoolean(options[field], ['options', field], issues);
    const tieBreak = options['tieBreak'];
    if (tieBreak !== undefined && typeof tieBreak !== 'function') issues.push(inputIssue('input.expected', ['options', 'tieBreak'], { expected: 'function' }, tieBreak));
  }
  assertInput(issues);
}

const ORDERS = ['descending', 'ascending'] as const;

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
  /**
   * `descending` (the highest score is first) or `ascending`.
   *
   * @defaultValue `'descending'`
   */
  readonly order?: 'descending' | 'ascending';
  /**
   * Dense ranks (1, 2, 2, 3) instead of competition ranks (1, 2, 2, 4).
   *
   * @defaultValue `false`
   */
  readonly dense?: boolean;
  /**
   * Orders items that share a score in the output (their rank stays shared). Without it, tied
   * items keep their input order.
   */
  readonly tieBreak?: (a: T, b: T) => number;
  /**
   * Whether the tie-break decides ranks as well as order: items with equal scores that `tieBreak`
   * tells apart then get ranks of their own (1, 2, 3 instead of 1, 1, 1), as in a selection whose
   * rule names the tie-break. Default `false`: tied items share their rank whatever the tie-break.
   *
   * @defaultValue `false`
   */
  readonly tieBreakRanks?: boolean;
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

/**
 * Where a quota cuts a ranked list (the output of {@link rank}, best first): how many items from
 * the top it admits, and the run of items sharing the score on the quota line when the line falls
 * inside it (a tie at the cut, 并列 on the last place). Only ranked items are admitted, so fewer
 * than `quota` are when fewer have a score.
 *
 * With `ties: 'order'` (the default) the list's order settles a tie at the cut: the first `quota`
 * items are admitted, so the order `rank` gave them (its tie-break) decides. With `ties: 'exclude'`
 * nobody in the tied run is admitted and the quota is left short, for a person to decide: no
 * arbitrary order chooses between equals, and the quota is never exceeded. Either way `tied`
 * reports the run. The run is found by score alone, so it also reports ties a tie-break settled.
 *
 * One pass over the tied run: O(size of the run).
 *
 * @typeParam T - the items ranked.
 * @param ranked - a list from {@link rank}. Not modified.
 * @param quota - how many places there are: a whole number, 0 or more.
 * @param ties - who gets the last places when items tie at the cut.
 * @returns `admitted`, the number of items from the top within the quota, and `tied`, the tied
 *   run at the cut as positions `[from, to)` of `ranked` (absent when the cut splits no tie).
 * @throws {@link InvalidInputError} when `quota` is not a whole number of 0 or more (callers check
 *   their rule's quota first and report it as an issue of their own).
 */
export function cutAtQuota<T>(ranked: readonly RankedItem<T>[], quota: number, ties: 'order' | 'exclude' = 'order'): QuotaCut {
  if (!Number.isSafeInteger(quota) || quota < 0) {
    throw new InvalidInputError([Number.isSafeInteger(quota) ? inputIssue('input.tooSmall', ['quota'], { value: quota, min: 0 }) : inputIssue('input.expected', ['quota'], { expected: 'integer' }, quota)]);
  }
  let scored = ranked.length;
  while (scored > 0 && ranked[scored - 1]!.score === null) scored -= 1;
  const admitted = Math.min(quota, scored);
  if (admitted === 0 || admitted === scored) return { admitted };
  const line = ranked[admitted - 1]!.score;
  if (ranked[admitted]!.score !== line) return { admitted };
  let from = admitted - 1;
  while (from > 0 && ranked[from - 1]!.score === line) from -= 1;
  let to = admitted + 1;
  while (to < scored && ranked[to]!.score === line) to += 1;
  return { admitted: ties === 'exclude' ? from : admitted, tied: { from, to } };
}

/** Where {@link cutAtQuota} cuts a ranked list. */
export interface QuotaCut {
  /** How many items, from the top of the list, the quota admits. */
  readonly admitted: number;
  /** The items tied on the score at the quota line, positions `from` (included) to `to` (excluded). */
  readonly tied?: { readonly from: number; readonly to: number };
}
