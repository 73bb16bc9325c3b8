import { describe, expectTypeOf, it } from 'vitest';
import { fulfilment, type Commitment, type CommitmentIssueCode, type Fulfilment } from '../../src/commitment';
import type { InputIssueCode } from '../../src/i18n';
import { isoDate } from '../../src/schedule';

describe('commitment types', () => {
  it('returns a readonly fulfilment', () => {
    expectTypeOf(fulfilment([], isoDate('2011-01-01'))).toEqualTypeOf<Fulfilment>();
    expectTypeOf<Fulfilment['issues'][number]['code']>().toEqualTypeOf<CommitmentIssueCode | InputIssueCode>();
  });

  it('rejects an unknown level and a plain string date', () => {
    // @ts-expect-error — a commitment is made at one of three levels
    const wrongLevel: Commitment = { id: 'c', level: 'school', makerId: 'x', audiences: [], items: [] };
    // @ts-expect-error — asOf must be a checked IsoDate, not any string
    fulfilment([], '2011-01-01');
    expectTypeOf(wrongLevel).toEqualTypeOf<Commitment>();
  });

  it('keeps commitments readonly', () => {
    const commitment: Commitment = { id: 'c', level: 'branch', makerId: 'b', audiences: ['masses'], items: [] };
    // @ts-expect-error — items cannot be pushed to
    commitment.items.push();
  });
});
