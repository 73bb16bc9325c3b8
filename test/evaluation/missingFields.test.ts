import { describe, expect, it } from 'vitest';
import {
  accumulatorFromJson,
  accumulatorToJson,
  addBallots,
  aggregateEvaluations,
  checkQuorum,
  createAccumulator,
  decideMotion,
  finalizeAccumulator,
  PARTY_MEMBERS_MEETING_RULE,
  SATISFACTION_SURVEY_RULE,
  SCHOOL_FOUR_SIDED_EVALUATION,
  summarizeVotes,
  type GradeBallot,
  type ScoreBallot,
} from '../../src/evaluation/index';

interface Said {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: { readonly 'zh-CN': string; readonly en: string };
}

/** What a user reads of each issue: its code, its path, its zh-CN message. */
const read = (issues: readonly Said[]) => issues.map((issue) => [issue.code, issue.path, issue.message['zh-CN']]);

const ballots = (list: readonly unknown[]) => list as readonly ScoreBallot[];

describe('aggregateEvaluations: a ballot field that is missing or of the wrong kind is said so, never "undefined"', () => {
  it('a missing group and a missing score are input.missing at the ballot field', () => {
    const result = aggregateEvaluations(
      ballots([
        { subjectId: 'm06', evaluatorId: 'p1', score: 95 },
        { subjectId: 'm06', evaluatorId: 'p2', group: 'peer' },
        { subjectId: 'm06', evaluatorId: 'p3', group: 'peer', score: 80 },
      ]),
      SCHOOL_FOUR_SIDED_EVALUATION,
    );
    expect(read(result.issues)).toEqual([
      ['input.missing', ['ballots', 0, 'group'], '缺少第 1 项“评价组”'],
      ['input.missing', ['ballots', 1, 'score'], '缺少第 2 项“分数”'],
    ]);
    expect(result.issues.every((issue) => !issue.message['zh-CN'].includes('undefined') && !issue.message.en.includes('undefined'))).toBe(true);
    expect(result.subjects[0]?.groups.peer.count).toBe(1);
  });

  it('a group that is not text and a score that is not a number (the text "八十") are input.expected, saying what was found', () => {
    const result = aggregateEvaluations(
      ballots([
        { subjectId: 'm06', evaluatorId: 'p1', group: 5, score: 95 },
        { subjectId: 'm06', evaluatorId: 'p2', group: 'peer', score: '八十' },
        { subjectId: 'm06', evaluatorId: 'p3', group: 'peer', score: null },
      ]),
      SCHOOL_FOUR_SIDED_EVALUATION,
    );
    expect(read(result.issues)).toEqual([
      ['input.expected', ['ballots', 0, 'group'], '第 1 项“评价组”应为文本,实际为数字 5'],
      ['input.expected', ['ballots', 1, 'score'], '第 2 项“分数”应为数字,实际为文本“八十”'],
      ['input.expected', ['ballots', 2, 'score'], '第 3 项“分数”应为数字,实际为空值 null'],
    ]);
    expect(result.issues[1]?.message.en).toBe('"score" of item 2 must be a number, not the text "八十"');
    expect(result.issues[1]?.params).toEqual({ expected: 'number', path: 'ballots.1.score', found: 'text' });
  });

  it('a value that is there but wrong keeps its own message', () => {
    const result = aggregateEvaluations(
      ballots([
        { subjectId: 'm06', evaluatorId: 'p1', group: 'alumni', score: 95 },
        { subjectId: 'm06', evaluatorId: 'p2', group: 'peer', score: Number.NaN },
      ]),
      SCHOOL_FOUR_SIDED_EVALUATION,
    );
    expect(read(result.issues)).toEqual([
      ['evaluation.unknownGroup', ['ballots', 0, 'group'], '第 1 张选票的评价主体“alumni”不在评价办法中'],
      ['evaluation.scoreNotFinite', ['ballots', 1, 'score'], '第 2 张选票的分数“NaN”不是有效数字'],
    ]);
  });

  it('keeps these issues through a partial sent as JSON and read back', () => {
    const partial = addBallots(createAccumulator(SCHOOL_FOUR_SIDED_EVALUATION), ballots([{ subjectId: 'm06', evaluatorId: 'p2', group: 'peer', score: '八十' }, { subjectId: 'm06', evaluatorId: 'p3', score: 80 }]));
    const json = JSON.parse(JSON.stringify(accumulatorToJson(partial))) as unknown;
    const back = accumulatorFromJson(json, SCHOOL_FOUR_SIDED_EVALUATION);
    expect(back.success).toBe(true);
    if (!back.success) return;
    expect(read(finalizeAccumulator(back.data).issues)).toEqual(read(finalizeAccumulator(partial).issues));
    expect(read(finalizeAccumulator(back.data).issues)).toEqual([
      ['input.expected', ['ballots', 0, 'score'], '第 1 项“分数”应为数字,实际为文本“八十”'],
      ['input.missing', ['ballots', 1, 'group'], '缺少第 2 项“评价组”'],
    ]);
  });

  it('accumulatorFromJson refuses an input record that claims a subject (ballot field issues belong to the run)', () => {
    const json = accumulatorToJson(createAccumulator(SCHOOL_FOUR_SIDED_EVALUATION));
    const forged = { ...json, records: [{ code: 'input.missing', position: 0, field: 'score', subjectId: 'm06', params: {} }] };
    const back = accumulatorFromJson(JSON.parse(JSON.stringify(forged)) as unknown, SCHOOL_FOUR_SIDED_EVALUATION);
    expect(back.success).toBe(false);
  });
});

describe('createAccumulator: a policy that is not an object', () => {
  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a text', 'prototype'],
  ])('%s is kept as null, as the JSON form holds it, and reported when finalizing', (_, policy) => {
    const accumulator = createAccumulator(policy as never);
    expect(accumulator.policy).toBeNull();
    expect(accumulatorToJson(accumulator).policy).toBeNull();
    expect(read(finalizeAccumulator(accumulator).issues)[0]?.slice(0, 2)).toEqual(['input.expected', ['policy']]);
  });
});

describe('summarizeVotes: a grade that is missing or not text', () => {
  it('is input.missing / input.expected at the grade, and the ballot is invalid', () => {
    const grades = [
      { subjectId: 'b', evaluatorId: '1' },
      { subjectId: 'b', evaluatorId: '2', grade: 3 },
      { subjectId: 'b', evaluatorId: '3', grade: 'meh' },
      { subjectId: 'b', evaluatorId: '4', grade: 'satisfied' },
    ] as unknown as readonly GradeBallot<string>[];
    const result = summarizeVotes(grades, SATISFACTION_SURVEY_RULE);
    expect(read(result.issues)).toEqual([
      ['input.missing', ['ballots', 0, 'grade'], '缺少第 1 项“评价等级”'],
      ['input.expected', ['ballots', 1, 'grade'], '第 2 项“评价等级”应为文本,实际为数字 3'],
      ['evaluation.gradeNotInRule', ['ballots', 2, 'grade'], '第 3 张选票的等次“meh”不在本次测评的选项中,作废票处理'],
    ]);
    expect(result.subjects[0]).toMatchObject({ valid: 1, invalid: 3 });
  });
});

describe('checkQuorum and decideMotion: a count that is missing or not a number', () => {
  it('checkQuorum: a missing count is input.missing, a text input.expected, a negative one invalidCount', () => {
    expect(read(checkQuorum({ present: 3 } as never, PARTY_MEMBERS_MEETING_RULE).issues)).toEqual([['input.missing', ['entitled'], '缺少“应到会人数”']]);
    expect(read(checkQuorum({ entitled: '30', present: 16 } as never, PARTY_MEMBERS_MEETING_RULE).issues)).toEqual([
      ['input.expected', ['entitled'], '“应到会人数”应为整数,实际为文本“30”'],
    ]);
    const check = checkQuorum({ entitled: 30, present: -1 }, PARTY_MEMBERS_MEETING_RULE);
    expect(read(check.issues)).toEqual([['evaluation.invalidCount', ['present'], '实到会人数 -1 无效:应为不小于 0 的整数']]);
    expect(check.quorate).toBe(false);
  });

  it('decideMotion: each vote count the same way, and the tally is invalid', () => {
    const decision = decideMotion({ entitled: 10, present: 8, inFavour: '5', against: -1 } as never, PARTY_MEMBERS_MEETING_RULE);
    expect(read(decision.issues)).toEqual([
      ['input.expected', ['inFavour'], '“赞成票数”应为整数,实际为文本“5”'],
      ['evaluation.invalidCount', ['against'], '反对票数 -1 无效:应为不小于 0 的整数'],
      ['input.missing', ['abstaining'], '缺少“弃权票数”'],
    ]);
    expect(decision.reasons).toEqual(['invalidTally']);
    expect(decision.passed).toBe(false);
    expect(read(decideMotion({ present: 8, inFavour: 5, against: 1, abstaining: 0 } as never, PARTY_MEMBERS_MEETING_RULE).quorum.issues)).toEqual([
      ['input.missing', ['entitled'], '缺少“应到会人数”'],
    ]);
  });
});
