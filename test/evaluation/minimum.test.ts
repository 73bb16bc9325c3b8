import { describe, expect, it } from 'vitest';
import {
  accumulatorFromJson,
  accumulatorToJson,
  addBallots,
  aggregateEvaluations,
  createAccumulator,
  finalizeAccumulator,
  InvalidInputError,
  mergeAccumulators,
  rank,
  SCHOOL_FOUR_SIDED_EVALUATION,
  THREE_SIDED_EVALUATION,
  type AggregationPolicy,
  type EvaluationMinimum,
  type EvaluationResult,
  type ScoreBallot,
} from '../../src/evaluation';
import { parseAggregationPolicy } from '../../src/schema';
import { deepFreeze } from '../_helpers/deepFreeze';

// DESIGN.md: `minimum` (groups or share of weight a subject needs before it gets a combined figure
// and a rank) keeps a subject with one leadership ballot from ranking above subjects every group
// evaluated.

type Sides = 'leadership' | 'peer' | 'teachersStudents' | 'parents';

/** The school's four-sided evaluation (领导 0.3, 互评 0.3, 师生 0.2, 家长 0.2) with a minimum. */
const withMinimum = (minimum: EvaluationMinimum | undefined, overrides: Partial<AggregationPolicy<Sides>> = {}): AggregationPolicy<Sides> => {
  const { minimum: _shipped, ...withoutFloor } = SCHOOL_FOUR_SIDED_EVALUATION;
  return { ...withoutFloor, ...(minimum === undefined ? {} : { minimum }), ...overrides };
};

const ballots = (subjectId: string, group: Sides, scores: readonly number[]): ScoreBallot[] =>
  scores.map((score, index) => ({ subjectId, evaluatorId: `${group}-${index}`, group, score }));

const BALLOTS: readonly ScoreBallot[] = deepFreeze([
  // m01: one 领导点评 ballot of 100, nothing else.
  ...ballots('m01', 'leadership', [100]),
  // m02: every group evaluated: 90, 80 (95 and 75 dropped), 88, 82 → 85.
  ...ballots('m02', 'leadership', [90]),
  ...ballots('m02', 'peer', [95, 80, 75]),
  ...ballots('m02', 'teachersStudents', [90, 88, 86]),
  ...ballots('m02', 'parents', [84, 82, 80]),
  // m03: 领导, 互评 and 师生: three groups, 80 % of the weight.
  ...ballots('m03', 'leadership', [95]),
  ...ballots('m03', 'peer', [90, 90, 90]),
  ...ballots('m03', 'teachersStudents', [90, 90, 90]),
  // m04: 领导, 师生 and 家长: three groups, 70 % of the weight.
  ...ballots('m04', 'leadership', [92]),
  ...ballots('m04', 'teachersStudents', [90, 90, 90]),
  ...ballots('m04', 'parents', [90, 90, 90]),
  // m05: 领导 and 互评: two groups, 60 % of the weight; 家长 under-filled (one ballot of three).
  ...ballots('m05', 'leadership', [99]),
  ...ballots('m05', 'peer', [98, 98, 98]),
  ...ballots('m05', 'parents', [98]),
]);

const subject = (result: EvaluationResult<string>, subjectId: string) => result.subjects.find((each) => each.subjectId === subjectId)!;
const ranks = (result: EvaluationResult<string>) => rank(result.subjects, (each) => each.combined).map((each) => [each.item.subjectId, each.rank]);
const minimumIssues = (result: EvaluationResult<string>, subjectId: string) =>
  subject(result, subjectId)
    .issues.filter((issue) => issue.code.startsWith('evaluation.belowMinimum'))
    .map((issue) => [issue.code, issue.severity, issue.path, issue.message['zh-CN']]);

describe('the floors of the shipped school policies', () => {
  it('四方评议: only a member all four sides evaluated gets a combined figure and a rank', () => {
    const result = aggregateEvaluations(BALLOTS, SCHOOL_FOUR_SIDED_EVALUATION);
    expect(ranks(result).filter(([, place]) => place !== null)).toEqual([['m02', 1]]);
    expect(subject(result, 'm01').combined).toBeNull();
    expect(minimumIssues(result, 'm03')).toEqual([
      ['evaluation.belowMinimumGroups', 'error', ['policy', 'minimum', 'countedGroups'], '“m03”只有 3 个评价组计入(占权重 80%),少于最低要求的 4 个,没有综合得分,不参加排名'],
    ]);
  });

  it('三评: a missing 党员互评 or 领导点评 is renormalized, a missing 群众评议 leaves no figure', () => {
    const three = (subjectId: string, groups: Record<string, number>) =>
      Object.entries(groups).map(([group, score]) => ({ subjectId, evaluatorId: `${group}-1`, group, score }));
    const result = aggregateEvaluations(
      [...three('a', { masses: 90, peer: 80 }), ...three('b', { masses: 70, leadership: 100 }), ...three('c', { peer: 100, leadership: 100 })],
      THREE_SIDED_EVALUATION,
    );
    expect(result.subjects.map((each) => [each.subjectId, each.combined])).toEqual([
      ['a', 85.71],
      ['b', 82.86],
      ['c', null],
    ]);
    expect(subject(result, 'c').issues.map((issue) => issue.code)).toContain('evaluation.belowMinimumWeight');
  });
});

describe('a subject with only one leadership ballot', () => {
  it('ranks first over subjects every group evaluated when the policy has no minimum', () => {
    const result = aggregateEvaluations(BALLOTS, withMinimum(undefined));
    expect(subject(result, 'm01').combined).toBe(100);
    expect(ranks(result)[0]).toEqual(['m01', 1]);
  });

  it('does not rank above subjects every group evaluated under a minimum of three groups', () => {
    const result = aggregateEvaluations(BALLOTS, withMinimum({ countedGroups: 3 }));
    expect(subject(result, 'm01').combined).toBeNull();
    expect(ranks(result)).toEqual([
      ['m03', 1],
      ['m04', 2],
      ['m02', 3],
      ['m01', null],
      ['m05', null],
    ]);
    expect(minimumIssues(result, 'm01')).toEqual([
      [
        'evaluation.belowMinimumGroups',
        'error',
        ['policy', 'minimum', 'countedGroups'],
        '“m01”只有 1 个评价组计入(占权重 30%),少于最低要求的 3 个,没有综合得分,不参加排名',
      ],
    ]);
    expect(subject(result, 'm01').issues.find((issue) => issue.code === 'evaluation.belowMinimumGroups')?.message.en).toBe(
      '"m01" has too few groups counted: 1 (30% of the weight), where 3 are required: no combined score and no rank',
    );
  });

  it('keeps its groups’ figures for the 公示 table, none of them entering a combined score', () => {
    const m01 = subject(aggregateEvaluations(BALLOTS, withMinimum({ countedGroups: 2 })), 'm01');
    expect(m01.groups.leadership).toMatchObject({ value: 100, count: 1, status: 'counted', combinedAs: 'excluded' });
    expect(Object.values(m01.groups).map((figure) => figure.combinedAs)).toEqual(['excluded', 'excluded', 'excluded', 'excluded']);
  });
});

describe('the bound on the number of groups counted', () => {
  it('is met by a subject exactly at it, and missed by one group fewer', () => {
    const result = aggregateEvaluations(BALLOTS, withMinimum({ countedGroups: 3 }));
    expect(subject(result, 'm03').combined).toBe(91.88); // (0.3 × 95 + 0.3 × 90 + 0.2 × 90) ÷ 0.8 = 91.875
    expect(subject(result, 'm04').combined).toBe(90.86); // (0.3 × 92 + 0.2 × 90 + 0.2 × 90) ÷ 0.7 = 90.857…
    expect(minimumIssues(result, 'm03')).toEqual([]);
    // m05's 家长 has one ballot of the three it needs: under-filled groups are not counted.
    expect(minimumIssues(result, 'm05')).toEqual([
      ['evaluation.belowMinimumGroups', 'error', ['policy', 'minimum', 'countedGroups'], '“m05”只有 2 个评价组计入(占权重 60%),少于最低要求的 3 个,没有综合得分,不参加排名'],
    ]);
  });

  it('asking for every group leaves only the subjects every group evaluated', () => {
    const result = aggregateEvaluations(BALLOTS, withMinimum({ countedGroups: 4 }));
    expect(result.subjects.filter((each) => each.combined !== null).map((each) => [each.subjectId, each.combined])).toEqual([['m02', 85]]);
  });
});

describe('the bound on the share of weight counted', () => {
  it('is met by a subject exactly at it (80 %), and missed by subjects below it', () => {
    const result = aggregateEvaluations(BALLOTS, withMinimum({ countedWeight: 0.8 }));
    expect(result.subjects.map((each) => [each.subjectId, each.combined])).toEqual([
      ['m01', null],
      ['m02', 85],
      ['m03', 91.88],
      ['m04', null],
      ['m05', null],
    ]);
    expect(minimumIssues(result, 'm04')).toEqual([
      ['evaluation.belowMinimumWeight', 'error', ['policy', 'minimum', 'countedWeight'], '“m04”计入的 3 个评价组只占权重 70%,低于最低要求的 80%,没有综合得分,不参加排名'],
    ]);
    expect(subject(result, 'm04').issues.find((issue) => issue.code === 'evaluation.belowMinimumWeight')?.message.en).toBe(
      '"m04" has too little weight counted: its 3 counted groups carry 70% of the weight, where 80% is required: no combined score and no rank',
    );
  });

  it('is missed by a subject one ten-thousandth short of it', () => {
    const result = aggregateEvaluations(BALLOTS, withMinimum({ countedWeight: 0.8001 }));
    expect(subject(result, 'm03').combined).toBeNull();
    expect(subject(result, 'm02').combined).toBe(85);
  });

  it('is a share of the policy’s total weight, whatever the weights add up to, compared exactly', () => {
    // Three groups of weight 10 each: one group carries a third (33.333… %) of the total.
    const thirds: AggregationPolicy<'leadership' | 'peer' | 'masses'> = {
      groups: { leadership: { weight: 10, method: 'mean' }, peer: { weight: 10, method: 'mean' }, masses: { weight: 10, method: 'mean' } },
      missingGroup: 'renormalize',
      duplicateBallot: 'error',
      excludeSelfFromPeer: true,
      precision: 2,
    };
    const one = [{ subjectId: 'm01', evaluatorId: 'l1', group: 'leadership', score: 90 }];
    expect(aggregateEvaluations(one, { ...thirds, minimum: { countedWeight: 0.3333 } }).subjects[0]?.combined).toBe(90);
    const short = aggregateEvaluations(one, { ...thirds, minimum: { countedWeight: 0.3334 } });
    expect(short.subjects[0]?.combined).toBeNull();
    // What it had is shown rounded down, so that it never reads as reaching what it missed.
    expect(minimumIssues(short, 'm01')).toEqual([
      ['evaluation.belowMinimumWeight', 'error', ['policy', 'minimum', 'countedWeight'], '“m01”计入的 1 个评价组只占权重 33.33%,低于最低要求的 33.34%,没有综合得分,不参加排名'],
    ]);
    expect(aggregateEvaluations(one, { ...thirds, minimum: { countedWeight: 1 } }).subjects[0]?.combined).toBeNull();
  });
});

describe('both bounds', () => {
  const policy = withMinimum({ countedGroups: 3, countedWeight: 0.75 });
  // Computed in each test, so that a mutation run knows which tests read it.
  const result = () => aggregateEvaluations(BALLOTS, policy);

  it('give a combined score only to subjects that meet both', () => {
    expect(result().subjects.map((each) => [each.subjectId, each.combined])).toEqual([
      ['m01', null],
      ['m02', 85],
      ['m03', 91.88],
      ['m04', null],
      ['m05', null],
    ]);
  });

  it('report each bound a subject missed, and only those', () => {
    expect(minimumIssues(result(), 'm01').map(([code]) => code)).toEqual(['evaluation.belowMinimumGroups', 'evaluation.belowMinimumWeight']);
    // m04: three groups (enough), 70 % of the weight (not enough).
    expect(minimumIssues(result(), 'm04').map(([code]) => code)).toEqual(['evaluation.belowMinimumWeight']);
    // m05: two groups (not enough), 60 % (not enough either).
    expect(minimumIssues(result(), 'm05').map(([code]) => code)).toEqual(['evaluation.belowMinimumGroups', 'evaluation.belowMinimumWeight']);
    // 60 % of the weight meets a share of 0.6 but not three groups.
    const groupsOnly = aggregateEvaluations(BALLOTS, withMinimum({ countedGroups: 3, countedWeight: 0.6 }));
    expect(minimumIssues(groupsOnly, 'm05').map(([code]) => code)).toEqual(['evaluation.belowMinimumGroups']);
  });

  it('come after the subject’s other issues', () => {
    // Groups in the policy's (sorted) order: parents under-filled, teachersStudents missing.
    expect(subject(result(), 'm05').issues.map((issue) => issue.code)).toEqual([
      'evaluation.underfilledGroup',
      'evaluation.missingGroup',
      'evaluation.belowMinimumGroups',
      'evaluation.belowMinimumWeight',
    ]);
  });
});

describe('how the minimum reads each missing-group treatment', () => {
  it('under zero, a group entered as 0 is not counted', () => {
    const zero = aggregateEvaluations(BALLOTS, withMinimum({ countedGroups: 2 }, { missingGroup: 'zero' }));
    expect(subject(zero, 'm01').combined).toBeNull();
    expect(minimumIssues(zero, 'm01')).toEqual([
      ['evaluation.belowMinimumGroups', 'error', ['policy', 'minimum', 'countedGroups'], '“m01”只有 1 个评价组计入(占权重 30%),少于最低要求的 2 个,没有综合得分,不参加排名'],
    ]);
    // Without the minimum, the same subject has 0.3 × 100 = 30.
    expect(subject(aggregateEvaluations(BALLOTS, withMinimum(undefined, { missingGroup: 'zero' })), 'm01').combined).toBe(30);
    expect(subject(zero, 'm04').combined).toBe(63.6); // (0.3 × 92 + 0.2 × 90 + 0.2 × 90 + 0.3 × 0) ÷ 1
  });

  it('under error, a subject with a combined score has every group counted, so the minimum adds nothing', () => {
    const strict = withMinimum(undefined, { missingGroup: 'error' });
    const plain = aggregateEvaluations(BALLOTS, strict);
    const bounded = aggregateEvaluations(BALLOTS, { ...strict, minimum: { countedGroups: 4, countedWeight: 1 } });
    expect(bounded).toEqual(plain);
    expect(subject(bounded, 'm02').combined).toBe(85);
  });

  it('a subject with no counted group is reported as before, not as below the minimum', () => {
    const result = aggregateEvaluations([...ballots('m09', 'peer', [90])], withMinimum({ countedGroups: 2 }));
    expect(result.subjects[0]?.issues.map((issue) => issue.code)).toEqual(['evaluation.missingGroup', 'evaluation.missingGroup', 'evaluation.underfilledGroup', 'evaluation.missingGroup', 'evaluation.noCountedGroup']);
  });
});

describe('the accumulator under a minimum', () => {
  const policy = withMinimum({ countedGroups: 3, countedWeight: 0.75 });

  it('gives exactly the one-pass result from shards, one read back from JSON, merged in either order', () => {
    const whole = aggregateEvaluations(BALLOTS, policy);
    const empty = createAccumulator(policy);
    for (const cut of [0, 1, 7, 20, BALLOTS.length]) {
      const left = addBallots(empty, BALLOTS.slice(0, cut), { firstIndex: 0 });
      const right = addBallots(empty, BALLOTS.slice(cut), { firstIndex: cut });
      const read = accumulatorFromJson(JSON.parse(JSON.stringify(accumulatorToJson(left))), policy);
      if (!read.success) throw new Error('the partial did not survive its JSON form');
      expect(finalizeAccumulator(mergeAccumulators(right, read.data))).toEqual(whole);
      expect(finalizeAccumulator(mergeAccumulators(left, right))).toEqual(whole);
    }
  });

  it('keeps the minimum in a partial’s JSON form', () => {
    expect(accumulatorToJson(createAccumulator(policy)).policy).toMatchObject({ minimum: { countedGroups: 3, countedWeight: 0.75 } });
  });

  it('refuses to merge partials under policies that differ only in their minimum', () => {
    const shard = (minimum: EvaluationMinimum | undefined) => addBallots(createAccumulator(withMinimum(minimum)), BALLOTS.slice(0, 3));
    for (const [first, other] of [
      [{ countedGroups: 3 }, { countedGroups: 2 }],
      [{ countedGroups: 3 }, undefined],
      [{ countedWeight: 0.6 }, { countedWeight: 0.7 }],
      [{ countedGroups: 3 }, { countedGroups: 3, countedWeight: 0.6 }],
    ] as const) {
      try {
        mergeAccumulators(shard(first), shard(other));
        expect.unreachable('merged partials of different minimums');
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
        expect((error as InvalidInputError).issues.map((issue) => [issue.code, issue.path])).toEqual([['evaluation.partialPolicyMismatch', ['others', 0]]]);
      }
    }
    // The same minimum written in another key order is the same policy.
    expect(mergeAccumulators(shard({ countedGroups: 3, countedWeight: 0.6 }), shard({ countedWeight: 0.6, countedGroups: 3 })).ballotCount).toBe(6);
  });

  it('refuses a partial read back under a policy that differs only in its minimum', () => {
    const json = JSON.parse(JSON.stringify(accumulatorToJson(createAccumulator(policy))));
    const read = accumulatorFromJson(json, withMinimum({ countedGroups: 2, countedWeight: 0.75 }));
    expect(read.success ? [] : read.issues.map((issue) => [issue.code, issue.path])).toEqual([['evaluation.partialPolicyMismatch', ['policy']]]);
  });
});

describe('the entry check of minimum', () => {
  const issuesOf = (minimum: unknown) =>
    aggregateEvaluations(BALLOTS, { ...SCHOOL_FOUR_SIDED_EVALUATION, minimum } as AggregationPolicy<Sides>).issues.map((issue) => [issue.code, issue.path, issue.message['zh-CN']]);

  it.each([
    ['null', null, 'input.expected', ['policy', 'minimum'], '“参与排名的最低要求”应为对象,实际为空值 null'],
    ['a number', 3, 'input.expected', ['policy', 'minimum'], '“参与排名的最低要求”应为对象,实际为数字 3'],
    ['a text for the groups', { countedGroups: '3' }, 'input.expected', ['policy', 'minimum', 'countedGroups'], '“计入的评价组个数”应为整数,实际为文本“3”'],
    ['a fraction of a group', { countedGroups: 2.5 }, 'input.expected', ['policy', 'minimum', 'countedGroups'], '“计入的评价组个数”应为整数,实际为数字 2.5'],
    ['no group', { countedGroups: 0 }, 'input.tooSmall', ['policy', 'minimum', 'countedGroups'], '“计入的评价组个数”为 0,应不小于 1'],
    ['more groups than the policy has', { countedGroups: 5 }, 'input.tooLarge', ['policy', 'minimum', 'countedGroups'], '“计入的评价组个数”为 5,应不大于 4'],
    ['NaN for the share', { countedWeight: Number.NaN }, 'input.expected', ['policy', 'minimum', 'countedWeight'], '“计入的权重占比”应为数字,实际为无效数值 NaN'],
    ['a text for the share', { countedWeight: '0.6' }, 'input.expected', ['policy', 'minimum', 'countedWeight'], '“计入的权重占比”应为数字,实际为文本“0.6”'],
    ['a share of 0', { countedWeight: 0 }, 'input.tooSmall', ['policy', 'minimum', 'countedWeight'], '“计入的权重占比”为 0,应不小于 0.0001'],
    ['a share above 1', { countedWeight: 1.5 }, 'input.tooLarge', ['policy', 'minimum', 'countedWeight'], '“计入的权重占比”为 1.5,应不大于 1'],
    ['a percentage for the share', { countedWeight: 60 }, 'input.tooLarge', ['policy', 'minimum', 'countedWeight'], '“计入的权重占比”为 60,应不大于 1'],
  ])('reports %s, before any ballot is read', (_, minimum, code, path, message) => {
    const result = aggregateEvaluations(BALLOTS, { ...SCHOOL_FOUR_SIDED_EVALUATION, minimum } as AggregationPolicy<Sides>);
    expect(result.subjects).toEqual([]);
    expect(result.issues.map((issue) => [issue.code, issue.path, issue.message['zh-CN']])).toEqual([[code, path, message]]);
  });

  it('reports a share with more than four decimals by the policy’s own code', () => {
    expect(issuesOf({ countedWeight: 0.66667 })).toEqual([
      ['evaluation.invalidMinimumWeight', ['policy', 'minimum', 'countedWeight'], '参与排名最低要求中计入的权重占比 0.66667 无效:应为最多四位小数的数'],
    ]);
  });

  it('accepts an empty minimum, and one read from JSON with a __proto__ key, as asking nothing', () => {
    const plain = aggregateEvaluations(BALLOTS, withMinimum(undefined));
    expect(aggregateEvaluations(BALLOTS, withMinimum({}))).toEqual(plain);
    const minimum = JSON.parse('{"__proto__": {"countedGroups": 4}}') as EvaluationMinimum;
    expect(aggregateEvaluations(BALLOTS, withMinimum(minimum))).toEqual(plain);
    expect(({} as Record<string, unknown>)['countedGroups']).toBeUndefined();
  });

  it('does not throw when the weights are too large to add up', () => {
    const policy = {
      groups: { leadership: { weight: 1e304, method: 'mean' }, peer: { weight: 1e304, method: 'mean' } },
      missingGroup: 'renormalize',
      duplicateBallot: 'error',
      excludeSelfFromPeer: true,
      precision: 2,
      minimum: { countedWeight: 0.5 },
    } as const satisfies AggregationPolicy<'leadership' | 'peer'>;
    const result = aggregateEvaluations([{ subjectId: 'm01', evaluatorId: 'l1', group: 'leadership', score: 90 }], policy);
    expect(result.subjects.map((each) => [each.combined, each.issues.map((issue) => issue.code)])).toEqual([[null, ['evaluation.missingGroup', 'evaluation.belowMinimumWeight']]]);
  });

  it('is refused the same way by the accumulator', () => {
    expect(() => createAccumulator({ ...SCHOOL_FOUR_SIDED_EVALUATION, minimum: { countedGroups: 0 } })).not.toThrow();
    const result = finalizeAccumulator(createAccumulator({ ...SCHOOL_FOUR_SIDED_EVALUATION, minimum: { countedGroups: 0 } }));
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([['input.tooSmall', ['policy', 'minimum', 'countedGroups']]]);
  });
});

describe('the AggregationPolicy schema', () => {
  it('accepts a minimum, and gives it back unchanged', () => {
    const policy = withMinimum({ countedGroups: 3, countedWeight: 0.6 });
    expect(parseAggregationPolicy(JSON.parse(JSON.stringify(policy)))).toEqual({ success: true, data: policy });
  });

  it.each([
    ['no group', { countedGroups: 0 }, ['minimum', 'countedGroups']],
    ['a share of 0', { countedWeight: 0 }, ['minimum', 'countedWeight']],
    ['a share above 1', { countedWeight: 1.01 }, ['minimum', 'countedWeight']],
    ['five decimals', { countedWeight: 0.66667 }, ['minimum', 'countedWeight']],
    ['an unknown key', { groups: 3 }, ['minimum']],
    ['null', null, ['minimum']],
  ])('refuses %s', (_, minimum, path) => {
    const result = parseAggregationPolicy({ ...SCHOOL_FOUR_SIDED_EVALUATION, minimum });
    expect(result.success ? [] : result.issues.map((issue) => issue.path)).toEqual([path]);
  });
});
