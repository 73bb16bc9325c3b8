import type { Issue } from '../i18n/issue';
import { createIssue } from '../i18n/messages';
import { ORGANIZATION_KIND_LABELS } from './labels';
import { ORGANIZATION_MESSAGES, type OrganizationIssueCode } from './messages';
import type { OrganizationKind, PartyOrganization } from './types';

/**
 * Which kinds may stand directly under a kind. A 党委 may lead committees, general branches and
 * branches; a 党总支 leads branches; a 党支部 is the base level and leads no Party organization
 * (its 党小组 are groups, not organizations).
 */
const ALLOWED_CHILDREN: Readonly<Record<OrganizationKind, readonly OrganizationKind[]>> = {
  committee: ['committee', 'generalBranch', 'branch'],
  generalBranch: ['branch'],
  branch: [],
};

/**
 * Checks that a list of organizations forms trees: every id unique, every parent known, no
 * organization its own superior (directly or through a chain), and no kind inversion (a 党支部
 * above a 党委, a 党总支 above a 党总支, anything under a 党支部).
 *
 * The walk is iterative and visits each organization once, so a chain 100,000 levels deep is
 * checked in linear time without growing the call stack. Several roots are allowed: a list may
 * hold more than one tree. A cycle is reported once, on the organization where the walk first
 * closed it; organizations that merely hang below a cycle are not reported again.
 *
 * @param organizations - the organizations, in any order. Not modified.
 * @returns every issue found, in input order; empty when the trees are sound.
 *
 * @example
 * ```ts
 * import { checkOrganizationTree } from 'cxzy/organization';
 * const issues = checkOrganizationTree([
 *   { id: 'committee', name: '区教育党委', kind: 'committee' },
 *   { id: 'school', name: '职业中学党支部', kind: 'branch', parentId: 'committee' },
 *   { id: 'inverted', name: '某党总支', kind: 'generalBranch', parentId: 'school' },
 * ]);
 * issues.map((issue) => issue.code); // ['organization.kindInversion']
 * ```
 */
export function checkOrganizationTree(
  organizations: readonly PartyOrganization[],
): readonly Issue<OrganizationIssueCode>[] {
  const issues: Issue<OrganizationIssueCode>[] = [];
  const indexById = new Map<string, number>();

  organizations.forEach((organization, index) => {
    const firstIndex = indexById.get(organization.id);
    if (firstIndex === undefined) {
      indexById.set(organization.id, index);
      return;
    }
    issues.push(
      createIssue(ORGANIZATION_MESSAGES, 'organization.duplicateId', 'error', [index, 'id'], {
        id: organization.id,
        firstIndex,
      }),
    );
  });

  const parentIndexOf = (index: number): number | undefined => {
    const parentId = organizations[index]?.parentId;
    return parentId === undefined ? undefined : indexById.get(parentId);
  };

  organizations.forEach((organization, index) => {
    if (organization.parentId === undefined) return;
    const parentIndex = indexById.get(organization.parentId);
    if (parentIndex === undefined) {
      issues.push(
        createIssue(ORGANIZATION_MESSAGES, 'organization.unknownParent', 'error', [index, 'parentId'], {
          id: organization.id,
          parentId: organization.parentId,
        }),
      );
      return;
    }
    const parent = organizations[parentIndex];
    if (parent !== undefined && !ALLOWED_CHILDREN[parent.kind].includes(organization.kind)) {
      issues.push(
        createIssue(ORGANIZATION_MESSAGES, 'organization.kindInversion', 'error', [index, 'parentId'], {
          id: organization.id,
          parentId: parent.id,
          childKind: ORGANIZATION_KIND_LABELS[organization.kind]['zh-CN'],
          parentKind: ORGANIZATION_KIND_LABELS[parent.kind]['zh-CN'],
          childKindEn: ORGANIZATION_KIND_LABELS[organization.kind].en.toLowerCase(),
          parentKindEn: ORGANIZATION_KIND_LABELS[parent.kind].en.toLowerCase(),
        }),
      );
    }
  });

  // Colour each organization by walk: 0 unvisited, 1 on the walk in progress, 2 finished.
  const state = new Uint8Array(organizations.length);
  for (let start = 0; start < organizations.length; start += 1) {
    if (state[start] !== 0 || indexById.get(organizations[start]?.id ?? '') !== start) continue;
    const walk: number[] = [];
    let current: number | undefined = start;
    while (current !== undefined && state[current] === 0) {
      state[current] = 1;
      walk.push(current);
      current = parentIndexOf(current);
    }
    if (current !== undefined && state[current] === 1) {
      const cycle = walk.slice(walk.indexOf(current));
      const ids = cycle.map((index) => organizations[index]?.id ?? '');
      issues.push(
        createIssue(ORGANIZATION_MESSAGES, 'organization.cycle', 'error', [current, 'parentId'], {
          id: ids[0] ?? '',
          chain: [...ids, ids[0]].join(' → '),
        }),
      );
    }
    for (const index of walk) state[index] = 2;
  }

  return issues.sort((a, b) => (a.path[0] as number) - (b.path[0] as number));
}
