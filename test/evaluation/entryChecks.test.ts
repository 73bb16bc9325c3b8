import { describe, expect, it } from 'vitest';
import { thrownIssues } from '../_helpers/thrownIssues';
import {
  accumulatorFromJson,
  accumulatorToJson,
  addBallots,
  aggregateEvaluations,
  checkQuorum,
  createAccumulator,
  decideMotion,
  finalizeAccumulator,
  HUNDRED_POINT_SCALE,
  InvalidInputError,
  mergeAccumulators,
  PARTY_MEMBERS_MEETING_RULE,
  rank,
  SATISFACTION_SURVEY_RULE,
  SCHOOL_FOUR_SIDED_EVALUATION,
  summarizeVotes,
  THREE_SIDED_EVALUATION,
  type AggregationPolicy,
  type MeetingRule,
  type ScoreBallot,
  type VoteRule,
} from '../../src/evaluation';

/** What a user reads of each issue: its code, where it points, and the zh-CN sentence. */
const read = (issues: readonly { code: string; path: readonly (string | number)[]; message: { 'zh-CN': string } }[]) =>
  issues.map((issue) => [issue.code, issue.path, issue.message['zh-CN']]);

/** The issues of the InvalidInputError `run` throws, read as above; fails when it throws anything else. */
const thrown = (run: () => unknown) => read(thrownIssues(run, InvalidInputError));

const asPolicy = (value: unknown) => value as AggregationPolicy;
const BALLOTS: ScoreBallot[] = [
  { subjectId: 'm01', evaluatorId: 'l1', group: 'leadership', score: 90 },
  ...[95, 85, 80, 75].map((score, index) => ({ subjectId: 'm01', evaluatorId: `p${index}`, group: 'peer', score })),
];

describe('aggregateEvaluations checks the policy once, before any ballot is read', () => {
  it('takes the DESIGN.md shape without a scale, on the 100-point scale', () => {
    // DESIGN.md's policy has no floor either: these ballots come from two sides of the four.
    const { scale, minimum, ...designShape } = SCHOOL_FOUR_SIDED_EVALUATION;
    expect(scale).toBe(HUNDRED_POINT_SCALE);
    expect(minimum).toEqual({ countedGroups: 4 });
    const withoutScale = aggregateEvaluations(BALLOTS, designShape as AggregationPolicy<string>);
    expect(withoutScale).toEqual(aggregateEvaluations(BALLOTS, { ...designShape, scale }));
    expect(withoutScale.subjects[0]?.combined).toBe(86.25);
    const outOfScale = aggregateEvaluations([{ subjectId: 'm01', evaluatorId: 'l1', group: 'leadership', score: 101 }], designShape as AggregationPolicy<string>);
    expect(read(outOfScale.issues)).toEqual([['evaluation.scoreOutOfRange', ['ballots', 0, 'score'], '第 1 张选票的分数 101 超出分值范围 0—100']]);
  });

  it.each([
    ['groups: null', { ...SCHOOL_FOUR_SIDED_EVALUATION, groups: null }, [['input.expected', ['policy', 'groups'], '“评价组”应为对象,实际为空值 null']]],
    ['groups as a list', { ...SCHOOL_FOUR_SIDED_EVALUATION, groups: [] }, [['input.expected', ['policy', 'groups'], '“评价组”应为对象,实际为列表']]],
    [
      'a group rule that is null',
      { ...SCHOOL_FOUR_SIDED_EVALUATION, groups: { ...SCHOOL_FOUR_SIDED_EVALUATION.groups, peer: null } },
      [['input.expected', ['policy', 'groups', 'peer'], '“peer”应为对象,实际为空值 null']],
    ],
    ['the whole policy null', null, [['input.expected', ['policy'], '“评价办法”应为对象,实际为空值 null']]],
    ['a policy that is a text', 'SCHOOL_FOUR_SIDED_EVALUATION', [['input.expected', ['policy'], '“评价办法”应为对象,实际为文本“SCHOOL_FOUR_SIDED_EVALUATION”']]],
    [
      'excludeSelfFromPeer "false", as a form posts it',
      { ...SCHOOL_FOUR_SIDED_EVALUATION, excludeSelfFromPeer: 'false' },
      [['input.expected', ['policy', 'excludeSelfFromPeer'], '“党内互评排除自评”应为布尔值(true 或 false),实际为文本“false”']],
    ],
    ['precision "2"', { ...SCHOOL_FOUR_SIDED_EVALUATION, precision: '2' }, [['input.expected', ['policy', 'precision'], '“保留小数位数”应为整数,实际为文本“2”']]],
    [
      'a weight given as text',
      { ...THREE_SIDED_EVALUATION, groups: { ...THREE_SIDED_EVALUATION.groups, peer: { weight: '0.3', method: 'mean' } } },
      [['input.expected', ['policy', 'groups', 'peer', 'weight'], '“权重”应为数字,实际为文本“0.3”']],
    ],
    [
      'a group rule without a method',
      { ...THREE_SIDED_EVALUATION, groups: { ...THREE_SIDED_EVALUATION.groups, peer: { weight: 0.3 } } },
      [['input.missing', ['policy', 'groups', 'peer', 'method'], '缺少“计算方法”']],
    ],
    [
      'dropHighest given as text',
      { ...SCHOOL_FOUR_SIDED_EVALUATION, groups: { ...SCHOOL_FOUR_SIDED_EVALUATION.groups, peer: { weight: 0.3, method: 'trimmedMean', dropHighest: '1' } } },
      [['input.expected', ['policy', 'groups', 'peer', 'dropHighest'], '“去掉最高分个数”应为整数,实际为文本“1”']],
    ],
    ['a scale that is null', { ...SCHOOL_FOUR_SIDED_EVALUATION, scale: null }, [['input.expected', ['policy', 'scale'], '“分值范围”应为对象,实际为空值 null']]],
    [
      'a scale bound given as text',
      { ...SCHOOL_FOUR_SIDED_EVALUATION, scale: { min: '0', max: 100 } },
      [['input.expected', ['policy', 'scale', 'min'], '“下限”应为数字,实际为文本“0”']],
    ],
    [
      'the upper end of the scale given as text',
      { ...SCHOOL_FOUR_SIDED_EVALUATION, scale: { min: 0, max: '100' } },
      [['input.expected', ['policy', 'scale', 'max'], '“上限”应为数字,实际为文本“100”']],
    ],
    [
      'dropLowest and minBallots given as text',
      { ...SCHOOL_FOUR_SIDED_EVALUATION, groups: { ...SCHOOL_FOUR_SIDED_EVALUATION.groups, peer: { weight: 0.3, method: 'trimmedMean', dropLowest: '1', minBallots: '3' } } },
      [
        ['input.expected', ['policy', 'groups', 'peer', 'dropLowest'], '“去掉最低分个数”应为整数,实际为文本“1”'],
        ['input.expected', ['policy', 'groups', 'peer', 'minBallots'], '“最少票数”应为整数,实际为文本“3”'],
      ],
    ],
  ])('%s comes back as an issue with its path, never a TypeError', (_, policy, expected) => {
    const result = aggregateEvaluations(BALLOTS, asPolicy(policy));
    expect(result.subjects).toEqual([]);
    expect(read(result.issues)).toEqual(expected);
  });

  it('reports every missing field of an empty policy', () => {
    expect(read(aggregateEvaluations(BALLOTS, asPolicy({})).issues).map(([code, path]) => [code, path])).toEqual([
      ['input.missing', ['policy', 'groups']],
      ['input.missing', ['policy', 'missingGroup']],
      ['input.missing', ['policy', 'duplicateBallot']],
      ['input.missing', ['policy', 'excludeSelfFromPeer']],
      ['input.missing', ['policy', 'precision']],
    ]);
  });

  it('keeps its own codes for values of the right kind it does not allow', () => {
    const issues = aggregateEvaluations(BALLOTS, { ...SCHOOL_FOUR_SIDED_EVALUATION, precision: 2.5 }).issues;
    expect(read(issues)).toEqual([['evaluation.invalidPrecision', ['policy', 'precision'], '保留小数位数 2.5 无效:应为 0 到 4 的整数']]);
    expect(aggregateEvaluations(BALLOTS, { ...SCHOOL_FOUR_SIDED_EVALUATION, scale: { min: 0, max: Number.NaN } }).issues.map((issue) => issue.code)).toEqual([
      'evaluation.invalidScale',
    ]);
  });

  it('reads no ballot under a policy with problems: only the policy is reported', () => {
    const result = aggregateEvaluations([...BALLOTS, { subjectId: 'm02', evaluatorId: 'x', group: 'alumni', score: 500 }], { ...SCHOOL_FOUR_SIDED_EVALUATION, precision: 9 });
    expect(result.issues.map((issue) => issue.code)).toEqual(['evaluation.invalidPrecision']);
  });

  it('takes a group named "__proto__" in a policy read from JSON as a group, and reports it when it is not a rule', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const policy = asPolicy({ ...THREE_SIDED_EVALUATION, groups: JSON.parse('{"__proto__": null, "peer": {"weight": 1, "method": "mean"}}') });
    expect(read(aggregateEvaluations(BALLOTS, policy).issues)).toEqual([['input.expected', ['policy', 'groups', '__proto__'], '“__proto__”应为对象,实际为空值 null']]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  it('reports ballots that are not a list, and a ballot that is not an object, which it skips', () => {
    expect(read(aggregateEvaluations({} as ScoreBallot[], SCHOOL_FOUR_SIDED_EVALUATION).issues)).toEqual([['input.expected', ['ballots'], '“选票”应为列表,实际为对象']]);
    const { minimum: _floor, ...withoutFloor } = SCHOOL_FOUR_SIDED_EVALUATION;
    const result = aggregateEvaluations([null, 7, ...BALLOTS] as unknown as ScoreBallot[], withoutFloor);
    expect(read(result.issues)).toEqual([
      ['evaluation.ballotNotObject', ['ballots', 0], '第 1 张选票不是对象,不计入'],
      ['evaluation.ballotNotObject', ['ballots', 1], '第 2 张选票不是对象,不计入'],
    ]);
    expect(result.subjects[0]?.combined).toBe(86.25);
  });

  it('shows a ballot value that is an object from JSON without calling its toString', () => {
    const ballot = { subjectId: 'm01', evaluatorId: 'e', group: JSON.parse('{"toString": 2}') as string, score: 90 };
    expect(read(aggregateEvaluations([ballot], THREE_SIDED_EVALUATION).issues)).toEqual([
      ['input.expected', ['ballots', 0, 'group'], '第 1 项“评价组”应为文本,实际为对象'],
    ]);
  });
});

describe('the accumulator functions throw the named InvalidInputError, never a raw TypeError or RangeError', () => {
  it('addBallots: a firstIndex that is not a whole number of at least 0', () => {
    const empty = createAccumulator(SCHOOL_FOUR_SIDED_EVALUATION);
    expect(thrown(() => addBallots(empty, BALLOTS, { firstIndex: '3' } as unknown as { firstIndex: number }))).toEqual([
      ['input.expected', ['options', 'firstIndex'], '“起始位置”应为整数,实际为文本“3”'],
    ]);
    expect(thrown(() => addBallots(empty, BALLOTS, { firstIndex: -1 }))).toEqual([['input.tooSmall', ['options', 'firstIndex'], '“起始位置”为 -1,应不小于 0']]);
    expect(thrown(() => addBallots(empty, BALLOTS, null as unknown as { firstIndex: number }))).toEqual([['input.expected', ['options'], '“选项”应为对象,实际为空值 null']]);
    expect(thrown(() => addBallots(empty, 'ballots' as unknown as ScoreBallot[]))).toEqual([['input.expected', ['ballots'], '“选票”应为列表,实际为文本“ballots”']]);
  });

  it('a value that is not an accumulator, with the parameter it was given as', () => {
    const copy = { ...createAccumulator(SCHOOL_FOUR_SIDED_EVALUATION) };
    const [issue] = thrown(() => finalizeAccumulator(copy));
    // A copy (what postMessage delivers) is told what to send instead.
    expect(issue?.slice(0, 2)).toEqual(['evaluation.accumulatorCopy', ['accumulator']]);
    expect(issue?.[2]).toBe(
      '这是累加器的副本,复制(postMessage、structuredClone 或 JSON)时已丢失计算数据:请改为发送 accumulatorToColumns 或 accumulatorToBytes 的结果,在接收方用 accumulatorFromColumns 或 accumulatorFromBytes 读回',
    );
    const [other] = thrown(() => finalizeAccumulator({ subjects: [] } as never));
    expect(other?.slice(0, 2)).toEqual(['input.expected', ['accumulator']]);
    expect(other?.[2]).toBe('“累加器”应为由 createAccumulator、addBallots、mergeAccumulators、accumulatorFromJson、accumulatorFromColumns 或 accumulatorFromBytes 得到的累加器,实际为对象');
    expect(thrown(() => accumulatorToJson(null as never))[0]?.slice(0, 2)).toEqual(['input.expected', ['accumulator']]);
    const real = createAccumulator(SCHOOL_FOUR_SIDED_EVALUATION);
    expect(thrown(() => mergeAccumulators(real, real, copy))[0]?.slice(0, 2)).toEqual(['evaluation.accumulatorCopy', ['others', 1]]);
    expect(thrown(() => mergeAccumulators(copy))[0]?.slice(0, 2)).toEqual(['evaluation.accumulatorCopy', ['first']]);
    expect(thrown(() => mergeAccumulators([] as never))[0]?.slice(0, 2)).toEqual(['input.expected', ['first']]);
  });

  it('mergeAccumulators: partials made under different policies', () => {
    const other = createAccumulator(THREE_SIDED_EVALUATION) as unknown as ReturnType<typeof createAccumulator<'leadership' | 'peer' | 'teachersStudents' | 'parents'>>;
    expect(thrown(() => mergeAccumulators(createAccumulator(SCHOOL_FOUR_SIDED_EVALUATION), other))).toEqual([
      ['evaluation.partialPolicyMismatch', ['others', 0], '部分结果是按另一评价办法计算的,不能合并'],
    ]);
    expect(() => mergeAccumulators(createAccumulator(SCHOOL_FOUR_SIDED_EVALUATION), other)).toThrow(TypeError);
  });

  it('merges partials of the policy without a scale and with the 100-point scale: the same policy', () => {
    const { scale: _scale, ...designShape } = SCHOOL_FOUR_SIDED_EVALUATION;
    const merged = mergeAccumulators(createAccumulator(SCHOOL_FOUR_SIDED_EVALUATION), createAccumulator(designShape as typeof SCHOOL_FOUR_SIDED_EVALUATION));
    expect(merged.ballotCount).toBe(0);
    const json = JSON.parse(JSON.stringify(accumulatorToJson(createAccumulator(designShape as typeof SCHOOL_FOUR_SIDED_EVALUATION)))) as unknown;
    expect(accumulatorFromJson(json, SCHOOL_FOUR_SIDED_EVALUATION).success).toBe(true);
  });

  it('accumulatorFromJson reports a policy that is not one as the policy’s problems, not as a mismatch', () => {
    const json = accumulatorToJson(createAccumulator(SCHOOL_FOUR_SIDED_EVALUATION));
    const result = accumulatorFromJson(json, asPolicy({ ...SCHOOL_FOUR_SIDED_EVALUATION, groups: null }));
    expect(result.success).toBe(false);
    if (!result.success) expect(read(result.issues)).toEqual([['input.expected', ['policy', 'groups'], '“评价组”应为对象,实际为空值 null']]);
  });

  it('writes the JSON form of a policy carrying values JSON has no words for, and reads it back', () => {
    const policy = asPolicy({ ...THREE_SIDED_EVALUATION, note: 10n, hook: () => 1 });
    const json = JSON.parse(JSON.stringify(accumulatorToJson(addBallots(createAccumulator(policy), BALLOTS)))) as unknown;
    const read = accumulatorFromJson(json, policy);
    expect(read.success).toBe(true);
  });
});

describe('summarizeVotes checks its rule before counting', () => {
  it.each([
    ['a rule that is null', null, [['input.expected', ['rule'], '“规则”应为对象,实际为空值 null']]],
    ['precision "4"', { ...SATISFACTION_SURVEY_RULE, precision: '4' }, [['input.expected', ['rule', 'precision'], '“保留小数位数”应为整数,实际为文本“4”']]],
    ['a precision of 9', { ...SATISFACTION_SURVEY_RULE, precision: 9 }, [['input.tooLarge', ['rule', 'precision'], '“保留小数位数”为 9,应不大于 4']]],
    ['a band that is null', { ...SATISFACTION_SURVEY_RULE, bands: [null] }, [['input.expected', ['rule', 'bands', 0], '“分数段”第 1 项应为对象,实际为空值 null']]],
    [
      'a band share of 1/0',
      { ...SATISFACTION_SURVEY_RULE, bands: [{ ...SATISFACTION_SURVEY_RULE.bands[0], threshold: { share: { numerator: 1, denominator: 0 }, inclusive: true } }] },
      [['evaluation.invalidShare', ['rule', 'bands', 0, 'threshold', 'share'], '比例 1/0 无效:分子应为不小于 0 的整数,分母应为不小于 1 的整数']],
    ],
    ['no fallback', { ...SATISFACTION_SURVEY_RULE, fallback: undefined }, [['input.missing', ['rule', 'fallback'], '缺少“默认结论”']]],
    ['grades that are not a list', { ...SATISFACTION_SURVEY_RULE, grades: 'satisfied' }, [['input.expected', ['rule', 'grades'], '“评价等级”应为列表,实际为文本“satisfied”']]],
  ])('%s is an issue with its path and no subjects', (_, rule, expected) => {
    const result = summarizeVotes([{ subjectId: 'b', evaluatorId: '1', group: 'masses', grade: 'satisfied' }], rule as unknown as VoteRule);
    expect(result.subjects).toEqual([]);
    expect(read(result.issues)).toEqual(expected);
  });

  it('reports a ballot that is not an object, or has no subject, and counts the rest', () => {
    const ballots = [null, { evaluatorId: '2', group: 'masses', grade: 'satisfied' }, { subjectId: 'b', evaluatorId: '3', group: 'masses', grade: 'satisfied' }];
    const result = summarizeVotes(ballots as never, SATISFACTION_SURVEY_RULE);
    expect(read(result.issues)).toEqual([
      ['evaluation.ballotNotObject', ['ballots', 0], '第 1 张选票不是对象,不计入'],
      ['evaluation.missingId', ['ballots', 1, 'subjectId'], '第 2 张选票缺少被评价对象'],
    ]);
    expect(result.subjects.map((subject) => [subject.subjectId, subject.valid])).toEqual([['b', 1]]);
  });
});

describe('checkQuorum and decideMotion check the meeting rule once, before any number', () => {
  const votes = { entitled: 31, present: 20, inFavour: 16, against: 3, abstaining: 1 };
  const rule = PARTY_MEMBERS_MEETING_RULE;

  it('decideMotion reports a passing share of 1/0 as checkQuorum reports a quorum share of 1/0, never Infinity', () => {
    const decision = decideMotion(votes, { ...rule, passing: { ...rule.passing, share: { numerator: 1, denominator: 0 } } });
    expect(decision).toMatchObject({ passed: false, requiredInFavour: 0, reasons: ['invalidTally'] });
    expect(read(decision.issues)).toEqual([['evaluation.invalidShare', ['rule', 'passing', 'share'], '比例 1/0 无效:分子应为不小于 0 的整数,分母应为不小于 1 的整数']]);
    const quorum = checkQuorum(votes, { ...rule, quorum: { ...rule.quorum, share: { numerator: 1, denominator: 0 } } });
    expect(read(quorum.issues)[0]?.[2]).toBe(read(decision.issues)[0]?.[2]);
  });

  it.each([
    ['a rule missing its fields', {}, [['input.missing', ['rule', 'quorum'], '缺少“到会要求”'], ['input.missing', ['rule', 'passing'], '缺少“通过要求”']]],
    ['a rule that is null', null, [['input.expected', ['rule'], '“规则”应为对象,实际为空值 null']]],
    [
      'inclusive "false"',
      { ...rule, quorum: { ...rule.quorum, inclusive: 'false' } },
      [['input.expected', ['rule', 'quorum', 'inclusive'], '“含本数”应为布尔值(true 或 false),实际为文本“false”']],
    ],
    [
      'an unknown base',
      { ...rule, passing: { ...rule.passing, base: 'everyone' } },
      [['input.notOneOf', ['rule', 'passing', 'base'], '“计算基数”为“everyone”,应为以下之一:entitled, present, votesCast']],
    ],
    [
      'a share part given as text',
      { ...rule, passing: { ...rule.passing, share: { numerator: '1', denominator: 2 } } },
      [['input.expected', ['rule', 'passing', 'share', 'numerator'], '“分子”应为整数,实际为文本“1”']],
    ],
  ])('decideMotion with %s reports it and does not pass', (_, broken, expected) => {
    const decision = decideMotion(votes, broken as unknown as MeetingRule);
    expect(decision).toMatchObject({ passed: false, requiredInFavour: 0, inFavour: 16, reasons: ['invalidTally'] });
    expect(read(decision.issues)).toEqual(expected);
  });

  it('reports votes or attendance that are not objects, and shows 0 for counts it cannot read', () => {
    const decision = decideMotion(null as never, rule);
    expect(read(decision.issues)).toEqual([['input.expected', ['votes'], '“表决情况”应为对象,实际为空值 null']]);
    expect(decision).toMatchObject({ passed: false, inFavour: 0, quorum: { present: 0, entitled: 0, required: 0 } });
    const check = checkQuorum({ entitled: Number.NaN, present: 'ten' } as never, rule);
    expect(check).toMatchObject({ quorate: false, required: 0, present: 0, entitled: 0 });
    expect(check.issues.map((issue) => issue.path)).toEqual([['entitled'], ['present']]);
    expect(read(checkQuorum(undefined as never, rule).issues)).toEqual([['input.missing', ['attendance'], '缺少“到会情况”']]);
  });
});

describe('rank checks its arguments and options before ranking', () => {
  it('throws InvalidInputError naming each option of the wrong kind', () => {
    const options = { dense: 'false', order: 'up', tieBreak: 3 } as unknown as Parameters<typeof rank>[2];
    expect(thrown(() => rank([1, 2], (item) => item, options))).toEqual([
      ['input.notOneOf', ['options', 'order'], '“排序方向”为“up”,应为以下之一:descending, ascending'],
      ['input.expected', ['options', 'dense'], '“密集名次”应为布尔值(true 或 false),实际为文本“false”'],
      ['input.expected', ['options', 'tieBreak'], '“并列处理”应为函数,实际为数字 3'],
    ]);
    expect(thrown(() => rank([1], (item) => item, null as never))).toEqual([['input.expected', ['options'], '“选项”应为对象,实际为空值 null']]);
  });

  it('throws InvalidInputError for items that are not a list and a score that is not a function', () => {
    expect(thrown(() => rank({} as never, 1 as never))).toEqual([
      ['input.expected', ['items'], '“项目”应为列表,实际为对象'],
      ['input.expected', ['score'], '“分数”应为函数,实际为数字 1'],
    ]);
  });

  it('accepts every documented option, and no options', () => {
    const tieBreak = () => 0;
    expect(rank([2, 1], (item) => item, { order: 'ascending', dense: true, tieBreak, tieBreakRanks: false }).map((entry) => entry.item)).toEqual([1, 2]);
    expect(rank([2, 1], (item) => item, undefined).map((entry) => entry.rank)).toEqual([1, 2]);
  });
});
