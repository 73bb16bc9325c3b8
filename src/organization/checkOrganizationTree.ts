import { expectList, expectObject, expectOneOf, expectText, MAX_LIST_ISSUES, type InputIssueCode, type InputIssues } from '../core/input';
import type { Issue } from '../core/issue';
import { createIssue } from '../core/message';
import { ORGANIZATION_KIND_LABELS } from './labels';
import { ORGANIZATION_MESSAGES, type OrganizationIssueCode } from './messages';
import { ORGANIZATION_KINDS, type OrganizationKind, type PartyOrganization } from './types';

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
 * An organization that is not an object with a text `id` and `name`, a `kind` of
 * {@link ORGANIZATION_KINDS} and, when given, a text `parentId` is reported (`input.*`, path
 * `[3, 'kind']`) and left out of the trees; `organizations` that is not a list is one `input.expected`
 * issue (path `[]`). Ids such as `__proto__` are ids like any other.
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
): readonly Issue<OrganizationIssueCode | InputIssueCode>[] {
  const input: InputIssues = [];
  if (!expectList(organizations, [], input)) return input as Issue<InputIssueCode>[];
  // The organizations that can be read, and where each stands in the list given.
  const readable: PartyOrganization[] = [];
  const at: number[] = [];
  for (let index = 0; index < organizations.length; index += 1) {
    const item: unknown = organizations[index];
    if (input.length >= MAX_LIST_ISSUES && (typeof item !== 'object' || item === null)) continue;
    if (isOrganization(item, index, input)) {
      readable.push(organizations[index] as PartyOrganization);
      at.push(index);
    }
  }
  const issues = [...input] as Issue<OrganizationIssueCode | InputIssueCode>[];
  const indexById = new Map<string, number>();

  readable.forEach((organization, index) => {
    const firstIndex = indexById.get(organization.id);
    if (firstIndex === undefined) {
      indexById.set(organization.id, index);
      return;
    }
    issues.push(
      createIssue(ORGANIZATION_MESSAGES, 'organization.duplicateId', 'error', [at[index]!, 'id'], {
        id: organization.id,
        firstIndex: at[firstIndex]!,
      }),
    );
  });

  readable.forEach((organization, index) => {
    if (organization.parentId === undefined) return;
    const parentIndex = indexById.get(organization.parentId);
    if (parentIndex === undefined) {
      issues.push(
        createIssue(ORGANIZATION_MESSAGES, 'organization.unknownParent', 'error', [at[index]!, 'parentId'], {
          id: organization.id,
          parentId: organization.parentId,
        }),
      );
      return;
    }
    const parent = readable[parentIndex] as PartyOrganization;
    if (!ALLOWED_CHILDREN[parent.kind].includes(organization.kind)) {
      issues.push(
        createIssue(
          ORGANIZATION_MESSAGES,
          'organization.kindInversion',
          'error',
          [at[index]!, 'parentId'],
          { id: organization.id, parentId: parent.id, childKind: organization.kind, parentKind: parent.kind },
          { organizationKind: ORGANIZATION_KIND_LABELS },
        ),
      );
    }
  });

  // Follow parent links from each organization not yet seen, colouring as we go: a walk that meets
  // its own colour has closed a cycle; one that meets an earlier walk's colour stops there.
  const parentIndex = readable.map((organization) =>
    organization.parentId === undefined ? NO_PARENT : (indexById.get(organization.parentId) ?? NO_PARENT),
  );
  const walkOf = new Int32Array(readable.length).fill(NOT_WALKED);
  for (let start = 0; start < readable.length; start += 1) {
    const walk: number[] = [];
    let current = start;
    while (current !== NO_PARENT && walkOf[current] === NOT_WALKED) {
      walkOf[current] = start;
      walk.push(current);
      current = parentIndex[current] as number;
    }
    if (current === NO_PARENT || walkOf[current] !== start) continue;
    const ids = walk.slice(walk.indexOf(current)).map((index) => (readable[index] as PartyOrganization).id);
    const [first] = ids as [string, ...string[]];
    issues.push(
      createIssue(ORGANIZATION_MESSAGES, 'organization.cycle', 'error', [at[current]!, 'parentId'], {
        id: first,
        chain: [...ids, first].join(' → '),
      }),
    );
  }

  return issues.sort((a, b) => (a.path[0] as number) - (b.path[0] as number));
}

/** Whether `value` is an organization as `PartyOrganization` says; reports what is not. */
function isOrganization(value: unknown, index: number, issues: InputIssues): value is PartyOrganization {
  if (!expectObject(value, [index], issues)) return false;
  const before = issues.length;
  expectText(value['id'], [index, 'id'], issues);
  expectText(value['name'], [index, 'name'], issues);
  expectOneOf(value['kind'], ORGANIZATION_KINDS, [index, 'kind'], issues);
  if (value['parentId'] !== undefined) expectText(value['parentId'], [index, 'parentId'], issues);
  return issues.length === before;
}


const NO_PARENT = -1;
const NOT_WALKED = -1;

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
