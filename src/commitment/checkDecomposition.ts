import type { Issue, IssuePath } from '../core/issue';
import { createIssue } from '../core/message';
import type { FunctionalGroup } from '../organization/types';
import { COMMITMENT_LEVEL_LABELS } from './labels';
import { COMMITMENT_MESSAGES, type CommitmentIssueCode } from './messages';
import type { Commitment, CommitmentItem, CommitmentLevel } from './types';

/**
 * The level whose items an item of each level breaks down: the branch breaks down the superior
 * committee's work (outside the commitments checked here), a group the branch's, a member the
 * group's.
 */
const SOURCE_LEVEL: Readonly<Record<CommitmentLevel, CommitmentLevel | undefined>> = {
  branch: undefined,
  group: 'branch',
  member: 'group',
};

/** What a branch item breaks down, when it names a source: its superior committee's work. */
const SUPERIOR_LABEL = { 'zh-CN': '上级党组织', en: 'Superior Party committee' } as const;

interface Located {
  readonly commitment: Commitment;
  readonly commitmentIndex: number;
  readonly item: CommitmentItem;
  readonly itemIndex: number;
}

const itemPath = (at: Located, ...rest: readonly (string | number)[]): IssuePath => [
  'commitments',
  at.commitmentIndex,
  'items',
  at.itemIndex,
  ...rest,
];

/**
 * Checks a set of 三级双向承诺 against seed 001: "每年年初,各党支部…把承诺事项向功能党小组进行分解。
 * 功能党小组要结合各自工作职责,对党支部的提出的工作任务进行细化…党员个人根据能力特长、岗位职责确定承诺事项".
 *
 * Reported (paths start with `'commitments'` or `'groups'`):
 * - every branch item must be broken down into at least one group item
 *   (`commitment.branchItemNotDecomposed`);
 * - every group item must name the branch item it breaks down, or be marked `own`
 *   (`commitment.groupItemUntraced`); an item cannot be both (`commitment.ownAndDecomposed`);
 * - a named source must exist (`commitment.unknownSource`), lie one level up
 *   (`commitment.sourceWrongLevel`) and, for a member, belong to one of the member's own groups
 *   (`commitment.sourceOutsideGroup`). A branch item may name a source outside the set (the
 *   superior committee's 重点工作): only a source inside the set is checked;
 * - no item may be broken down from itself through a chain of sources (`commitment.cycle`, once
 *   per cycle; the walk is iterative);
 * - a group commitment must be made by a known functional group (`commitment.unknownGroup`); every
 *   member who commits must be in a functional group (`commitment.memberInNoGroup`) that has
 *   committed (`commitment.memberGroupNotCommitted`); a functional group with no commitment is a
 *   warning (`commitment.groupNotCommitted`);
 * - commitment ids and item ids must be unique (item ids across the whole set, since sources name
 *   them).
 *
 * Member items need not name a source: the seed lets a member choose matters "根据能力特长、岗位职责".
 *
 * @param commitments - the branch's, groups' and members' commitments, in any order. Not modified.
 * @param groups - the branch's functional groups, to know whom each member commits with. Not modified.
 * @returns every issue found, commitments first in input order, then groups; empty when the
 *   decomposition is complete.
 *
 * @example
 * ```ts
 * import { checkDecomposition } from 'cxzy/commitment';
 * import { isoDate } from 'cxzy/schedule';
 * const due = isoDate('2011-06-30');
 * const issues = checkDecomposition(
 *   [
 *     { id: 'c-branch', level: 'branch', makerId: 'branch', audiences: ['members', 'masses', 'superiorCommittee'],
 *       items: [{ id: 'b1', title: '提高教学质量', due, status: 'pending' }, { id: 'b2', title: '建设平安校园', due, status: 'pending' }] },
 *     { id: 'c-teaching', level: 'group', makerId: 'teaching', audiences: ['members', 'teachersStudents', 'branch'],
 *       items: [{ id: 't1', title: '开展示范课', due, status: 'pending', decomposedFrom: 'b1' }] },
 *   ],
 *   [{ id: 'teaching', name: '教学科研功能党小组', focus: '教学科研', leaderId: 'm1', memberIds: ['m1'] }],
 * );
 * issues.map((issue) => issue.code); // ['commitment.branchItemNotDecomposed']
 * issues[0]?.path; // ['commitments', 0, 'items', 1]
 * ```
 */
export function checkDecomposition(
  commitments: readonly Commitment[],
  groups: readonly FunctionalGroup[],
): readonly Issue<CommitmentIssueCode>[] {
  const issues: Issue<CommitmentIssueCode>[] = [];
  const report = (code: CommitmentIssueCode, severity: 'error' | 'warning', path: IssuePath, params: Record<string, string | number>) =>
    issues.push(createIssue(COMMITMENT_MESSAGES, code, severity, path, params));

  // Index commitments and items; the first of a duplicated id is the one sources resolve to.
  const commitmentIndexById = new Map<string, number>();
  const items: Located[] = [];
  const itemById = new Map<string, Located>();
  commitments.forEach((commitment, commitmentIndex) => {
    const firstIndex = commitmentIndexById.get(commitment.id);
    if (firstIndex === undefined) commitmentIndexById.set(commitment.id, commitmentIndex);
    else report('commitment.duplicateCommitmentId', 'error', ['commitments', commitmentIndex, 'id'], { id: commitment.id, firstIndex });
    commitment.items.forEach((item, itemIndex) => {
      const at: Located = { commitment, commitmentIndex, item, itemIndex };
      const first = itemById.get(item.id);
      if (first === undefined) itemById.set(item.id, at);
      else report('commitment.duplicateItemId', 'error', itemPath(at, 'id'), { itemId: item.id, firstCommitmentId: first.commitment.id });
      items.push(at);
    });
  });
  const sourceOf = (at: Located): Located | undefined =>
    at.item.decomposedFrom === undefined ? undefined : itemById.get(at.item.decomposedFrom);

  const groupById = new Map(groups.map((group) => [group.id, group] as const));
  const groupsOfMember = new Map<string, string[]>();
  for (const group of groups) {
    for (const memberId of group.memberIds) {
      const joined = groupsOfMember.get(memberId);
      if (joined === undefined) groupsOfMember.set(memberId, [group.id]);
      else if (!joined.includes(group.id)) joined.push(group.id);
    }
  }
  const committedGroups = new Set(
    commitments.filter((commitment) => commitment.level === 'group').map((commitment) => commitment.makerId),
  );

  // Who commits: groups must be known, members must sit in a group that committed.
  commitments.forEach((commitment, commitmentIndex) => {
    const path = ['commitments', commitmentIndex, 'makerId'];
    if (commitment.level === 'group' && !groupById.has(commitment.makerId)) {
      report('commitment.unknownGroup', 'error', path, { commitmentId: commitment.id, makerId: commitment.makerId });
    }
    if (commitment.level !== 'member') return;
    const joined = groupsOfMember.get(commitment.makerId);
    if (joined === undefined) {
      report('commitment.memberInNoGroup', 'error', path, { makerId: commitment.makerId });
    } else if (!joined.some((groupId) => committedGroups.has(groupId))) {
      report('commitment.memberGroupNotCommitted', 'error', path, { makerId: commitment.makerId, groupIds: joined.join('、') });
    }
  });

  // Each item against its source: present, one level up, in the member's own group.
  const decomposed = new Set<string>();
  for (const at of items) {
    const { item, commitment } = at;
    if (item.decomposedFrom === undefined) {
      if (commitment.level === 'group' && item.own !== true) {
        report('commitment.groupItemUntraced', 'error', itemPath(at), { itemId: item.id, title: item.title, makerId: commitment.makerId });
      }
      continue;
    }
    if (item.own === true) {
      report('commitment.ownAndDecomposed', 'warning', itemPath(at, 'own'), { itemId: item.id, sourceId: item.decomposedFrom });
    }
    const source = sourceOf(at);
    const expectedLevel = SOURCE_LEVEL[commitment.level];
    if (source === undefined) {
      // The branch breaks down its superior's work, which is not among the commitments checked.
      if (expectedLevel !== undefined) {
        report('commitment.unknownSource', 'error', itemPath(at, 'decomposedFrom'), { itemId: item.id, sourceId: item.decomposedFrom });
      }
      continue;
    }
    decomposed.add(source.item.id);
    if (source.commitment.level !== expectedLevel) {
      report('commitment.sourceWrongLevel', 'error', itemPath(at, 'decomposedFrom'), {
        itemId: item.id,
        sourceId: source.item.id,
        level: COMMITMENT_LEVEL_LABELS[commitment.level]['zh-CN'],
        levelEn: COMMITMENT_LEVEL_LABELS[commitment.level].en,
        expectedLevel: expectedLevel === undefined ? SUPERIOR_LABEL['zh-CN'] : COMMITMENT_LEVEL_LABELS[expectedLevel]['zh-CN'],
        expectedLevelEn: (expectedLevel === undefined ? SUPERIOR_LABEL : COMMITMENT_LEVEL_LABELS[expectedLevel]).en,
        sourceLevel: COMMITMENT_LEVEL_LABELS[source.commitment.level]['zh-CN'],
        sourceLevelEn: COMMITMENT_LEVEL_LABELS[source.commitment.level].en,
      });
    } else if (commitment.level === 'member' && !(groupsOfMember.get(commitment.makerId) ?? []).includes(source.commitment.makerId)) {
      report('commitment.sourceOutsideGroup', 'error', itemPath(at, 'decomposedFrom'), {
        itemId: item.id,
        makerId: commitment.makerId,
        sourceMakerId: source.commitment.makerId,
      });
    }
  }

  for (const at of items) {
    if (at.commitment.level === 'branch' && !decomposed.has(at.item.id)) {
      report('commitment.branchItemNotDecomposed', 'error', itemPath(at), { itemId: at.item.id, title: at.item.title });
    }
  }

  // Sources form chains (each item names at most one). Walk each chain once, iteratively, as
  // checkOrganizationTree does: a walk that meets an item of its own walk has closed a cycle.
  const walked = new Map<Located, 'onWalk' | 'done'>();
  for (const start of items) {
    const walk: Located[] = [];
    let current: Located | undefined = start;
    while (current !== undefined && !walked.has(current)) {
      walked.set(current, 'onWalk');
      walk.push(current);
      current = sourceOf(current);
    }
    if (current !== undefined && walked.get(current) === 'onWalk') {
      const ids = walk.slice(walk.indexOf(current)).map((at) => at.item.id);
      report('commitment.cycle', 'error', itemPath(current, 'decomposedFrom'), {
        itemId: current.item.id,
        chain: [...ids, current.item.id].join(' → '),
      });
    }
    for (const at of walk) walked.set(at, 'done');
  }

  groups.forEach((group, groupIndex) => {
    if (!committedGroups.has(group.id)) {
      report('commitment.groupNotCommitted', 'warning', ['groups', groupIndex, 'id'], { groupId: group.id, name: group.name });
    }
  });

  // Input order: by argument, then commitment, then item; checks of one item keep their order.
  const orderOf = (issue: Issue): readonly [number, number, number] => [
    issue.path[0] === 'groups' ? 1 : 0,
    Number(issue.path[1]),
    typeof issue.path[3] === 'number' ? issue.path[3] : -1,
  ];
  return issues.sort((a, b) => {
    const [x, y] = [orderOf(a), orderOf(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}
