import { describe, expect, it } from 'vitest';
import { rank } from '../../src/evaluation';
import { deepFreeze } from '../_helpers/deepFreeze';

const members = deepFreeze([
  { name: '王建国', score: 92 },
  { name: '李秀兰', score: 95 },
  { name: '张卫东', score: 92 },
  { name: '刘芳', score: 88 },
]);
const byScore = (member: { score: number | null }) => member.score;
const lines = (ranked: readonly { rank: number | null; item: { name: string } }[]) => ranked.map((entry) => `${entry.rank} ${entry.item.name}`);

describe('rank — 并列', () => {
  it('shares a rank between equal scores and skips the next (1, 2, 2, 4)', () => {
    expect(lines(rank(members, byScore))).toEqual(['1 李秀兰', '2 王建国', '2 张卫东', '4 刘芳']);
  });

  it('does not skip with dense ranks (1, 2, 2, 3)', () => {
    expect(rank(members, byScore, { dense: true }).map((entry) => entry.rank)).toEqual([1, 2, 2, 3]);
  });

  it('says how many share a rank and where each item was', () => {
    expect(rank(members, byScore).map((entry) => [entry.tiedWith, entry.index, entry.score])).toEqual([
      [1, 1, 95],
      [2, 0, 92],
      [2, 2, 92],
      [1, 3, 88],
    ]);
  });

  it('keeps tied items in input order, so the list is the same on every run', () => {
    const reversed = [...members].reverse();
    expect(lines(rank(reversed, byScore))).toEqual(['1 李秀兰', '2 张卫东', '2 王建国', '4 刘芳']);
  });

  it('orders tied items by the tie-break when given, and their rank stays shared', () => {
    const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0);
    expect(lines(rank(members, byScore, { tieBreak: byName }))).toEqual(['1 李秀兰', '2 王建国', '2 张卫东', '4 刘芳']);
    expect(lines(rank(members, byScore, { tieBreak: (a, b) => -byName(a, b) }))).toEqual(['1 李秀兰', '2 张卫东', '2 王建国', '4 刘芳']);
  });

  it('ranks ascending when lower is better', () => {
    expect(lines(rank(members, byScore, { order: 'ascending' }))).toEqual(['1 刘芳', '2 王建国', '2 张卫东', '4 李秀兰']);
  });

  it('puts items without a finite score last, unranked, in input order', () => {
    const list = [{ name: '甲', score: null }, { name: '乙', score: 80 }, { name: '丙', score: Number.NaN }];
    expect(rank(list, byScore).map((entry) => [entry.item.name, entry.rank, entry.score, entry.tiedWith])).toEqual([
      ['乙', 1, 80, 1],
      ['甲', null, null, 0],
      ['丙', null, null, 0],
    ]);
  });

  it('ranks nothing as nothing', () => {
    expect(rank([], byScore)).toEqual([]);
  });
});
