import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { checkOrganizationTree, type PartyOrganization } from '../../src/organization';
import { deepFreeze } from '../_helpers/deepFreeze';

/** A random forest of committees: each organization's parent comes earlier in the list. */
const forest = fc.array(fc.option(fc.nat(), { nil: undefined }), { maxLength: 60 }).map((parents) =>
  parents.map((parent, index): PartyOrganization => ({
    id: `o${index}`,
    name: `组织${index}`,
    kind: 'committee',
    ...(parent !== undefined && index > 0 ? { parentId: `o${parent % index}` } : {}),
  })),
);

test.prop([forest])('a forest whose parents come first is sound', (organizations) => {
  expect(checkOrganizationTree(deepFreeze(organizations))).toEqual([]);
});

test.prop([forest])("order does not change what is found", (organizations) => {
  const reversed = [...organizations].reverse();
  expect(checkOrganizationTree(reversed)).toEqual([]);
});

test.prop([forest.filter((list) => list.length > 1), fc.nat(), fc.nat()])(
  'pointing a root at one of its descendants makes exactly one cycle',
  (organizations, pick, pickRoot) => {
    const roots = organizations.filter((organization) => organization.parentId === undefined);
    const root = roots[pickRoot % roots.length]!;
    const descendants = new Set([root.id]);
    for (const organization of organizations) {
      if (organization.parentId !== undefined && descendants.has(organization.parentId)) descendants.add(organization.id);
    }
    const target = [...descendants][pick % descendants.size]!;
    const changed = organizations.map((organization) =>
      organization.id === root.id ? { ...organization, parentId: target } : organization,
    );
    const codes = checkOrganizationTree(changed).map((issue) => issue.code);
    expect(codes).toEqual(['organization.cycle']);
  },
);
