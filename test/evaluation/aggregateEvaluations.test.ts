import { describe, expect, it } from 'vitest';
import {
  aggregateEvaluations,
  DEMOCRATIC_ASSESSMENT,
  SCHOOL_FOUR_SIDED_EVALUATION,
  THREE_SIDED_EVALUATION,
  type AggregationPolicy,
  type GroupRule,
  type ScoreBallot,
} from '../../src/evaluation';
import { deepFreeze } from '../_helpers/deepFreeze';

type Sides = 'leadership' | 'peer' | 'masses';

/** Leaders 0.5, peers 0.3, the public 0.2; means; everything else plain. */
const policy = (overrides: Partial<AggregationPolicy<Sides>> = {}): AggregationPolicy<Sides> => ({
  groups: {
    leadership: { weight: 0.5, method: 'mean' },
    peer: { weight: 0.3, method: 'mean' },
    masses: { weight: 0.2, method: 'mean' },
  },
  missingGroup: 'renormalize',
  duplicateBallot: 'error',
  excludeSelfFromPeer: true,
  precision: 2,
  scale: { min: 0, max: 100 },
  ...overrides,
});

const onePeerGroup = (rule: GroupRule, overrides: Partial<AggregationPolicy<'peer'>> = {}): AggregationPolicy<'peer'> => ({
  groups: { peer: rule },
  missingGroup: 'renormalize',
  duplicateBallot: 'unchecked',
  excludeSelfFromPeer: false,
  precision: 2,
  scale: { min: 0, max: 100 },
  ...overrides,
});

const ballots = (subjectId: string, group: string, scores: readonly number[], prefix = group): ScoreBallot[] =>
  scores.map((score, index) => ({ subjectId, evaluatorId: `${prefix}${index}`, group, score }));

const peerFigure = (scores: readonly number[], rule: GroupRule, overrides: Partial<AggregationPolicy<'peer'>> = {}) =>
  aggregateEvaluations(deepFreeze(ballots('m01', 'peer', scores)), onePeerGroup(rule, overrides)).subjects[0]?.groups.peer;

describe('mean — 平均分', () => {
  it('90、85、80 的平均分为 85', () => {
    expect(peerFigure([90, 85, 80], { weight: 1, method: 'mean' })).toMatchObject({ value: 85, count: 3, status: 'counted' });
  });

  it('rounds once, half away from zero: 90 + 85 + 81 = 256, ÷ 3 = 85.333… → 85.33', () => {
    expect(peerFigure([90, 85, 81], { weight: 1, method: 'mean' })?.value).toBe(85.33);
  });

  it('80 and 80.01 average 80.005, which rounds up to 80.01', () => {
    expect(peerFigure([80, 80.01], { weight: 1, method: 'mean' })?.value).toBe(80.01);
  });

  it('works in hundredths: 1 and 1.01 average 1.005, which rounds to 1.01 (float rounding would give 1)', () => {
    expect(Math.round(((1 + 1.01) / 2) * 100) / 100).toBe(1);
    expect(peerFigure([1, 1.01], { weight: 1, method: 'mean' })?.value).toBe(1.01);
  });

  it('rounds to the policy precision: 89.5 → 90 at precision 0; 85.333… → 85.3 at precision 1', () => {
    expect(peerFigure([90, 89], { weight: 1, method: 'mean' }, { precision: 0 })?.value).toBe(90);
    expect(peerFigure([90, 85, 81], { weight: 1, method: 'mean' }, { precision: 1 })?.value).toBe(85.3);
  });

  it('rounds a negative mean away from zero too (a scale below zero)', () => {
    expect(peerFigure([-1, -2], { weight: 1, method: 'mean' }, { scale: { min: -10, max: 10 }, precision: 0 })?.value).toBe(-2);
  });
});

describe('trimmedMean — 去掉一个最高分、一个最低分', () => {
  it('95、88、90、70、92:去掉 95 和 70,(88 + 90 + 92) ÷ 3 = 90', () => {
    expect(peerFigure([95, 88, 90, 70, 92], { weight: 1, method: 'trimmedMean' })).toEqual({
      value: 90,
      count: 5,
      status: 'counted',
      combinedAs: 'value',
      dropped: { highest: [95], lowest: [70] },
    });
  });

  it('drops one copy of a repeated extreme: 90、90、80、80 → (90 + 80) ÷ 2 = 85', () => {
    expect(peerFigure([90, 90, 80, 80], { weight: 1, method: 'trimmedMean' })).toMatchObject({
      value: 85,
      dropped: { highest: [90], lowest: [80] },
    });
  });

  it('drops two highest and none lowest when told: 100、99、60、70 → (60 + 70) ÷ 2 = 65', () => {
    const rule = { weight: 1, method: 'trimmedMean', dropHighest: 2, dropLowest: 0 } as const;
    expect(peerFigure([100, 99, 60, 70], rule)).toMatchObject({ value: 65, dropped: { highest: [100, 99], lowest: [] } });
  });

  it('drops two of each from the running extremes: 50、95、60、90、70、85、80 → (70 + 80 + 85) ÷ 3 = 78.33', () => {
    const rule = { weight: 1, method: 'trimmedMean', dropHighest: 2, dropLowest: 2 } as const;
    expect(peerFigure([50, 95, 60, 90, 70, 85, 80], rule)).toMatchObject({
      value: 78.33,
      dropped: { highest: [95, 90], lowest: [50, 60] },
    });
  });

  it('needs more ballots than it drops: two ballots leave nothing to average', () => {
    expect(peerFigure([90, 80], { weight: 1, method: 'trimmedMean' })).toEqual({
      value: null,
      count: 2,
      status: 'underfilled',
      combinedAs: 'excluded',
      dropped: { highest: [], lowest: [] },
    });
  });
});

describe('median — 中位数', () => {
  it('70、90、80 的中位数为 80', () => {
    expect(peerFigure([70, 90, 80], { weight: 1, method: 'median' })).toMatchObject({ value: 80, count: 3 });
  });

  it('an even count takes the mean of the two middle scores: 70、80、90、100 → 85', () => {
    expect(peerFigure([100, 70, 90, 80], { weight: 1, method: 'median' })?.value).toBe(85);
  });

  it('rounds the mean of the middle two once: 80 and 80.01 → 80.01', () => {
    expect(peerFigure([80, 80.01], { weight: 1, method: 'median' })?.value).toBe(80.01);
  });

  it('gives the same median when duplicates are checked', () => {
    expect(peerFigure([100, 70, 90, 80], { weight: 1, method: 'median' }, { duplicateBallot: 'error' })?.value).toBe(85);
  });
});

describe('missing groups — 某一方面无有效选票', () => {
  // Leaders 90, peers 80, no ballot from the public (weights 0.5 / 0.3 / 0.2).
  const input = deepFreeze([...ballots('m01', 'leadership', [90]), ...ballots('m01', 'peer', [80])]);

  it('renormalize: (0.5 × 90 + 0.3 × 80) ÷ (0.5 + 0.3) = 69 ÷ 0.8 = 86.25', () => {
    const [result] = aggregateEvaluations(input, policy()).subjects;
    expect(result?.combined).toBe(86.25);
    expect(result?.groups.masses).toMatchObject({ value: null, count: 0, status: 'missing', combinedAs: 'excluded' });
    expect(result?.issues.map((issue) => [issue.code, issue.severity, issue.path])).toEqual([
      ['evaluation.missingGroup', 'warning', ['policy', 'groups', 'masses']],
    ]);
    expect(result?.issues[0]?.message['zh-CN']).toBe('“m01”没有群众评议的有效选票');
  });

  it('zero: (0.5 × 90 + 0.3 × 80 + 0.2 × 0) ÷ 1 = 69', () => {
    const [result] = aggregateEvaluations(input, policy({ missingGroup: 'zero' })).subjects;
    expect(result?.combined).toBe(69);
    expect(result?.groups.masses.combinedAs).toBe('zero');
    expect(result?.issues[0]?.severity).toBe('warning');
  });

  it('error: no combined score, and an error naming the group', () => {
    const [result] = aggregateEvaluations(input, policy({ missingGroup: 'error' })).subjects;
    expect(result?.combined).toBeNull();
    expect(result?.groups.leadership).toMatchObject({ value: 90, combinedAs: 'excluded' });
    expect(result?.issues.map((issue) => [issue.code, issue.severity])).toEqual([['evaluation.missingGroup', 'error']]);
  });

  it('an under-filled group is treated as missing, but its figure is still shown', () => {
    const withMinimum = policy({
      groups: { leadership: { weight: 0.5, method: 'mean' }, peer: { weight: 0.3, method: 'mean', minBallots: 2 }, masses: { weight: 0.2, method: 'mean' } },
    });
    const [result] = aggregateEvaluations([...input, ...ballots('m01', 'masses', [70])], withMinimum).subjects;
    expect(result?.groups.peer).toMatchObject({ value: 80, count: 1, status: 'underfilled', combinedAs: 'excluded' });
    // (0.5 × 90 + 0.2 × 70) ÷ 0.7 = 59 ÷ 0.7 = 84.2857… → 84.29
    expect(result?.combined).toBe(84.29);
    expect(result?.issues[0]?.message.en).toBe('"m01" has only 1 valid ballots from Peer review among members; at least 2 are needed');
  });

  it('renormalize with no weighted group left gives no combined score', () => {
    const weightless = policy({
      groups: { leadership: { weight: 1, method: 'mean' }, peer: { weight: 0, method: 'mean' }, masses: { weight: 0, method: 'mean' } },
    });
    const [result] = aggregateEvaluations(ballots('m01', 'peer', [80]), weightless).subjects;
    expect(result?.groups.peer.value).toBe(80);
    expect(result?.combined).toBeNull();
  });

  it('uses each group figure as published: 90 and 85.33 at 0.5 / 0.5 combine to 87.67', () => {
    const even = policy({ groups: { leadership: { weight: 0.5, method: 'mean' }, peer: { weight: 0.5, method: 'mean' }, masses: { weight: 0, method: 'mean' } } });
    const [result] = aggregateEvaluations([...ballots('m01', 'leadership', [90]), ...ballots('m01', 'peer', [90, 85, 81])], even).subjects;
    expect(result?.groups.peer.value).toBe(85.33);
    expect(result?.combined).toBe(87.67);
  });
});

describe('duplicate ballots — 同一评价人重复投票', () => {
  const input = deepFreeze<ScoreBallot[]>([
    { subjectId: 'm01', evaluatorId: 'm02', group: 'peer', score: 70 },
    { subjectId: 'm01', evaluatorId: 'm03', group: 'peer', score: 80 },
    { subjectId: 'm01', evaluatorId: 'm02', group: 'peer', score: 90 },
  ]);

  it('error: the first ballot counts, the later one is an error and does not', () => {
    const [result] = aggregateEvaluations(input, policy()).subjects;
    expect(result?.groups.peer).toMatchObject({ value: 75, count: 2 });
    const duplicate = result?.issues.find((issue) => issue.code === 'evaluation.duplicateBallot');
    expect(duplicate).toMatchObject({ severity: 'error', path: ['ballots', 2, 'evaluatorId'] });
    expect(duplicate?.message['zh-CN']).toBe('第 3 张选票重复:“m02”已在第 1 张选票中对“m01”作出党内互评,本票不计入');
  });

  it('lastWins: the last ballot in ballot order counts, the earlier one is reported as replaced', () => {
    const [result] = aggregateEvaluations(input, policy({ duplicateBallot: 'lastWins' })).subjects;
    expect(result?.groups.peer).toMatchObject({ value: 85, count: 2 });
    const replaced = result?.issues.find((issue) => issue.code === 'evaluation.ballotReplaced');
    expect(replaced).toMatchObject({ severity: 'info', path: ['ballots', 0, 'evaluatorId'], params: { keptPosition: 2 } });
  });

  it('unchecked: every ballot counts', () => {
    const [result] = aggregateEvaluations(input, policy({ duplicateBallot: 'unchecked' })).subjects;
    expect(result?.groups.peer).toMatchObject({ value: 80, count: 3 });
    expect(result?.issues.map((issue) => issue.code)).toEqual(['evaluation.missingGroup', 'evaluation.missingGroup']);
  });

  it('the same evaluator may score the same subject in another group', () => {
    const twoSides = [...input.slice(0, 2), { subjectId: 'm01', evaluatorId: 'm02', group: 'leadership', score: 60 }];
    const [result] = aggregateEvaluations(twoSides, policy()).subjects;
    expect(result?.issues.some((issue) => issue.code === 'evaluation.duplicateBallot')).toBe(false);
  });
});

describe('self-ballots in 党内互评', () => {
  const input = deepFreeze<ScoreBallot[]>([
    { subjectId: 'm01', evaluatorId: 'm01', group: 'peer', score: 100 },
    { subjectId: 'm01', evaluatorId: 'm02', group: 'peer', score: 80 },
    { subjectId: 'm01', evaluatorId: 'm01', group: 'leadership', score: 100 },
  ]);

  it('leaves out a member’s ballot on themself, and says so', () => {
    const [result] = aggregateEvaluations(input, policy()).subjects;
    expect(result?.groups.peer).toMatchObject({ value: 80, count: 1 });
    expect(result?.issues[0]).toMatchObject({ code: 'evaluation.selfBallotExcluded', severity: 'info', path: ['ballots', 0, 'evaluatorId'] });
  });

  it('counts it when the policy does not exclude it, and never touches other groups', () => {
    const [result] = aggregateEvaluations(input, policy({ excludeSelfFromPeer: false })).subjects;
    expect(result?.groups.peer).toMatchObject({ value: 90, count: 2 });
    expect(result?.groups.leadership.value).toBe(100);
  });

  it('keeps a subject whose only ballot was excluded, with its issue', () => {
    const { subjects } = aggregateEvaluations(input.slice(0, 1), policy());
    expect(subjects.map((subject) => [subject.subjectId, subject.combined, subject.issues[0]?.code])).toEqual([
      ['m01', null, 'evaluation.selfBallotExcluded'],
    ]);
  });
});

describe('ballots that cannot be counted', () => {
  it('reports each as an issue of the run, in ballot order, and counts the rest', () => {
    const input = deepFreeze<ScoreBallot[]>([
      { subjectId: 'm01', evaluatorId: 'a', group: 'alumni', score: 90 },
      { subjectId: 'm01', evaluatorId: 'b', group: 'peer', score: Number.NaN },
      { subjectId: 'm01', evaluatorId: 'c', group: 'peer', score: Number.POSITIVE_INFINITY },
      { subjectId: 'm01', evaluatorId: 'd', group: 'peer', score: 100.5 },
      { subjectId: 'm01', evaluatorId: 'e', group: 'peer', score: -1 },
      { subjectId: 'm01', evaluatorId: 'f', group: 'peer', score: 80.125 },
      { subjectId: 'm01', evaluatorId: 'g', group: 'peer', score: '90' as unknown as number },
      { subjectId: 'm01', evaluatorId: 'h', group: 'peer', score: 88 },
    ]);
    const result = aggregateEvaluations(input, policy());
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['evaluation.unknownGroup', ['ballots', 0, 'group']],
      ['evaluation.scoreNotFinite', ['ballots', 1, 'score']],
      ['evaluation.scoreNotFinite', ['ballots', 2, 'score']],
      ['evaluation.scoreOutOfRange', ['ballots', 3, 'score']],
      ['evaluation.scoreOutOfRange', ['ballots', 4, 'score']],
      ['evaluation.scoreTooPrecise', ['ballots', 5, 'score']],
      ['input.expected', ['ballots', 6, 'score']],
    ]);
    expect(result.issues.every((issue) => issue.severity === 'error')).toBe(true);
    expect(result.issues[3]?.message['zh-CN']).toBe('第 4 张选票的分数 100.5 超出分值范围 0—100');
    expect(result.issues[6]?.message['zh-CN']).toBe('第 7 项“分数”应为数字,实际为文本“90”');
    expect(result.subjects[0]?.groups.peer).toMatchObject({ value: 88, count: 1 });
  });

  it('reports a ballot without a subject or an evaluator', () => {
    const result = aggregateEvaluations(
      [
        { subjectId: '', evaluatorId: 'e', group: 'peer', score: 90 },
        { subjectId: 'm01', evaluatorId: '', group: 'peer', score: 90 },
        { subjectId: undefined as unknown as string, evaluatorId: 'e', group: 'peer', score: 90 },
        { subjectId: 'm01', evaluatorId: 7 as unknown as string, group: 'peer', score: 90 },
      ],
      policy(),
    );
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['evaluation.missingId', ['ballots', 0, 'subjectId']],
      ['evaluation.missingId', ['ballots', 1, 'evaluatorId']],
      ['evaluation.missingId', ['ballots', 2, 'subjectId']],
      ['evaluation.missingId', ['ballots', 3, 'evaluatorId']],
    ]);
    expect(result.issues[1]?.message).toEqual({ 'zh-CN': '第 2 张选票缺少评价人', en: 'Ballot 2 has no evaluator id' });
    // m01 is named by ballots that cannot be counted: listed, with no combined score, saying why.
    expect(result.subjects.map((subject) => [subject.subjectId, subject.combined, subject.issues.at(-1)?.code])).toEqual([
      ['m01', null, 'evaluation.noValidBallots'],
    ]);
  });

  it('names a group outside the policy even when it is one of the built-in groups', () => {
    const result = aggregateEvaluations(ballots('m01', 'parents', [90]), THREE_SIDED_EVALUATION);
    expect(result.issues[0]?.message.en).toBe('Ballot 1 names group "parents", which the policy does not have');
    expect(result.subjects.map((subject) => [subject.subjectId, subject.combined])).toEqual([['m01', null]]);
  });
});

describe('policies with problems give issues and no figures', () => {
  const cases: [string, Partial<AggregationPolicy<Sides>> | AggregationPolicy<never>, string, (string | number)[], string][] = [
    ['a negative weight', { groups: { ...policy().groups, peer: { weight: -0.3, method: 'mean' } } }, 'evaluation.invalidWeight', ['policy', 'groups', 'peer', 'weight'], '党内互评的权重 -0.3 无效:应为不小于 0、最多四位小数的数'],
    ['a weight with five decimals', { groups: { ...policy().groups, peer: { weight: 1 / 3, method: 'mean' } } }, 'evaluation.invalidWeight', ['policy', 'groups', 'peer', 'weight'], '党内互评的权重 0.3333333333333333 无效:应为不小于 0、最多四位小数的数'],
    ['a fractional drop', { groups: { ...policy().groups, peer: { weight: 0.3, method: 'trimmedMean', dropHighest: 0.5 } } }, 'evaluation.invalidDrop', ['policy', 'groups', 'peer', 'dropHighest'], '党内互评去掉的分数个数 0.5 无效:应为不小于 0 的整数'],
    ['a minimum of no ballots', { groups: { ...policy().groups, peer: { weight: 0.3, method: 'mean', minBallots: 0 } } }, 'evaluation.invalidMinBallots', ['policy', 'groups', 'peer', 'minBallots'], '党内互评的最少票数 0 无效:应为不小于 1 的整数'],
    ['an unknown method', { groups: { ...policy().groups, peer: { weight: 0.3, method: 'mode' as 'mean' } } }, 'evaluation.invalidOption', ['policy', 'groups', 'peer', 'method'], '评价办法的“计算方法”取值“mode”无效'],
    ['an unknown missing-group treatment', { missingGroup: 'ignore' as 'zero' }, 'evaluation.invalidOption', ['policy', 'missingGroup'], '评价办法的“评价组无有效选票时的处理”取值“ignore”无效'],
    ['an unknown duplicate treatment', { duplicateBallot: 'firstWins' as 'error' }, 'evaluation.invalidOption', ['policy', 'duplicateBallot'], '评价办法的“重复投票的处理”取值“firstWins”无效'],
    ['a precision of five', { precision: 5 }, 'evaluation.invalidPrecision', ['policy', 'precision'], '保留小数位数 5 无效:应为 0 到 4 的整数'],
    ['an inverted scale', { scale: { min: 100, max: 0 } }, 'evaluation.invalidScale', ['policy', 'scale'], '分值范围 100—0 无效:两端应为最多两位小数的数,且下限不大于上限'],
    ['an endless scale', { scale: { min: 0, max: Number.POSITIVE_INFINITY } }, 'evaluation.invalidScale', ['policy', 'scale'], '分值范围 0—Infinity 无效:两端应为最多两位小数的数,且下限不大于上限'],
    ['a scale without a lower end', { scale: { min: Number.NaN, max: 100 } }, 'evaluation.invalidScale', ['policy', 'scale'], '分值范围 NaN—100 无效:两端应为最多两位小数的数,且下限不大于上限'],
    ['a scale with three decimals', { scale: { min: 0.001, max: 100 } }, 'evaluation.invalidScale', ['policy', 'scale'], '分值范围 0.001—100 无效:两端应为最多两位小数的数,且下限不大于上限'],
    ['weights that add up to zero', { groups: { leadership: { weight: 0, method: 'mean' }, peer: { weight: 0, method: 'mean' }, masses: { weight: 0, method: 'mean' } } }, 'evaluation.zeroTotalWeight', ['policy', 'groups'], '评价办法各评价主体的权重之和为 0'],
    ['no groups', { groups: {} as AggregationPolicy<Sides>['groups'] }, 'evaluation.noGroups', ['policy', 'groups'], '评价办法没有任何评价主体'],
  ];
  it.each(cases)('%s', (_, overrides, code, path, message) => {
    const result = aggregateEvaluations(ballots('m01', 'leadership', [90]), policy(overrides as Partial<AggregationPolicy<Sides>>));
    expect(result.subjects).toEqual([]);
    expect(result.issues.filter((issue) => issue.path[0] === 'policy').map((issue) => [issue.code, issue.path, issue.message['zh-CN']])).toEqual([[code, path, message]]);
  });

  it('writes the problem in both languages', () => {
    const [issue] = aggregateEvaluations([], policy({ precision: 5 })).issues;
    expect(issue?.message).toEqual({
      'zh-CN': '保留小数位数 5 无效:应为 0 到 4 的整数',
      en: 'The precision 5 is invalid: it must be a whole number from 0 to 4',
    });
  });
});

describe('the seeds’ policies', () => {
  it('四方面评议 (seed 000): 领导点评 0.3, 党内互评 0.3, 师生评议 0.2, 家长评议 0.2, trimmed in the three crowds', () => {
    const input = deepFreeze([
      ...ballots('m06', 'leadership', [90, 86]),
      ...ballots('m06', 'peer', [95, 85, 80, 75]),
      ...ballots('m06', 'teachersStudents', [90, 88, 86]),
      ...ballots('m06', 'parents', [100, 90, 94, 60]),
    ]);
    const [result] = aggregateEvaluations(input, SCHOOL_FOUR_SIDED_EVALUATION).subjects;
    // leadership 88; peer (85 + 80) ÷ 2 = 82.5; teachers/students 88; parents (90 + 94) ÷ 2 = 92
    expect(result?.groups.leadership.value).toBe(88);
    expect(result?.groups.peer.value).toBe(82.5);
    expect(result?.groups.teachersStudents.value).toBe(88);
    expect(result?.groups.parents.value).toBe(92);
    // 0.3 × 88 + 0.3 × 82.5 + 0.2 × 88 + 0.2 × 92 = 26.4 + 24.75 + 17.6 + 18.4 = 87.15
    expect(result?.combined).toBe(87.15);
    expect(result?.issues).toEqual([]);
  });

  it('三评 (群众评议、党员互评、领导点评): 0.4 / 0.3 / 0.3 means', () => {
    const input = [...ballots('m01', 'masses', [80, 90]), ...ballots('m01', 'peer', [70]), ...ballots('m01', 'leadership', [100])];
    // 0.4 × 85 + 0.3 × 70 + 0.3 × 100 = 34 + 21 + 30 = 85
    expect(aggregateEvaluations(input, THREE_SIDED_EVALUATION).subjects[0]?.combined).toBe(85);
  });

  it('民主测评 needs five ballots', () => {
    const [result] = aggregateEvaluations(ballots('m01', 'peer', [90, 80, 70, 60]), DEMOCRATIC_ASSESSMENT).subjects;
    expect(result?.groups.peer.status).toBe('underfilled');
    expect(result?.combined).toBeNull();
    expect(result?.issues[0]?.message['zh-CN']).toBe('“m01”的党内互评只有 4 张有效选票,至少需要 5 张');
  });
});

describe('subjects and groups', () => {
  it('lists subjects in the order of their first ballot', () => {
    const input = [...ballots('b', 'peer', [80]), ...ballots('a', 'peer', [70]), ...ballots('b', 'leadership', [90])];
    expect(aggregateEvaluations(input, policy()).subjects.map((subject) => subject.subjectId)).toEqual(['b', 'a']);
  });

  it('accepts groups a user adds, naming them by code in messages', () => {
    const alumni: AggregationPolicy<'alumni' | 'peer'> = {
      ...policy(),
      groups: { alumni: { weight: 0.5, method: 'mean' }, peer: { weight: 0.5, method: 'mean' } },
    };
    const [result] = aggregateEvaluations(ballots('m01', 'alumni', [88]), alumni).subjects;
    expect(result?.groups.alumni.value).toBe(88);
    expect(result?.issues[0]?.message['zh-CN']).toBe('“m01”没有党内互评的有效选票');
    const [other] = aggregateEvaluations(ballots('m01', 'peer', [88]), alumni).subjects;
    expect(other?.issues[0]?.message['zh-CN']).toBe('“m01”没有“alumni”的有效选票');
  });

  it('returns nothing for no ballots', () => {
    expect(aggregateEvaluations([], policy())).toEqual({ subjects: [], issues: [] });
  });
});

describe('the problems of single ballots, as the 党务工作者 reads them', () => {
  it('names each ballot by its place in the list, counted from 1, and what is wrong with it', () => {
    const list = [null, { evaluatorId: 'e1', group: 'peer', score: 80 }, { subjectId: 'm1', evaluatorId: 'e2', group: 'peer', score: 80.001 }, { subjectId: 'm1', evaluatorId: 'm1', group: 'peer', score: 90 }];
    const result = aggregateEvaluations(list as never, THREE_SIDED_EVALUATION);
    expect(result.issues.map((issue) => [issue.code, issue.path, issue.message['zh-CN']])).toEqual([
      ['evaluation.ballotNotObject', ['ballots', 0], '第 1 张选票不是对象,不计入'],
      ['evaluation.missingId', ['ballots', 1, 'subjectId'], '第 2 张选票缺少被评价对象'],
      ['evaluation.scoreTooPrecise', ['ballots', 2, 'score'], '第 3 张选票的分数 80.001 超过两位小数'],
    ]);
    expect(result.subjects[0]?.issues[0]?.message['zh-CN']).toBe('第 4 张选票是“m1”在党内互评中给自己的评分,不计入');
  });

  it('takes no text as a list of ballots, though a text can be iterated', () => {
    expect(aggregateEvaluations('m1' as never, THREE_SIDED_EVALUATION).issues.map((issue) => [issue.code, issue.path])).toEqual([['input.expected', ['ballots']]]);
  });
});
