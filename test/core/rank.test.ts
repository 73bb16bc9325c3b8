import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/input';
import { cutAtQuota, rank } from '../../src/core/rank';
import { deepFreeze } from '../_helpers/deepFreeze';

interface Entry {
  readonly id: string;
  readonly score: number | null;
  readonly tie?: number;
}

const byScore = (entry: Entry) => entry.score;
const byId = (a: Entry, b: Entry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byTie = (a: Entry, b: Entry) => (b.tie ?? 0) - (a.tie ?? 0);
const ids = (ranked: readonly { item: Entry }[]) => ranked.map(({ item }) => item.id);
const ranks = (ranked: readonly { rank: number | null }[]) => ranked.map((entry) => entry.rank);

describe('rank: the tie-break deciding places', () => {
  const entries = deepFreeze<Entry[]>([
    { id: 'c', score: 90, tie: 1 },
    { id: 'a', score: 95 },
    { id: 'b', score: 90, tie: 2 },
    { id: 'd', score: 90, tie: 1 },
    { id: 'e', score: 80 },
  ]);

  it('orders tied items by the tie-break and still shares their rank by default', () => {
    const ranked = rank(entries, byScore, { tieBreak: byTie });
    expect(ids(ranked)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ranks(ranked)).toEqual([1, 2, 2, 2, 5]);
    expect(ranked.map((entry) => entry.tiedWith)).toEqual([1, 3, 3, 3, 1]);
  });

  it('gives each place its own rank where the tie-break tells items apart (tieBreakRanks)', () => {
    const ranked = rank(entries, byScore, { tieBreak: byTie, tieBreakRanks: true });
    expect(ids(ranked)).toEqual(['a', 'b', 'c', 'd', 'e']);
    // c and d are equal on the score and on the tie-break: they still share a place.
    expect(ranks(ranked)).toEqual([1, 2, 3, 3, 5]);
    expect(ranked.map((entry) => entry.tiedWith)).toEqual([1, 1, 2, 2, 1]);
    expect(ranks(rank(entries, byScore, { tieBreak: byTie, tieBreakRanks: true, dense: true }))).toEqual([1, 2, 3, 3, 4]);
  });

  it('shares ranks on the score alone when tieBreakRanks has no tie-break to read', () => {
    expect(ranks(rank(entries, byScore, { tieBreakRanks: true }))).toEqual([1, 2, 2, 2, 5]);
  });

  it('gives every item of one long tie rank 1 and leaves the whole tie out at the quota line', () => {
    // The quota case that used to be quadratic; its speed is measured by bench/scoring.ts, not here.
    const tied = Array.from({ length: 3_000 }, (_, index) => ({ id: `m${index}`, score: 110 }));
    const ranked = rank(tied, byScore, { tieBreak: byId });
    expect(ranked.every((entry) => entry.rank === 1 && entry.tiedWith === 3_000)).toBe(true);
    expect(cutAtQuota(ranked, 1_000, 'exclude')).toEqual({ admitted: 0, tied: { from: 0, to: 3_000 } });
  });
});

describe('cutAtQuota', () => {
  const ranked = rank(
    deepFreeze<Entry[]>([
      { id: 'a', score: 98 },
      { id: 'b', score: 95 },
      { id: 'c', score: 95 },
      { id: 'd', score: 95 },
      { id: 'e', score: 90 },
      { id: 'x', score: null },
    ]),
    byScore,
    { tieBreak: byId },
  );

  it('admits the first `quota` items when the line splits no tie', () => {
    expect(cutAtQuota(ranked, 1)).toEqual({ admitted: 1 });
    expect(cutAtQuota(ranked, 4)).toEqual({ admitted: 4 });
    expect(cutAtQuota(ranked, 4, 'exclude')).toEqual({ admitted: 4 });
  });

  it('reports the tied run across the line, and leaves it out with `exclude`', () => {
    expect(cutAtQuota(ranked, 2)).toEqual({ admitted: 2, tied: { from: 1, to: 4 } });
    expect(cutAtQuota(ranked, 3)).toEqual({ admitted: 3, tied: { from: 1, to: 4 } });
    expect(cutAtQuota(ranked, 2, 'exclude')).toEqual({ admitted: 1, tied: { from: 1, to: 4 } });
    expect(cutAtQuota(ranked, 3, 'exclude')).toEqual({ admitted: 1, tied: { from: 1, to: 4 } });
  });

  it('admits only ranked items, and nobody with a quota of 0', () => {
    expect(cutAtQuota(ranked, 10)).toEqual({ admitted: 5 });
    expect(cutAtQuota(ranked, 5)).toEqual({ admitted: 5 });
    expect(cutAtQuota(ranked, 0)).toEqual({ admitted: 0 });
    expect(cutAtQuota([], 3)).toEqual({ admitted: 0 });
  });

  it('finds ties on the score even where the tie-break gave places of their own', () => {
    const placed = rank(
      deepFreeze<Entry[]>([
        { id: 'a', score: 90, tie: 3 },
        { id: 'b', score: 90, tie: 2 },
        { id: 'c', score: 90, tie: 1 },
      ]),
      byScore,
      { tieBreak: byTie, tieBreakRanks: true },
    );
    expect(ranks(placed)).toEqual([1, 2, 3]);
    expect(cutAtQuota(placed, 1)).toEqual({ admitted: 1, tied: { from: 0, to: 3 } });
  });

  it('throws the named InvalidInputError on a quota that is not a whole number of 0 or more', () => {
    const issueOf = (quota: number) => {
      try {
        cutAtQuota(ranked, quota);
      } catch (error) {
        if (error instanceof InvalidInputError) return [error.issues[0]?.code, error.issues[0]?.path, error.issues[0]?.message['zh-CN']];
      }
      return undefined;
    };
    expect(issueOf(-1)).toEqual(['input.tooSmall', ['quota'], '“名额”为 -1,应不小于 0']);
    expect(issueOf(1.5)).toEqual(['input.expected', ['quota'], '“名额”应为整数,实际为数字 1.5']);
    expect(issueOf(Number.NaN)).toEqual(['input.expected', ['quota'], '“名额”应为整数,实际为无效数值 NaN']);
  });
});
