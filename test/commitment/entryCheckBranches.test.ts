import { describe, expect, it } from 'vitest';
import { checkDecomposition, fulfilment, type Commitment } from '../../src/commitment';
import type { FunctionalGroup } from '../../src/organization';
import { isoDate } from '../../src/schedule';
import { SEED_COMMITMENTS, SEED_GROUPS } from './seedCommitments';

const read = (issues: readonly { code: string; path: readonly (string | number)[]; message: { 'zh-CN': string } }[]) =>
  issues.map((issue) => [issue.code, issue.path.join('.'), issue.message['zh-CN']]);
const cast = <T>(value: unknown) => value as T;
const asOf = isoDate('2011-03-01');

describe('fulfilment reports each commitment item it cannot read', () => {
  it('reports an item that is null and an item with no due date, and leaves that commitment out', () => {
    const broken = { ...SEED_COMMITMENTS[1]!, items: [null, { ...SEED_COMMITMENTS[1]!.items[0]!, due: undefined }] };
    const result = fulfilment(cast<Commitment[]>([broken]), asOf);
    expect(read(result.issues).map(([code, path]) => [code, path])).toEqual([
      ['input.expected', '0.items.0'],
      ['input.missing', '0.items.1.due'],
    ]);
    expect(result.issues[1]?.message['zh-CN']).toMatch(/第 2 项“截止日期”/);
  });

  it('after 100 input problems, skips further commitments that are null without an issue each', () => {
    const result = fulfilment(cast<Commitment[]>(Array.from({ length: 130 }, () => null)), asOf);
    expect(result.issues).toHaveLength(100);
    expect(result.issues.at(-1)?.path).toEqual([99]);
    expect(result.issues.every((issue) => issue.code === 'input.expected')).toBe(true);
  });
});

describe('checkDecomposition reports each functional group it cannot read', () => {
  it('reports a group that is null and checks the commitments against the others', () => {
    const issues = checkDecomposition(SEED_COMMITMENTS, cast<FunctionalGroup[]>([null, ...SEED_GROUPS]));
    expect(read(issues)[0]?.slice(0, 2)).toEqual(['input.expected', 'groups.0']);
    expect(read(issues)[0]?.[2]).toMatch(/第 1 项应为对象,实际为空值 null$/);
    expect(issues.slice(1).filter((issue) => issue.code.startsWith('input.'))).toEqual([]);
  });

  it('after 100 input problems, skips further groups that are null without an issue each', () => {
    const commitments = cast<Commitment[]>(Array.from({ length: 100 }, () => null));
    const issues = checkDecomposition(commitments, cast<FunctionalGroup[]>([null, null]));
    expect(issues).toHaveLength(100);
    expect(issues.some((issue) => issue.path[0] === 'groups')).toBe(false);
  });
});
