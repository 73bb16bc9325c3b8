import { describe, expectTypeOf, it } from 'vitest';
import {
  aggregateEvaluations,
  createAccumulator,
  mergeAccumulators,
  rank,
  SCHOOL_FOUR_SIDED_EVALUATION,
  summarizeVotes,
  SATISFACTION_SURVEY_RULE,
  type AggregationPolicy,
  type EvaluationAccumulator,
  type GroupFigure,
  type GroupRule,
  type RankedItem,
  type ScoreBallot,
  type VoteRecommendation,
} from '../../src/evaluation';

describe('evaluation types', () => {
  it('infers the groups of a result from the policy', () => {
    const result = aggregateEvaluations([], SCHOOL_FOUR_SIDED_EVALUATION);
    expectTypeOf(result.subjects[0]!.groups).toEqualTypeOf<
      Readonly<Record<'leadership' | 'peer' | 'teachersStudents' | 'parents', GroupFigure>>
    >();
    // @ts-expect-error -- the school policy has no 群众评议
    void result.subjects[0]!.groups.masses;
  });

  it('lets a user add a group', () => {
    const policy: AggregationPolicy<'peer' | 'alumni'> = {
      groups: { peer: { weight: 0.5, method: 'mean' }, alumni: { weight: 0.5, method: 'median' } },
      missingGroup: 'zero',
      duplicateBallot: 'lastWins',
      excludeSelfFromPeer: true,
      precision: 2,
      scale: { min: 0, max: 100 },
    };
    expectTypeOf(aggregateEvaluations([], policy).subjects[0]!.groups.alumni).toEqualTypeOf<GroupFigure>();
  });

  it('allows drops only on a trimmed mean, and only known methods', () => {
    expectTypeOf<{ weight: 1; method: 'trimmedMean'; dropHighest: 2 }>().toMatchTypeOf<GroupRule>();
    // @ts-expect-error -- a mean drops nothing
    const mean: GroupRule = { weight: 1, method: 'mean', dropHighest: 1 };
    // @ts-expect-error -- there is no 'mode' method
    const mode: GroupRule = { weight: 1, method: 'mode' };
    void [mean, mode];
  });

  it('requires every field of a policy', () => {
    // @ts-expect-error -- precision is missing
    const policy: AggregationPolicy<'peer'> = {
      groups: { peer: { weight: 1, method: 'mean' } },
      missingGroup: 'zero',
      duplicateBallot: 'error',
      excludeSelfFromPeer: true,
      scale: { min: 0, max: 100 },
    };
    void policy;
  });

  it('keeps accumulators of different groups apart', () => {
    const school = createAccumulator(SCHOOL_FOUR_SIDED_EVALUATION);
    const single = createAccumulator({ ...SCHOOL_FOUR_SIDED_EVALUATION, groups: { peer: { weight: 1, method: 'mean' } } } as const);
    expectTypeOf(school).toEqualTypeOf<EvaluationAccumulator<'leadership' | 'peer' | 'teachersStudents' | 'parents'>>();
    // @ts-expect-error -- partials of different policies do not merge
    mergeAccumulators(school, single);
    // @ts-expect-error -- an accumulator is immutable
    school.ballotCount = 3;
  });

  it('types a ballot’s score as a number', () => {
    // @ts-expect-error -- a score is a number, not text
    const ballot: ScoreBallot = { subjectId: 'm', evaluatorId: 'e', group: 'peer', score: '90' };
    void ballot;
  });

  it('marks a vote verdict as never final', () => {
    const [summary] = summarizeVotes([], SATISFACTION_SURVEY_RULE).subjects;
    expectTypeOf(summary!.recommendation).toEqualTypeOf<VoteRecommendation | null>();
    expectTypeOf(summary!.recommendation!.isFinal).toEqualTypeOf<false>();
  });

  it('ranks any item type and gives it back', () => {
    const ranked = rank([{ id: 'a', total: 90 }], (item) => item.total);
    expectTypeOf(ranked).toEqualTypeOf<readonly RankedItem<{ id: string; total: number }>[]>();
    // @ts-expect-error -- the score function must return a number
    rank([{ id: 'a' }], (item) => item.id);
  });
});
