import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import {
  checkFunctionalGroups,
  checkOrganizationTree,
  type Member,
  type OrganizationIssueCode,
  type PartyOrganization,
} from '../../src/organization';
import type { InputIssueCode, Issue } from '../../src/i18n';

describe('organization types', () => {
  it('returns readonly issues with typed codes', () => {
    expectTypeOf(checkOrganizationTree).returns.toEqualTypeOf<readonly Issue<OrganizationIssueCode | InputIssueCode>[]>();
    expectTypeOf(checkFunctionalGroups).parameters.toEqualTypeOf<[readonly Member[], readonly { readonly id: string; readonly name: string; readonly focus: string; readonly leaderId: string; readonly memberIds: readonly string[] }[]]>();
  });

  it('rejects what a member cannot be', () => {
    // @ts-expect-error — '党员' is not a status; the code is 'full' or 'probationary'
    const bad: Member = { id: 'm', name: '李明', organizationId: 'b', status: '党员', roles: [] };
    // @ts-expect-error — a kind must be one of the three levels
    const org: PartyOrganization = { id: 'x', name: 'X', kind: 'cell' };
    // @ts-expect-error — exactOptionalPropertyTypes: an absent parent is omitted, not undefined
    const root: PartyOrganization = { id: 'x', name: 'X', kind: 'branch', parentId: undefined };
    expectTypeOf([bad, org, root]).not.toBeNever();
  });

  it('keeps members readonly', () => {
    const member: Member = { id: 'm', name: '李明', organizationId: 'b', status: 'full', roles: [] };
    // @ts-expect-error — inputs are readonly
    member.name = '王';
    // @ts-expect-error — roles are a readonly array
    member.roles.push('secretary');
    expectTypeOf<z.ZodType>().not.toBeAny();
  });
});
