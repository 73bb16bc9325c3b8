import { describe, expectTypeOf, it } from 'vitest';
import type { Candidate } from '../../src/commendation';
import type { AssessmentReason, MemberAssessment, NotGradedCause, RejectedItem } from '../../src/scoring';

describe('missing data in the types', () => {
  it('a total may be absent, and code that reads it must say what then', () => {
    expectTypeOf<MemberAssessment['total']>().toEqualTypeOf<number | null>();
    const show = (assessment: MemberAssessment) =>
      // @ts-expect-error — `total` is null for a rejected or empty card
      assessment.total.toFixed(2);
    void show;
  });
  it('every cause of no tier is named, and a rejected card names its items', () => {
    expectTypeOf<NotGradedCause>().toEqualTypeOf<'probationary' | 'invalidInput' | 'noBand' | 'noScores' | 'cardRejected'>();
    type Rejected = Extract<AssessmentReason, { readonly cause: 'cardRejected' }>;
    expectTypeOf<Rejected['items']>().toEqualTypeOf<readonly RejectedItem[]>();
    // @ts-expect-error — a rejected card's reason must list its items
    const reason: AssessmentReason = { code: 'notGraded', cause: 'cardRejected' };
    void reason;
  });
  it('a nomination takes a missing figure as null, straight from an assessment', () => {
    expectTypeOf<MemberAssessment['total']>().toMatchTypeOf<Candidate['performance']>();
    expectTypeOf<Candidate['recognition']>().toEqualTypeOf<number | null>();
  });
});
