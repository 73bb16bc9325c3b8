import { expectList, type InputIssueCode, type InputIssues } from '../core/input';
import type { Issue, IssuePath } from '../core/issue';
import { isCommitment, isFunctionalGroup } from './checkCommitmentShape';
import { localizedTable } from '../core/locale';
import { createIssue } from '../core/message';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';
import type { FunctionalGroup } from '../organization/types';
import { COMMITMENT_LEVEL_LABELS } from './labels';
import { COMMITMENT_MESSAGES, type CommitmentIssueCode } from './messages';
import type { Commitment, CommitmentItem, CommitmentLevel } from './types';

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
 *   per cycle, on the item where the walk closed it; the walk is iterative);
 * - a group commitment must be made by a known functional group (`commitment.unknownGroup`); every
 *   member who commits must be in a functional group (`commitment.memberInNoGroup`) that has
 *   committed (`commitment.memberGroupNotCommitted`); a functional group with no commitment is a
 *   warning (`commitment.groupNotCommitted`);
 * - commitment ids and item ids must be unique (item ids across the whole set, since sources name
 *   them).
 *
 * Member items need not name a source: the seed lets a member choose matters "根据能力特长、岗位职责".
 *
 * Time and memory grow linearly with the number of items: each item's source is looked up once,
 * each chain of sources is walked once, and the issues are produced in input order rather than
 * sorted afterwards.
 *
 * A commitment or functional group not shaped as its type says (not an object, a level that is not
 * `branch`, `group` or `member`, an item whose `due` is not a `YYYY-MM-DD` date, a member id that is
 * not text) is reported as `input.*` issues (path `['commitments', 2, 'items', 0, 'due']`) and left
 * out of the checks; `commitments` or `groups` that is not a list is reported and nothing is checked.
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
): readonly Issue<CommitmentIssueCode | InputIssueCode>[] {
  const input: InputIssues = [];
  const commitmentsListed = expectList(commitments, ['commitments'], input);
  const groupsListed = expectList(groups, ['groups'], input);
  if (!commitmentsListed || !groupsListed) return input as Issue<InputIssueCode>[];
  // A commitment left out stands as one with no items, so that every other keeps its position.
  const skipped = new Set<number>();
  const kept = commitments.map((commitment, index) => {
    if (isCommitment(commitment, ['commitments', index], input, true)) return commitment;
    skipped.add(index);
    return LEFT_OUT;
  });
  const keptGroups: FunctionalGroup[] = [];
  const groupPosition: number[] = [];
  groups.forEach((group, index) => {
    if (!isFunctionalGroup(group, ['groups', index], input)) return;
    keptGroups.push(group);
    groupPosition.push(index);
  });
  return [...(input as Issue<InputIssueCode>[]), ...decompositionIssues(kept, keptGroups, skipped, groupPosition)];
}

/** The checks of {@link checkDecomposition} on the commitments and groups that could be read. */
function decompositionIssues(
  commitments: readonly Commitment[],
  groups: readonly FunctionalGroup[],
  skipped: ReadonlySet<number>,
  groupPosition: readonly number[],
): Issue<CommitmentIssueCode>[] {
  const items = locateItems(commitments);
  const firstCommitmentWithId = new Map<string, number>();
  commitments.forEach((commitment, index) => {
    if (!skipped.has(index) && !firstCommitmentWithId.has(commitment.id)) firstCommitmentWithId.set(commitment.id, index);
  });
  // Sources name items by id; where an id is reused, the first item with it is the one meant.
  const firstItemWithId = firstIndexById(items.map((at) => at.item.id));
  const sources = items.map((at) => (at.item.decomposedFrom === undefined ? NO_SOURCE : (firstItemWithId.get(at.item.decomposedFrom) ?? NO_SOURCE)));

  const groupsOfMember = new Map<string, string[]>();
  for (const group of groups) {
    for (const memberId of group.memberIds) {
      const joined = groupsOfMember.get(memberId);
      if (joined === undefined) groupsOfMember.set(memberId, [group.id]);
      else if (!joined.includes(group.id)) joined.push(group.id);
    }
  }
  const groupIds = new Set(groups.map((group) => group.id));
  const committedGroups = new Set(
    commitments.filter((commitment) => commitment.level === 'group').map((commitment) => commitment.makerId),
  );
  // A branch item is broken down when some item names it, whatever else is wrong with that item.
  const brokenDown = new Uint8Array(items.length);
  for (const source of sources) if (source !== NO_SOURCE) brokenDown[source] = 1;
  const cycleClosedAt = cyclesOf(sources, items);

  // Every check, in input order: commitment by commitment, item by item, then the groups.
  const issues: Issue<CommitmentIssueCode>[] = [];
  const report = (code: CommitmentIssueCode, severity: 'error' | 'warning', path: IssuePath, params: Record<string, string | number>) =>
    issues.push(createIssue(COMMITMENT_MESSAGES, code, severity, path, params, LEVEL_TABLES));
  let itemIndexInSet = 0;
  commitments.forEach((commitment, commitmentIndex) => {
    if (skipped.has(commitmentIndex)) return;
    // Who commits: ids unique, groups known, members in a group that committed.
    const firstIndex = firstCommitmentWithId.get(commitment.id)!;
    if (firstIndex !== commitmentIndex) {
      report('commitment.duplicateCommitmentId', 'error', ['commitments', commitmentIndex, 'id'], { id: commitment.id, firstIndex });
    }
    const makerPath = ['commitments', commitmentIndex, 'makerId'];
    if (commitment.level === 'group' && !groupIds.has(commitment.makerId)) {
      report('commitment.unknownGroup', 'error', makerPath, { commitmentId: commitment.id, makerId: commitment.makerId });
    }
    if (commitment.level === 'member') {
      const joined = groupsOfMember.get(commitment.makerId);
      if (joined === undefined) {
        report('commitment.memberInNoGroup', 'error', makerPath, { makerId: commitment.makerId });
      } else if (!joined.some((groupId) => committedGroups.has(groupId))) {
        report('commitment.memberGroupNotCommitted', 'error', makerPath, { makerId: commitment.makerId, groupIds: joined.join('、') });
      }
    }

    // What is committed: each item against its source, its breakdown, its chain.
    commitment.items.forEach((item, itemIndex) => {
      const index = itemIndexInSet;
      itemIndexInSet += 1;
      const path = (...rest: readonly string[]): IssuePath => ['commitments', commitmentIndex, 'items', itemIndex, ...rest];
      const first = firstItemWithId.get(item.id)!;
      if (first !== index) {
        report('commitment.duplicateItemId', 'error', path('id'), { itemId: item.id, firstCommitmentId: items[first]!.commitment.id });
      }
      const source = sources[index]!;
      checkSource(item, commitment, source === NO_SOURCE ? undefined : items[source], groupsOfMember, path, report);
      if (commitment.level === 'branch' && brokenDown[first] !== 1) {
        report('commitment.branchItemNotDecomposed', 'error', path(), { itemId: item.id, title: item.title });
      }
      const chain = cycleClosedAt.get(index);
      if (chain !== undefined) {
        report('commitment.cycle', 'error', path('decomposedFrom'), { itemId: item.id, chain });
      }
    });
  });
  groups.forEach((group, groupIndex) => {
    if (!committedGroups.has(group.id)) {
      report('commitment.groupNotCommitted', 'warning', ['groups', groupPosition[groupIndex]!, 'id'], { groupId: group.id, name: group.name });
    }
  });
  return issues;
}

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
/** The levels as messages name them, and the superior Party committee above the branch. */
const LEVEL_TABLES = {
  commitmentLevel: /* @__PURE__ */ Object.assign({}, COMMITMENT_LEVEL_LABELS, /* @__PURE__ */ localizedTable(zhCN.commitmentSourceLabels, en.commitmentSourceLabels)),
} as const;

/** The source of an item that names none, or names an item not in the set. */
/** What stands for a commitment left out: no items, so nothing is checked or counted. */
const LEFT_OUT: Commitment = { id: '', level: 'branch', makerId: '', audiences: [], items: [] };

const NO_SOURCE = -1;

/** An item with the commitment that holds it. */
interface Located {
  readonly commitment: Commitment;
  readonly item: CommitmentItem;
}

/** Every item of every commitment, in input order: an item's place in this list is its index in the set. */
function locateItems(commitments: readonly Commitment[]): Located[] {
  return commitments.flatMap((commitment) => commitment.items.map((item) => ({ commitment, item })));
}

/** Where each id first occurs in a list of ids. */
function firstIndexById(ids: readonly string[]): Map<string, number> {
  const first = new Map<string, number>();
  ids.forEach((id, index) => {
    if (!first.has(id)) first.set(id, index);
  });
  return first;
}

/**
 * An item against the item it names: marked both own and decomposed, named source present, one
 * level up and, for a member, in one of the member's own groups. A group item must name a source
 * or be its group's own.
 */
function checkSource(
  item: CommitmentItem,
  commitment: Commitment,
  source: Located | undefined,
  groupsOfMember: ReadonlyMap<string, readonly string[]>,
  path: (...rest: readonly string[]) => IssuePath,
  report: (code: CommitmentIssueCode, severity: 'error' | 'warning', path: IssuePath, params: Record<string, string | number>) => void,
): void {
  if (item.decomposedFrom === undefined) {
    if (commitment.level === 'group' && item.own !== true) {
      report('commitment.groupItemUntraced', 'error', path(), { itemId: item.id, title: item.title, makerId: commitment.makerId });
    }
    return;
  }
  if (item.own === true) {
    report('commitment.ownAndDecomposed', 'warning', path('own'), { itemId: item.id, sourceId: item.decomposedFrom });
  }
  // Own keys only: a level from unparsed JSON (`"__proto__"`) must not read the prototype.
  const expectedLevel = Object.hasOwn(SOURCE_LEVEL, commitment.level) ? SOURCE_LEVEL[commitment.level] : undefined;
  if (source === undefined) {
    // The branch breaks down its superior's work, which is not among the commitments checked.
    if (expectedLevel !== undefined) {
      report('commitment.unknownSource', 'error', path('decomposedFrom'), { itemId: item.id, sourceId: item.decomposedFrom });
    }
    return;
  }
  if (source.commitment.level !== expectedLevel) {
    report('commitment.sourceWrongLevel', 'error', path('decomposedFrom'), {
      itemId: item.id,
      sourceId: source.item.id,
      level: commitment.level,
      expectedLevel: expectedLevel ?? 'superior',
      sourceLevel: source.commitment.level,
    });
  } else if (commitment.level === 'member' && !(groupsOfMember.get(commitment.makerId) ?? []).includes(source.commitment.makerId)) {
    report('commitment.sourceOutsideGroup', 'error', path('decomposedFrom'), {
      itemId: item.id,
      makerId: commitment.makerId,
      sourceMakerId: source.commitment.makerId,
    });
  }
}

/**
 * The cycles among sources, as the chain of ids to report, keyed by the item where the walk closed
 * each. Each item names at most one source, so sources form chains; each chain is walked once,
 * iteratively (as `checkOrganizationTree` walks parents), from the items in input order. A walk that
 * meets an item of its own walk has closed a cycle; one that meets an earlier walk stops there.
 */
function cyclesOf(sources: readonly number[], items: readonly Located[]): Map<number, string> {
  const UNSEEN = -1;
  const walkOf = new Int32Array(sources.length).fill(UNSEEN);
  const closedAt = new Map<number, string>();
  for (let start = 0; start < sources.length; start += 1) {
    const walk: number[] = [];
    let current = start;
    while (current !== NO_SOURCE && walkOf[current] === UNSEEN) {
      walkOf[current] = start;
      walk.push(current);
      current = sources[current]!;
    }
    if (current === NO_SOURCE || walkOf[current] !== start) continue;
    const ids = walk.slice(walk.indexOf(current)).map((index) => items[index]!.item.id);
    closedAt.set(current, [...ids, items[current]!.item.id].join(' → '));
  }
  return closedAt;
}
