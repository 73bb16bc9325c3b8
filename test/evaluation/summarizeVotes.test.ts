import { describe, expect, it } from 'vitest';
import {
  DEMOCRATIC_APPRAISAL_VOTE_RULE,
  SATISFACTION_SURVEY_RULE,
  summarizeVotes,
  type BallotGrade,
  type GradeBallot,
} from '../../src/evaluation';
import { deepFreeze } from '../_helpers/deepFreeze';

const votes = (subjectId: string, tally: Partial<Record<BallotGrade, number>>): GradeBallot[] =>
  Object.entries(tally).flatMap(([grade, count]) =>
    Array.from({ length: count }, (_, index) => ({ subjectId, evaluatorId: `${grade}${index}`, group: 'masses', grade: grade as BallotGrade })),
  );

describe('summarizeVotes — 群众满意度测评', () => {
  it('满意率 = (满意 + 基本满意) ÷ 有效票:30 + 12 of 48 → 0.875', () => {
    const [summary] = summarizeVotes(deepFreeze(votes('branch', { satisfied: 30, basicallySatisfied: 12, dissatisfied: 6 })), SATISFACTION_SURVEY_RULE).subjects;
    expect(summary).toMatchObject({
      subjectId: 'branch',
      counts: { satisfied: 30, basicallySatisfied: 12, dissatisfied: 6 },
      shares: { satisfied: 0.625, basicallySatisfied: 0.25, dissatisfied: 0.125 },
      valid: 48,
      invalid: 0,
      satisfactionRate: 0.875,
    });
    expect(summary?.recommendation).toMatchObject({ verdict: 'basicallySatisfied', isFinal: false });
    expect(summary?.recommendation?.label['zh-CN']).toBe('基本满意');
  });

  it('90% exactly reaches 满意 (an inclusive threshold)', () => {
    const [summary] = summarizeVotes(votes('b', { satisfied: 9, dissatisfied: 1 }), SATISFACTION_SURVEY_RULE).subjects;
    expect(summary?.satisfactionRate).toBe(0.9);
    expect(summary?.recommendation?.verdict).toBe('satisfied');
    expect(summary?.recommendation?.band?.threshold.share).toEqual({ numerator: 9, denominator: 10 });
  });

  it('below 70% falls back to 不满意, with no band', () => {
    const [summary] = summarizeVotes(votes('b', { satisfied: 2, dissatisfied: 1 }), SATISFACTION_SURVEY_RULE).subjects;
    expect(summary?.satisfactionRate).toBe(0.6667);
    expect(summary?.recommendation).toEqual({ verdict: 'dissatisfied', label: { 'zh-CN': '不满意', en: 'Dissatisfied' }, band: null, isFinal: false });
  });

  it('counts a grade the vote does not offer as invalid, and reports it', () => {
    const ballots = [...votes('b', { satisfied: 1 }), { subjectId: 'b', evaluatorId: 'x', group: 'masses', grade: 'excellent' as const }];
    const result = summarizeVotes(ballots, SATISFACTION_SURVEY_RULE);
    expect(result.subjects[0]).toMatchObject({ valid: 1, invalid: 1, satisfactionRate: 1 });
    expect(result.issues.map((issue) => [issue.code, issue.severity, issue.path])).toEqual([['evaluation.gradeNotInRule', 'warning', ['ballots', 1, 'grade']]]);
    expect(result.issues[0]?.message['zh-CN']).toBe('第 2 张选票的等次“excellent”不在本次测评的选项中,作废票处理');
  });

  it('has no rate and no shares when every ballot is invalid', () => {
    const [summary] = summarizeVotes([{ subjectId: 'b', evaluatorId: 'x', group: 'masses', grade: 'qualified' }], SATISFACTION_SURVEY_RULE).subjects;
    expect(summary).toMatchObject({ valid: 0, invalid: 1, satisfactionRate: null, shares: {}, counts: { satisfied: 0 } });
    expect(summary?.recommendation).toBeNull();
  });

  it('lists subjects in the order of their first ballot', () => {
    const ballots = [...votes('b2', { satisfied: 1 }), ...votes('b1', { satisfied: 1 }), ...votes('b2', { dissatisfied: 1 })];
    expect(summarizeVotes(ballots, SATISFACTION_SURVEY_RULE).subjects.map((summary) => [summary.subjectId, summary.valid])).toEqual([
      ['b2', 2],
      ['b1', 1],
    ]);
  });
});

describe('summarizeVotes — 民主评议党员 by tiers', () => {
  it('3 不合格 of 9 is not more than a third: 合格', () => {
    const [summary] = summarizeVotes(votes('m', { qualified: 6, unqualified: 3 }), DEMOCRATIC_APPRAISAL_VOTE_RULE).subjects;
    expect(summary?.recommendation?.verdict).toBe('qualified');
    expect(summary?.satisfactionRate).toBeNull();
  });

  it('4 不合格 of 9 is more than a third: 不合格 recommended', () => {
    const [summary] = summarizeVotes(votes('m', { qualified: 5, unqualified: 4 }), DEMOCRATIC_APPRAISAL_VOTE_RULE).subjects;
    expect(summary?.recommendation).toMatchObject({ verdict: 'unqualified', isFinal: false });
  });

  it('more than half 优秀: 优秀 recommended; exactly half is not enough', () => {
    const [more] = summarizeVotes(votes('m', { excellent: 5, qualified: 4 }), DEMOCRATIC_APPRAISAL_VOTE_RULE).subjects;
    const [half] = summarizeVotes(votes('m', { excellent: 4, qualified: 4 }), DEMOCRATIC_APPRAISAL_VOTE_RULE).subjects;
    expect([more?.recommendation?.verdict, half?.recommendation?.verdict]).toEqual(['excellent', 'qualified']);
  });
});

describe('summarizeVotes — missing votes never decide a verdict', () => {
  it('recommends nothing for a subject whose every ballot is invalid, and says why', () => {
    const { subjects, issues } = summarizeVotes(
      [
        { subjectId: 'm01', evaluatorId: 'e1', group: 'masses', grade: 'qualified' },
        { subjectId: 'm01', evaluatorId: 'e2', group: 'masses', grade: 'qualified' },
      ],
      SATISFACTION_SURVEY_RULE,
    );
    expect(subjects[0]).toMatchObject({ subjectId: 'm01', valid: 0, invalid: 2, satisfactionRate: null, recommendation: null });
    const noVotes = issues.find((issue) => issue.code === 'evaluation.noValidVotes');
    expect(noVotes?.severity).toBe('error');
    expect(noVotes?.message['zh-CN']).toBe('“m01”没有有效选票,不给出建议等次');
  });

  it('still falls back to the rule’s verdict when valid ballots reach no band', () => {
    const { subjects, issues } = summarizeVotes([{ subjectId: 'm02', evaluatorId: 'e1', group: 'masses', grade: 'dissatisfied' }], SATISFACTION_SURVEY_RULE);
    expect(subjects[0]?.recommendation).toMatchObject({ verdict: SATISFACTION_SURVEY_RULE.fallback.verdict, band: null });
    expect(issues.map((issue) => issue.code)).not.toContain('evaluation.noValidVotes');
  });
});

describe('summarizeVotes — a vote rule stored as JSON is checked part by part', () => {
  const rule = SATISFACTION_SURVEY_RULE as unknown as Record<string, any>;
  const band = (change: Record<string, unknown>) => ({ ...rule, bands: [{ ...rule.bands[0], ...change }, ...rule.bands.slice(1)] });
  it.each([
    ['satisfied grades as a text', { ...rule, satisfiedGrades: 'satisfied' }, [['input.expected', ['rule', 'satisfiedGrades']]]],
    ['a grade that is not text', { ...rule, grades: ['satisfied', 2] }, [['input.expected', ['rule', 'grades', 1]]]],
    ['bands as a text', { ...rule, bands: 'satisfied' }, [['input.expected', ['rule', 'bands']]]],
    ['a band’s grades with a number', band({ grades: ['satisfied', 0] }), [['input.expected', ['rule', 'bands', 0, 'grades', 1]]]],
    ['a band without a verdict', band({ verdict: undefined }), [['input.missing', ['rule', 'bands', 0, 'verdict']]]],
    ['a band whose label is null', band({ label: null }), [['input.expected', ['rule', 'bands', 0, 'label']]]],
    [
      'a band’s label without Chinese and with an English number',
      band({ label: { en: 1 } }),
      [
        ['input.missing', ['rule', 'bands', 0, 'label', 'zh-CN']],
        ['input.expected', ['rule', 'bands', 0, 'label', 'en']],
      ],
    ],
    ['a fallback without a label', { ...rule, fallback: { verdict: 'dissatisfied' } }, [['input.missing', ['rule', 'fallback', 'label']]]],
  ])('%s: no summary, an issue at its path', (_, broken, expected) => {
    const result = summarizeVotes(votes('branch', { satisfied: 3 }), broken as never);
    expect(result.subjects).toEqual([]);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual(expected);
  });
});
