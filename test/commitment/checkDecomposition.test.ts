import { describe, expect, it } from 'vitest';
import { checkDecomposition, type Commitment, type CommitmentItem } from '../../src/commitment';
import type { FunctionalGroup } from '../../src/organization';
import { isoDate } from '../../src/schedule';
import { deepFreeze } from '../_helpers/deepFreeze';
import { SEED_COMMITMENTS, SEED_GROUPS } from './seedCommitments';

const due = isoDate('2011-05-31');
const item = (id: string, extra: Partial<CommitmentItem> = {}): CommitmentItem => ({ id, title: id, due, status: 'pending', ...extra });
const commitment = (id: string, level: Commitment['level'], makerId: string, items: CommitmentItem[]): Commitment => ({
  id,
  level,
  makerId,
  audiences: [],
  items,
});
const group = (id: string, memberIds: string[]): FunctionalGroup => ({ id, name: `${id}小组`, focus: id, leaderId: memberIds[0] ?? '', memberIds });

const codes = (commitments: readonly Commitment[], groups: readonly FunctionalGroup[] = [group('g', ['m'])]) =>
  checkDecomposition(deepFreeze(commitments), deepFreeze(groups)).map((issue) => [issue.code, issue.path]);

describe('checkDecomposition — 三级双向承诺 (seed 001)', () => {
  it('党支部把承诺事项向功能党小组进行分解,功能党小组细化,党员个人确定承诺事项: the seed is complete', () => {
    expect(checkDecomposition(deepFreeze(SEED_COMMITMENTS), deepFreeze(SEED_GROUPS))).toEqual([]);
  });

  it('reports a branch item that no functional group breaks down', () => {
    const withoutSafety = SEED_COMMITMENTS.filter((each) => each.id !== 'safety-2010');
    const issues = checkDecomposition(withoutSafety, SEED_GROUPS);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['commitment.branchItemNotDecomposed', ['commitments', 0, 'items', 2]],
      ['commitment.groupNotCommitted', ['groups', 2, 'id']],
    ]);
    expect(issues[0]?.message['zh-CN']).toBe('党支部承诺事项“b-safety”(创建和谐校园、平安校园)未分解到任何功能党小组');
    expect(issues[1]?.severity).toBe('warning');
  });

  it('reports a group item that traces to no branch item and is not the group’s own', () => {
    expect(
      codes([commitment('b', 'branch', 'branch', [item('b1')]), commitment('g', 'group', 'g', [item('g1', { decomposedFrom: 'b1' }), item('g2')])]),
    ).toEqual([['commitment.groupItemUntraced', ['commitments', 1, 'items', 1]]]);
  });

  it('accepts a group item marked as the group’s own (小组自定事项)', () => {
    expect(codes([commitment('g', 'group', 'g', [item('g1', { own: true })])])).toEqual([]);
  });

  it('warns about an item both marked own and broken down', () => {
    const issues = codes([
      commitment('b', 'branch', 'branch', [item('b1')]),
      commitment('g', 'group', 'g', [item('g1', { own: true, decomposedFrom: 'b1' })]),
    ]);
    expect(issues).toEqual([['commitment.ownAndDecomposed', ['commitments', 1, 'items', 0, 'own']]]);
  });

  it('reports a source that does not exist, except a branch item’s (上级党组织的重点工作)', () => {
    expect(
      codes([
        commitment('b', 'branch', 'branch', [item('b1', { decomposedFrom: 'committee-1' })]),
        commitment('g', 'group', 'g', [item('g1', { decomposedFrom: 'b1' }), item('g2', { decomposedFrom: 'nowhere' })]),
        commitment('m', 'member', 'm', [item('m1', { decomposedFrom: 'gone' })]),
      ]),
    ).toEqual([
      ['commitment.unknownSource', ['commitments', 1, 'items', 1, 'decomposedFrom']],
      ['commitment.unknownSource', ['commitments', 2, 'items', 0, 'decomposedFrom']],
    ]);
  });

  it('reports a source at the wrong level, naming both levels', () => {
    const issues = checkDecomposition(
      [
        commitment('b', 'branch', 'branch', [item('b1'), item('b2', { decomposedFrom: 'g1' })]),
        commitment('g', 'group', 'g', [item('g1', { decomposedFrom: 'b1' })]),
        commitment('m', 'member', 'm', [item('m1', { decomposedFrom: 'b1' })]),
      ],
      [group('g', ['m'])],
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['commitment.sourceWrongLevel', ['commitments', 0, 'items', 1, 'decomposedFrom']],
      ['commitment.branchItemNotDecomposed', ['commitments', 0, 'items', 1]],
      ['commitment.sourceWrongLevel', ['commitments', 2, 'items', 0, 'decomposedFrom']],
    ]);
    expect(issues[0]?.message['zh-CN']).toBe('党支部承诺事项“b2”应分解自上级党组织承诺事项,但“g1”是功能党小组承诺事项');
    expect(issues[2]?.message.en).toBe('"m1" (Individual member) must break down an item of the level above (Functional Party group), but "b1" is at the level Party branch');
  });

  it('reports a member item taken from another group’s item', () => {
    expect(
      codes(
        [
          commitment('g1', 'group', 'g1', [item('a', { own: true })]),
          commitment('g2', 'group', 'g2', [item('b', { own: true })]),
          commitment('m', 'member', 'm', [item('m1', { decomposedFrom: 'b' })]),
        ],
        [group('g1', ['m']), group('g2', ['x'])],
      ),
    ).toEqual([['commitment.sourceOutsideGroup', ['commitments', 2, 'items', 0, 'decomposedFrom']]]);
  });

  it('每个党员参加其中一个功能党小组: reports a committing member in no group, or whose group did not commit', () => {
    expect(
      codes(
        [commitment('g1', 'group', 'g1', []), commitment('m', 'member', 'm', []), commitment('n', 'member', 'n', []), commitment('x', 'member', 'x', [])],
        [group('g1', ['m']), group('g2', ['n'])],
      ),
    ).toEqual([
      ['commitment.memberGroupNotCommitted', ['commitments', 2, 'makerId']],
      ['commitment.memberInNoGroup', ['commitments', 3, 'makerId']],
      ['commitment.groupNotCommitted', ['groups', 1, 'id']],
    ]);
  });

  it('a member listed in several groups (checkFunctionalGroups reports that) needs only one of them to commit', () => {
    expect(
      codes(
        [commitment('g2', 'group', 'g2', [item('a', { own: true })]), commitment('m', 'member', 'm', [item('m1', { decomposedFrom: 'a' })])],
        [group('g1', ['m']), group('g2', ['m', 'm'])],
      ),
    ).toEqual([['commitment.groupNotCommitted', ['groups', 0, 'id']]]);
  });

  it('reports a member item taken from a group item when the member is in no group', () => {
    expect(
      codes([commitment('g', 'group', 'g', [item('a', { own: true })]), commitment('x', 'member', 'x', [item('x1', { decomposedFrom: 'a' })])]),
    ).toEqual([
      ['commitment.memberInNoGroup', ['commitments', 1, 'makerId']],
      ['commitment.sourceOutsideGroup', ['commitments', 1, 'items', 0, 'decomposedFrom']],
    ]);
  });

  it('reports a group commitment made by an unknown group', () => {
    expect(codes([commitment('c', 'group', 'ghost', [item('g1', { own: true })])])).toEqual([
      ['commitment.unknownGroup', ['commitments', 0, 'makerId']],
      ['commitment.groupNotCommitted', ['groups', 0, 'id']],
    ]);
  });

  it('reports a cycle of sources once, with its chain', () => {
    const issues = checkDecomposition(
      [
        commitment('g', 'group', 'g', [item('a', { decomposedFrom: 'b' }), item('b', { decomposedFrom: 'a' })]),
      ],
      [group('g', ['m'])],
    );
    const cycles = issues.filter((issue) => issue.code === 'commitment.cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.params['chain']).toBe('a → b → a');
  });

  it('walks a long chain without overflowing the stack', () => {
    // Five times the depth at which a recursive walk overflows V8's stack (about 10,000 frames).
    // Every item of the chain also names an item of its own level, so the chain's length is
    // paid for in issues too: deeper buys no more proof, only time (see bench/commitment.ts).
    const length = 50_000;
    const chain = Array.from({ length }, (_, index) => item(`i${index}`, { decomposedFrom: `i${(index + 1) % length}` }));
    const issues = checkDecomposition([commitment('g', 'group', 'g', chain)], [group('g', ['m'])]);
    expect(issues.filter((issue) => issue.code === 'commitment.cycle')).toHaveLength(1);
  });

  it('reports reused commitment and item ids', () => {
    expect(
      codes([commitment('g', 'group', 'g', [item('a', { own: true })]), commitment('g', 'group', 'g', [item('a', { own: true })])]),
    ).toEqual([
      ['commitment.duplicateCommitmentId', ['commitments', 1, 'id']],
      ['commitment.duplicateItemId', ['commitments', 1, 'items', 0, 'id']],
    ]);
  });

  it('accepts no commitments and no groups', () => {
    expect(checkDecomposition([], [])).toEqual([]);
  });
});
