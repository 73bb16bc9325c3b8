import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { Campaign } from '../../src/campaign';
import type { ParseResult } from '../../src/i18n';
import type { Member, PartyOrganization } from '../../src/organization';
import type { IsoDate } from '../../src/schedule';
import { CampaignSchema, MemberSchema, IsoDateSchema, parseCampaign, parseIsoDate, parseOrganizations } from '../../src/schema';
import type { Pinned } from '../_helpers/typeDrift';

describe('schema types', () => {
  it('infers the domain types from the schemas (drift.test-d.ts pins every schema)', () => {
    expectTypeOf<Pinned<Member, typeof MemberSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Pinned<Campaign, typeof CampaignSchema>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof IsoDateSchema>>().toEqualTypeOf<IsoDate>();
  });

  it('types parse results', () => {
    expectTypeOf(parseCampaign).returns.toEqualTypeOf<ParseResult<Campaign>>();
    expectTypeOf(parseIsoDate).returns.toEqualTypeOf<ParseResult<IsoDate>>();
    expectTypeOf(parseOrganizations).returns.toEqualTypeOf<ParseResult<readonly PartyOrganization[]>>();
  });

  it('narrows on success', () => {
    const result = parseIsoDate('2010-09-08');
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<IsoDate>();
    // @ts-expect-error — issues exist only on failure
    result.issues;
  });

  it('brands dates: a plain string is not an IsoDate', () => {
    // @ts-expect-error — use isoDate() or a parser to get an IsoDate
    const date: IsoDate = '2010-09-08';
    expectTypeOf(date).toEqualTypeOf<IsoDate>();
  });
});
