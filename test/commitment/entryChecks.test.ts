import { describe, expect, it } from 'vitest';
import { checkDecomposition, fulfilment, type Commitment } from '../../src/commitment';
import type { FunctionalGroup } from '../../src/organization';
import { isoDate } from '../../src/schedule';
import { SEED_COMMITMENTS, SEED_GROUPS } from './seedCommitments';

const read = (issues: readonly { code: string; path: readonly (string | number)[]; message: { 'zh-CN': string } }[]) =>
  issues.map((issue) => [issue.code, issue.path.join('.'), issue.message['zh-CN']]);
const cast = <T>(value: unknown) => value as T;

describe('checkDecomposition checks commitments and groups at entry', () => {
  it('reports an item whose due date is not a date, leaves its commitment out and checks the rest', () => {
    const broken = { ...SEED_COMMITMENTS[1]!, items: [{ ...SEED_COMMITMENTS[1]!.items[0]!, due: '2011-02-30' }] };
    const issues = checkDecomposition(cast<Commitment[]>([SEED_COMMITMENTS[0], broken, ...SEED_COMMITMENTS.slice(2)]), SEED_GROUPS);
    expect(read(issues)[0]).toEqual(['input.expected', 'commitments.1.items.0.due', '第 2 项“项目”第 1 项“截止日期”应为YYYY-MM-DD 格式的日期,实际为文本“2011-02-30”']);
    expect(issues.slice(1).every((issue) => !issue.path.join('.').startsWith('commitments.1.'))).toBe(true);
  });

  it('reports a group whose member list is null and a list of commitments that is not a list', () => {
    const groups = cast<FunctionalGroup[]>([{ ...SEED_GROUPS[0]!, memberIds: null }, ...SEED_GROUPS.slice(1)]);
    expect(read(checkDecomposition(SEED_COMMITMENTS, groups))[0]).toEqual(['input.expected', 'groups.0.memberIds', '第 1 项“成员”应为列表,实际为空值 null']);
    expect(checkDecomposition(cast('c'), SEED_GROUPS).map((issue) => [issue.code, issue.path.join('.')])).toEqual([['input.expected', 'commitments']]);
  });

  it('reports an own flag given as the text "false"', () => {
    const own = { ...SEED_COMMITMENTS[1]!, items: [{ ...SEED_COMMITMENTS[1]!.items[0]!, own: 'false' }] };
    const issues = checkDecomposition(cast([SEED_COMMITMENTS[0], own]), SEED_GROUPS);
    expect(read(issues)[0]).toEqual(['input.expected', 'commitments.1.items.0.own', '第 2 项“项目”第 1 项“自定项目”应为布尔值(true 或 false),实际为文本“false”']);
  });
});

describe('fulfilment checks commitments and the date at entry', () => {
  it('reports a date that is not a date and counts nothing', () => {
    const result = fulfilment(SEED_COMMITMENTS, cast('2011-6-30'));
    expect(read(result.issues)).toEqual([['input.expected', 'asOf', '“截止日期”应为YYYY-MM-DD 格式的日期,实际为文本“2011-6-30”']]);
    expect(result.overall.items).toBe(0);
    expect(result.asOf).toBe('2011-6-30');
    expect(fulfilment(SEED_COMMITMENTS, cast(null)).asOf).toBe('');
  });

  it('skips a commitment that is null or whose items are not a list, and counts the others', () => {
    const all = fulfilment(SEED_COMMITMENTS, isoDate('2011-06-30'));
    const result = fulfilment(cast([null, ...SEED_COMMITMENTS, { id: 'x', level: 'member', makerId: 'm9', audiences: [], items: {} }]), isoDate('2011-06-30'));
    expect(result.issues.slice(0, 2).map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['input.expected', '0'],
      ['input.expected', `${SEED_COMMITMENTS.length + 1}.items`],
    ]);
    expect(result.overall).toEqual(all.overall);
  });
});
